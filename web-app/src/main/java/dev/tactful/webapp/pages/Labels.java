package dev.tactful.webapp.pages;

import java.util.Locale;
import java.util.Map;

/** Words for the contract's enum values; an unknown value is shown as itself. */
public final class Labels {

    private static final Map<String, String> KINDS = Map.of(
            "THANK_YOU", "Thank-you", "STATUS_CHECK", "Status check", "LINKEDIN_CONNECT", "LinkedIn connection request",
            "GRACIOUS_CLOSE", "Gracious close", "KEEP_SEARCHING", "Keep-searching nudge", "MOVE_ON", "Move-on note",
            "ADDRESS_BOUNCED", "Bounced-address notice",
            "OPTED_OUT_NOTICE", "Opt-out notice");
    private static final Map<String, String> CHANNELS = Map.of(
            "EMAIL", "Email", "HANDWRITTEN_NOTE", "Handwritten note", "PHONE", "Phone", "LINKEDIN", "LinkedIn");
    private static final Map<String, String> STATUSES = Map.of(
            "AWAITING_RESPONSE", "Awaiting response", "REPLIED", "Replied", "NEXT_ROUND", "Next round", "OFFER", "Offer",
            "REJECTED", "Rejected", "WITHDRAWN", "Withdrawn");
    private static final Map<String, String> OUTCOMES = Map.of(
            "REPLY_RECEIVED", "They replied", "NEXT_ROUND_SCHEDULED", "Next round scheduled", "OFFER", "Offer",
            "REJECTED", "Rejection", "WITHDRAWN", "I withdrew");
    private static final Map<String, String> OTHER = Map.of(
            "STANDARD", "Standard", "ONE_AND_DONE", "One and done", "PERSISTENT", "Persistent",
            "DRAFT_TO_CANDIDATE", "Drafts to me", "SEND_DIRECT", "Send directly", "VIDEO", "Video", "ONSITE", "On site");

    private Labels() {
    }

    public static String kind(String v) {
        return label(KINDS, v);
    }

    public static String channel(String v) {
        return label(CHANNELS, v);
    }

    public static String interviewStatus(String v) {
        return label(STATUSES, v);
    }

    public static String outcome(String v) {
        return label(OUTCOMES, v);
    }

    /** Any other enum value: policies, delivery modes, formats. */
    public static String of(String v) {
        if (v == null) {
            return "";
        }
        String known = OTHER.get(v);
        if (known != null) {
            return known;
        }
        known = CHANNELS.get(v);
        if (known != null) {
            return known;
        }
        String s = v.replace('_', ' ').toLowerCase(Locale.ROOT);
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String label(Map<String, String> labels, String v) {
        return v == null ? "" : labels.getOrDefault(v, of(v));
    }
}
