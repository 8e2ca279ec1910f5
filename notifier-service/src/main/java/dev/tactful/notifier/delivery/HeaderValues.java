package dev.tactful.notifier.delivery;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.tactful.events.Limits;

/**
 * Makes values safe to put into mail headers, whatever a candidate typed. A line break in a subject or a display
 * name would otherwise start a header of its own (the mail client leaves an ASCII value with a bare CR or LF
 * unencoded), a NUL or another control character confuses servers and clients, a bidirectional override makes a
 * name read differently from what it is, and an '@' in a display name makes it look like an address. Addresses
 * themselves are refused unless they are a plain ASCII addr-spec: that keeps out line breaks, extra recipients
 * (commas, semicolons, angle brackets) and look-alike letters from other scripts.
 */
public final class HeaderValues {

    /** Control characters, line and paragraph separators and NEL: each becomes a space. */
    private static final Pattern BREAKS = Pattern.compile("[\\p{Cc}\\u2028\\u2029\\u0085]");
    /** Bidirectional controls and invisible characters: removed, they carry no text. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u061C\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF]");
    /** What could make a display name look like (or break out into) an address: removed. */
    private static final Pattern ADDRESS_LIKE = Pattern.compile("[\"<>\\\\,;:@\\uFF20\\uFE6B\\uFF1C\\uFF1E]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * A dot-atom local part and a DNS host name, ASCII only (an internationalized domain arrives as punycode). A
     * single-label host such as {@code localhost} is a valid address (a local run's sender is one); whether a work
     * address needs a dot is the API's rule, not a header-safety one.
     */
    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
    private static final Pattern NAME_ADDR = Pattern.compile("^([^<>]*)<([^<>]*)>\\s*$");
    private static final int MAX_ADDRESS = Limits.EMAIL;
    /** An absolute http(s) URL of RFC 3986 characters only (percent-escapes included). */
    private static final Pattern HTTP_URL = Pattern.compile("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~%!$&'()*+,;=:@/-]*)?");
    private static final int MAX_URL = 2000;

    /** Control characters other than tab and line breaks: nothing a message body needs, and NUL breaks SMTP. */
    private static final Pattern BODY_CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    /** The value cannot be used as an address; sending is pointless until someone corrects it. */
    public static final class UnsafeAddress extends IllegalArgumentException {
        UnsafeAddress(String message) {
            super(message);
        }
    }

    private HeaderValues() {
    }

    /** One line of text for a header such as Subject: breaks and controls become spaces, invisibles go. */
    public static String singleLine(String value) {
        if (value == null) {
            return "";
        }
        String s = BREAKS.matcher(value).replaceAll(" ");
        s = INVISIBLE.matcher(s).replaceAll("");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** A message body without control characters (line breaks and tabs stay). */
    public static String body(String value) {
        return value == null ? null : BODY_CONTROLS.matcher(value).replaceAll("");
    }

    /** A display name: one line, and nothing that could read as an address or end the name early. */
    public static String displayName(String value) {
        return SPACES.matcher(ADDRESS_LIKE.matcher(singleLine(value)).replaceAll(" ")).replaceAll(" ").strip();
    }

    /** Whether {@link #address(String)} would take the value. */
    public static boolean isAddress(String value) {
        String s = value == null ? "" : value.strip();
        return s.length() <= MAX_ADDRESS && ADDRESS.matcher(s).matches();
    }

    /** The address itself, or {@link UnsafeAddress} when it is not a plain ASCII addr-spec. */
    public static String address(String value) {
        String s = value == null ? "" : value.strip();
        if (!isAddress(s)) {
            // The value is not repeated: it is personal data, and it may be what an attacker typed.
            throw new UnsafeAddress("not a plain email address (" + s.length() + " characters)");
        }
        return s;
    }

    /**
     * The {@code List-Unsubscribe} value for a one-click link: {@code <url>}. Only an absolute http(s) URL of
     * unreserved and reserved URI characters is taken (no spaces, quotes, angle brackets or control characters), so
     * the value can neither end the bracket early nor start a header of its own.
     */
    public static String listUnsubscribe(String url) {
        String s = url == null ? "" : url;
        if (s.length() > MAX_URL || !HTTP_URL.matcher(s).matches()) {
            throw new UnsafeAddress("not a plain http(s) URL (" + s.length() + " characters)");
        }
        return "<" + s + ">";
    }

    /** {@code Name <address>} or a bare address, rebuilt from its safe parts. */
    public static String mailbox(String value) {
        Matcher m = NAME_ADDR.matcher(value == null ? "" : value);
        if (!m.matches()) {
            return address(value);
        }
        String name = displayName(m.group(1));
        String address = address(m.group(2));
        return name.isEmpty() ? address : name + " <" + address + ">";
    }
}
