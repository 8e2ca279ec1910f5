package dev.tactful.notifier.delivery;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds sender addresses and Message-IDs. */
public final class Addresses {

    private static final Pattern NAME_ADDR = Pattern.compile("^\\s*\"?([^\"<]*?)\"?\\s*<([^>]+)>\\s*$");

    private Addresses() {
    }

    /** The bare address of {@code Name <addr>} or of a bare address. */
    public static String address(String mailbox) {
        Matcher m = NAME_ADDR.matcher(mailbox);
        return m.matches() ? m.group(2).strip() : mailbox.strip();
    }

    /** The display name of {@code Name <addr>}, or "Tactful" when there is none. */
    public static String displayName(String mailbox) {
        Matcher m = NAME_ADDR.matcher(mailbox);
        return m.matches() && !m.group(1).isBlank() ? m.group(1).strip() : "Tactful";
    }

    /**
     * "Rowan Tester via Tactful &lt;no-reply@tactful.dev&gt;": the employer sees who wrote, while the address stays
     * Tactful's own (sending from the candidate's domain would fail SPF/DMARC). Replies go to Reply-To.
     */
    public static String onBehalfOf(String candidateName, String tactfulFrom) {
        String name = HeaderValues.displayName(candidateName);
        String display = name.isEmpty() ? displayName(tactfulFrom) : name + " via " + displayName(tactfulFrom);
        return display + " <" + address(tactfulFrom) + ">";
    }

    /** The Message-ID of a follow-up's email: derived from the follow-up id only, so a resend is recognisably the same. */
    public static String messageId(UUID followUpId, String domain) {
        return "<followup-" + followUpId + "@" + domain + ">";
    }

    /** Message-ID of a notice about a follow-up (held, uncertain). */
    public static String noticeMessageId(UUID followUpId, String purpose, String domain) {
        return "<followup-" + followUpId + "." + purpose.toLowerCase(java.util.Locale.ROOT) + "@" + domain + ">";
    }
}
