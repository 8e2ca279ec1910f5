package dev.tactful.infra;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

/**
 * Lists the mail GreenMail received, over IMAP, mailbox by mailbox (authentication is disabled, so the address
 * itself logs in). Used by {@code LocalInfra --list-mail} to show what the suite sent during a local run.
 */
public final class MailPeek {

    public record Summary(String mailbox, String from, String to, String subject, Instant sent) {
    }

    private MailPeek() {
    }

    public static List<Summary> list(String host, int imapPort, String address) {
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "5000");
        try (Store store = Session.getInstance(props).getStore("imap")) {
            store.connect(host, imapPort, address, "any-password");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<Summary> summaries = new ArrayList<>();
                for (Message m : inbox.getMessages()) {
                    summaries.add(new Summary(address, join(m.getFrom()),
                            join(m.getRecipients(Message.RecipientType.TO)), m.getSubject(),
                            m.getSentDate() == null ? null : m.getSentDate().toInstant()));
                }
                return summaries;
            } finally {
                inbox.close(false);
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not read the mailbox over IMAP " + host + ":" + imapPort, e);
        }
    }

    /** Prints From/To/Subject of every message in each given mailbox. */
    public static void print(String host, int imapPort, List<String> addresses) {
        for (String address : addresses) {
            List<Summary> messages = list(host, imapPort, address);
            System.out.printf("Mailbox %s: %d message(s)%n", address, messages.size());
            for (Summary s : messages) {
                System.out.printf("  From: %s%n  To: %s%n  Subject: %s%n  Sent: %s%n%n", s.from(), s.to(),
                        s.subject(), s.sent());
            }
        }
    }

    /** {@code MailPeek [--imap-port N] [--host H] address...} */
    public static void main(String[] args) {
        String host = EmbeddedMail.HOST;
        int port = LocalInfra.Options.DEFAULT_IMAP_PORT;
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--imap-port" -> port = Integer.parseInt(args[++i]);
                case "--host" -> host = args[++i];
                default -> addresses.addAll(Arrays.asList(args[i].split(",")));
            }
        }
        if (addresses.isEmpty()) {
            System.err.println("usage: MailPeek [--imap-port N] [--host H] address[,address...]");
            System.exit(2);
        }
        print(host, port, addresses);
    }

    private static String join(Address[] addresses) {
        return addresses == null ? "" : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
    }
}
