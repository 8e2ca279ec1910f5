package dev.tactful.inbox.imap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;

import dev.tactful.inbox.classify.MessageFacts;

/**
 * Turns a Jakarta Mail message (an IMAP message, or one parsed from bytes in a test) into {@link MessageFacts}:
 * the headers classification needs and at most the first text part, read through a bounded stream. Attachments
 * are never opened: only the body structure says they are there. A part that cannot be decoded is left out rather
 * than failing the message.
 */
public final class FactsReader {

    static final List<String> HEADERS = List.of("Auto-Submitted", "X-Autoreply", "X-Autorespond", "Precedence", "List-Id");
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]{1,500}>");
    private static final int MAX_DEPTH = 4;
    private static final int MAX_REPORT = 8_192;

    private FactsReader() {
    }

    public static MessageFacts read(Message message, long uid) throws MessagingException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : HEADERS) {
            String value = first(message, name);
            if (value != null) {
                headers.put(name.toLowerCase(Locale.ROOT), value);
            }
        }
        List<String> thread = new ArrayList<>();
        threadIds(first(message, "In-Reply-To"), thread);
        String[] references = message.getHeader("References");
        if (references != null) {
            for (String r : references) {
                threadIds(r, thread);
            }
        }
        String messageId = messageId(first(message, "Message-ID"));
        Instant date = date(message);
        String subject = subject(message);
        String text = "";
        String report = null;
        try {
            if (message.isMimeType("multipart/report")) {
                report = deliveryStatus(message);
            }
            text = firstText(message, 0);
        } catch (MessagingException | IOException | RuntimeException e) {
            // Broken MIME below the headers: classify on the headers alone.
        }
        return new MessageFacts(uid, messageId, date, from(message), subject, headers, thread, text, report);
    }

    private static String first(Message m, String name) throws MessagingException {
        String[] values = m.getHeader(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static void threadIds(String header, List<String> into) {
        if (header == null) {
            return;
        }
        Matcher m = MESSAGE_ID.matcher(header);
        while (m.find() && into.size() < 100) {
            into.add(m.group());
        }
    }

    private static String messageId(String header) {
        if (header == null) {
            return null;
        }
        Matcher m = MESSAGE_ID.matcher(header);
        return m.find() ? m.group() : null;
    }

    private static Instant date(Message m) {
        try {
            java.util.Date sent = m.getSentDate();
            if (sent != null) {
                return sent.toInstant();
            }
            java.util.Date received = m.getReceivedDate();
            return received == null ? null : received.toInstant();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String subject(Message m) {
        try {
            return m.getSubject();
        } catch (MessagingException | RuntimeException e) {
            return "";
        }
    }

    private static String from(Message m) {
        try {
            Address[] from = m.getFrom();
            if (from != null) {
                for (Address a : from) {
                    if (a instanceof InternetAddress ia && ia.getAddress() != null && ia.getAddress().contains("@")) {
                        return ia.getAddress();
                    }
                }
            }
        } catch (MessagingException | RuntimeException e) {
            // An unparseable From is no sender we could match.
        }
        return null;
    }

    /** The first text/plain part (or, failing that, the first text/html one, tags removed), depth first. */
    private static String firstText(Part part, int depth) throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            return "";
        }
        if (part.isMimeType("text/plain")) {
            return read(part, MessageFacts.MAX_TEXT);
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            String html = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(child.getDisposition())) {
                    continue;
                }
                if (child.isMimeType("text/plain") || child.isMimeType("multipart/*")) {
                    String text = firstText(child, depth + 1);
                    if (!text.isEmpty()) {
                        return text;
                    }
                } else if (html == null && child.isMimeType("text/html")) {
                    html = stripTags(read(child, MessageFacts.MAX_TEXT));
                }
            }
            return html == null ? "" : html;
        }
        if (part.isMimeType("text/html")) {
            return stripTags(read(part, MessageFacts.MAX_TEXT));
        }
        return "";
    }

    private static String deliveryStatus(Part report) throws MessagingException, IOException {
        if (!(report.getContent() instanceof Multipart multipart)) {
            return null;
        }
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart child = multipart.getBodyPart(i);
            if (child.isMimeType("message/delivery-status") || child.isMimeType("message/global-delivery-status")) {
                return read(child, MAX_REPORT);
            }
        }
        return null;
    }

    /** At most {@code max} characters of a part's decoded content; over IMAP only what is read is fetched. */
    private static String read(Part part, int max) throws MessagingException, IOException {
        Charset charset = charset(part);
        try (InputStream in = part.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            int limit = max * 4;
            int n;
            while (out.size() < limit && (n = in.read(buffer, 0, Math.min(buffer.length, limit - out.size()))) > 0) {
                out.write(buffer, 0, n);
            }
            String text = new String(out.toByteArray(), charset);
            return text.length() > max ? text.substring(0, max) : text;
        }
    }

    private static Charset charset(Part part) {
        try {
            String name = new ContentType(part.getContentType()).getParameter("charset");
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(MimeUtility.javaCharset(name));
        } catch (Exception e) {
            // Unknown or malformed charsets: the bytes still carry ASCII phrases and digits.
            return StandardCharsets.ISO_8859_1;
        }
    }

    private static String stripTags(String html) {
        return html.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("<[^>]+>", " ")
                .replace("&nbsp;", " ").replace("&amp;", "&");
    }
}
