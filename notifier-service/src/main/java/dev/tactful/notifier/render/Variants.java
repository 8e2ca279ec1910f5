package dev.tactful.notifier.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * Deterministic phrasing choices. The same recipient always gets the same wording (a re-render or a retried
 * delivery never changes the text), while different recipients of one interview most likely get different
 * wording. Each choice is salted separately so the opener, bridge and closer vary independently.
 */
public final class Variants {

    private Variants() {
    }

    /** A number in {@code [0, n)} fixed by the seed (e.g. the recipient's id or address) and the salt. */
    public static int pick(String seed, String salt, int n) {
        if (n <= 1) {
            return 0;
        }
        byte[] digest = sha256((seed == null ? "" : seed.trim().toLowerCase(Locale.ROOT)) + "|" + salt);
        int value = ((digest[0] & 0xff) << 24) | ((digest[1] & 0xff) << 16) | ((digest[2] & 0xff) << 8) | (digest[3] & 0xff);
        return Math.floorMod(value, n);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
