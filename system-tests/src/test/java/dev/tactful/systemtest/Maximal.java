package dev.tactful.systemtest;

import java.util.UUID;

/**
 * Values of an exact length that every service must carry unchanged: readable words (so the quality gate sees
 * ordinary text, not a placeholder), addresses with a 64-character local part and DNS labels of at most 63.
 */
final class Maximal {

    private static final String[] WORDS = { "steady", "billing", "streams", "kafka", "review", "launch", "design",
            "metrics", "latency", "rollout", "cluster", "budget", "hiring", "roadmap", "mentor", "quality" };

    private Maximal() {
    }

    /** Words starting with {@code tag}, exactly {@code length} characters, no space at either end. */
    static String text(String tag, int length) {
        StringBuilder b = new StringBuilder(tag);
        for (int i = 0; b.length() < length; i++) {
            b.append(' ').append(WORDS[i % WORDS.length]);
        }
        String s = b.substring(0, length);
        // A cut may end in a space; a letter keeps the length and the value is still one that is not trimmed.
        return s.endsWith(" ") ? s.substring(0, length - 1) + "z" : s;
    }

    /** A unique deliverable address of exactly {@code length} characters (at least 30). */
    static String address(String tag, int length) {
        String unique = tag + "-" + UUID.randomUUID().toString().substring(0, 8);
        String local = (unique + "x".repeat(64)).substring(0, Math.min(64, length - 16));
        String tail = ".example.org";
        int labels = length - local.length() - 1 - tail.length();
        StringBuilder domain = new StringBuilder();
        while (labels > 0) {
            int n = Math.min(63, labels);
            if (labels - n == 1) {
                n--; // never leave a label of length 0 after its dot
            }
            domain.append("d".repeat(n));
            labels -= n;
            if (labels > 0) {
                domain.append('.');
                labels--;
            }
        }
        String address = local + "@" + domain + tail;
        if (address.length() != length) {
            throw new IllegalStateException("address of " + address.length() + " characters, wanted " + length);
        }
        return address;
    }

    /** An https URL of exactly {@code length} characters. */
    static String url(int length) {
        String prefix = "https://www.linkedin.com/in/";
        return prefix + "p".repeat(length - prefix.length());
    }
}
