package dev.tactful.notifier.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook calls the Standard Webhooks way (standardwebhooks.com): {@code webhook-id}, {@code webhook-timestamp}
 * (epoch seconds, real time) and {@code webhook-signature: v1,<base64 HMAC-SHA256 of id.timestamp.body>}, keyed
 * with the secret's bytes: a {@code whsec_<base64>} secret is decoded, any other secret is used as its UTF-8 bytes.
 * Receivers can then verify with any Standard Webhooks library.
 *
 * <p>The earlier Tactful headers ({@code X-Tactful-Signature: sha256=<hex of HMAC over timestamp.body>} keyed with
 * the secret string's UTF-8 bytes, {@code X-Tactful-Timestamp}, {@code X-Tactful-Event-Id}) are still sent in this
 * release, so receivers can switch over; they go away in the next one.
 */
public final class WebhookSigner {

    public static final String ID_HEADER = "webhook-id";
    public static final String STANDARD_TIMESTAMP_HEADER = "webhook-timestamp";
    public static final String STANDARD_SIGNATURE_HEADER = "webhook-signature";
    public static final String SECRET_PREFIX = "whsec_";

    /** Deprecated with this release: kept for receivers written against the Tactful headers. */
    public static final String SIGNATURE_HEADER = "X-Tactful-Signature";
    public static final String TIMESTAMP_HEADER = "X-Tactful-Timestamp";
    public static final String EVENT_ID_HEADER = "X-Tactful-Event-Id";

    private WebhookSigner() {
    }

    /** The HMAC key of a secret: the decoded bytes of {@code whsec_<base64>}, else the secret's UTF-8 bytes. */
    public static byte[] key(String secret) {
        if (secret.startsWith(SECRET_PREFIX)) {
            return Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
        }
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    /** Whether a secret can be used: a {@code whsec_} one must carry valid base64. */
    public static boolean validSecret(String secret) {
        try {
            return key(secret).length > 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The value of {@code webhook-signature}: {@code v1,} and the base64 HMAC-SHA256 of {@code id.timestamp.body}. */
    public static String standardSignature(String secret, String id, long timestamp, String body) {
        return "v1," + Base64.getEncoder().encodeToString(hmac(key(secret), id + "." + timestamp + "." + body));
    }

    /** The deprecated {@code X-Tactful-Signature} value. */
    public static String signature(String secret, long timestamp, String body) {
        return "sha256=" + HexFormat.of().formatHex(hmac(secret.getBytes(StandardCharsets.UTF_8), timestamp + "." + body));
    }

    private static byte[] hmac(byte[] key, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every JVM", e);
        }
    }
}
