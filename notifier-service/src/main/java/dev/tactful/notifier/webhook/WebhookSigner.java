package dev.tactful.notifier.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 over {@code timestamp + "." + body}, sent as {@code X-Tactful-Signature: sha256=<hex>} with the
 * timestamp in {@code X-Tactful-Timestamp}. Signing the timestamp lets receivers reject replays of old calls.
 */
public final class WebhookSigner {

    public static final String SIGNATURE_HEADER = "X-Tactful-Signature";
    public static final String TIMESTAMP_HEADER = "X-Tactful-Timestamp";
    public static final String EVENT_ID_HEADER = "X-Tactful-Event-Id";

    private WebhookSigner() {
    }

    public static String signature(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every JVM", e);
        }
    }
}
