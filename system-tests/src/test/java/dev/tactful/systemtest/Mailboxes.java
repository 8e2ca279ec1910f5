package dev.tactful.systemtest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;

/**
 * Reads mailboxes over IMAP, like a mail client would. The embedded GreenMail accepts any password and shows
 * the mailbox of the address used as user name.
 */
final class Mailboxes {

    /** One received message, reduced to what the scenarios check. */
    record Mail(String messageId, String subject, String from, String to, String replyTo, String text,
            String listUnsubscribe, String listUnsubscribePost) {

        /**
         * True when this is the follow-up's own message: the notifier derives the Message-ID from the follow-up
         * id alone ({@code <followup-ID@domain>}); notices about a follow-up (held, uncertain) carry a suffix.
         */
        boolean isFor(String followUpId) {
            return messageId != null && messageId.startsWith("<followup-" + followUpId + "@");
        }

        /** True when the message concerns the follow-up: its own message or a notice about it. */
        boolean concerns(String followUpId) {
            return messageId != null && messageId.startsWith("<followup-" + followUpId);
        }
    }

    private final String host;
    private final int port;

    Mailboxes(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** Everything in the address's INBOX, oldest first. */
    List<Mail> inbox(String address) {
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "3000");
        props.put("mail.imap.timeout", "5000");
        Session session = Session.getInstance(props);
        try (Store store = session.getStore("imap")) {
            store.connect(host, port, address, "any");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<Mail> mails = new ArrayList<>();
                for (Message m : inbox.getMessages()) {
                    String[] ids = m.getHeader("Message-ID");
                    mails.add(new Mail(ids == null ? null : ids[0], m.getSubject(), addresses(m.getFrom()),
                            addresses(m.getRecipients(Message.RecipientType.TO)), addresses(m.getReplyTo()), text(m),
                            first(m.getHeader("List-Unsubscribe")), first(m.getHeader("List-Unsubscribe-Post"))));
                }
                return mails;
            } finally {
                inbox.close(false);
            }
        } catch (MessagingException | IOException e) {
            throw new AssertionError("Could not read the mailbox of " + address + ": " + e, e);
        }
    }

    private static String first(String[] values) {
        return values == null || values.length == 0 ? null : values[0];
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? "" : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
    }

    /** The plain-text part, or the HTML part with its tags removed. */
    static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.isMimeType("text/html")) {
            return part.getContent().toString().replaceAll("<[^>]+>", " ");
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            String html = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String t = text(body);
                if (body.isMimeType("text/plain") || body.isMimeType("multipart/*") && !t.isEmpty()) {
                    return t;
                }
                if (html == null && !t.isEmpty()) {
                    html = t;
                }
            }
            return html == null ? "" : html;
        }
        return "";
    }
}
