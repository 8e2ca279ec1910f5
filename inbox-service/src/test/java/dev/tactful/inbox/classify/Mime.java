package dev.tactful.inbox.classify;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import dev.tactful.inbox.imap.FactsReader;

/** Raw RFC 5322 text to {@link MessageFacts}, through the same reader the sync uses on IMAP messages. */
public final class Mime {

    private Mime() {
    }

    public static MessageFacts facts(String raw) {
        return facts(raw.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }

    public static MessageFacts facts(byte[] raw) {
        try {
            MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
            return FactsReader.read(m, 1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
