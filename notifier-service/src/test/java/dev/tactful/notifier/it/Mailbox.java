package dev.tactful.notifier.it;

import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import dev.tactful.infra.TactfulInfra;

/** What GreenMail received, selected by Message-ID. */
public final class Mailbox {

    private Mailbox() {
    }

    public static List<MimeMessage> withMessageId(String messageId) {
        return TactfulInfra.get().receivedMessages().stream().filter(m -> messageId.equals(id(m))).toList();
    }

    public static String id(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
