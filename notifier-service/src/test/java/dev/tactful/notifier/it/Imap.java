package dev.tactful.notifier.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

import dev.tactful.infra.TactfulInfra;

/** Reads a mailbox over IMAP, as a mail client would: what arrived is what the protocol shows, not our own objects. */
final class Imap {

    private Imap() {
    }

    /** Every message in the INBOX of {@code address} (the embedded server takes any password). */
    static List<MimeMessage> inbox(String address) {
        Properties props = new Properties();
        props.put("mail.imap.host", TactfulInfra.MAIL_HOST);
        props.put("mail.imap.port", Integer.toString(TactfulInfra.get().imapPort()));
        Session session = Session.getInstance(props);
        try (Store store = session.getStore("imap")) {
            store.connect(address, "any");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<MimeMessage> copies = new ArrayList<>();
                for (Message m : inbox.getMessages()) {
                    // A detached copy: the folder closes before the test reads the headers.
                    copies.add(new MimeMessage((MimeMessage) m));
                }
                return copies;
            } finally {
                inbox.close(false);
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("IMAP read of " + address + " failed", e);
        }
    }

    static List<MimeMessage> withMessageId(String address, String messageId) {
        return inbox(address).stream().filter(m -> messageId.equals(Mailbox.id(m))).toList();
    }
}
