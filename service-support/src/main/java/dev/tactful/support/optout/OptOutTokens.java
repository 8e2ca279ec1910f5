package dev.tactful.support.optout;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed token in a one-click opt-out link ({@code /optout/{token}}), one per interview and interviewer. Plain
 * Java, so the notifier (which signs it into every direct email) and interview-service (which verifies it when the
 * link is used) share exactly one codec.
 *
 * <p>The token is the URL-safe base64 (no padding) of
 * {@code version (1 byte) | interview id (16 bytes) | length of the interviewer id (1 byte) | interviewer id (UTF-8)
 * | HMAC-SHA256 (32 bytes)}, the MAC taken over a fixed context label and everything before it. It carries no
 * name or address, only ids, because mail scanners, proxies and browser histories keep URLs. Without the secret
 * nobody can make one for another interview or interviewer, and the full 256-bit MAC is compared in constant
 * time. A token does not expire: the link in an email sent months ago must still work, and using it can only ever
 * make Tactful send less.
 */
public final class OptOutTokens {

    /** The current layout; a later one gets a new number so old links can still be read. */
    public static final byte VERSION = 1;

    /** Longest interviewer id a token carries (the contract's ids are UUIDs; this leaves room, and fits one byte). */
    public static final int MAX_INTERVIEWER_ID_BYTES = 200;

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MAC_BYTES = 32;
    private static final int UUID_BYTES = 16;
    private static final int FIXED_BYTES = 1 + UUID_BYTES + 1 + MAC_BYTES;
    /** Binds the MAC to this purpose, so the same secret reused elsewhere cannot produce a valid opt-out token. */
    private static final byte[] CONTEXT = "tactful/optout\0".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");
    private static final int MAX_TOKEN_CHARS = (FIXED_BYTES + MAX_INTERVIEWER_ID_BYTES) * 4 / 3 + 4;

    private final SecretKeySpec key;

    /** @param secret the key bytes; see {@link OptOutSecret#key} for how a configured secret becomes them */
    public OptOutTokens(byte[] secret) {
        if (secret == null || secret.length < OptOutSecret.MIN_BYTES) {
            throw new IllegalArgumentException("an opt-out secret needs at least " + OptOutSecret.MIN_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    /** The token for one interviewer of one interview; the same input always gives the same token. */
    public String sign(UUID interviewId, String interviewerId) {
        if (interviewId == null || interviewerId == null || interviewerId.isEmpty()) {
            throw new IllegalArgumentException("an opt-out token needs an interview id and an interviewer id");
        }
        byte[] id = interviewerId.getBytes(StandardCharsets.UTF_8);
        if (id.length > MAX_INTERVIEWER_ID_BYTES) {
            throw new IllegalArgumentException("interviewer id longer than " + MAX_INTERVIEWER_ID_BYTES + " bytes");
        }
        ByteBuffer body = ByteBuffer.allocate(FIXED_BYTES - MAC_BYTES + id.length);
        body.put(VERSION)
                .putLong(interviewId.getMostSignificantBits())
                .putLong(interviewId.getLeastSignificantBits())
                .put((byte) id.length)
                .put(id);
        byte[] signed = body.array();
        byte[] mac = mac(signed);
        byte[] token = new byte[signed.length + MAC_BYTES];
        System.arraycopy(signed, 0, token, 0, signed.length);
        System.arraycopy(mac, 0, token, signed.length, MAC_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /**
     * What the token says, or empty when it is not one this secret signed: malformed, truncated, extended, of an
     * unknown version, or with a MAC that does not match. The reason is deliberately not told apart.
     */
    public Optional<OptOut> verify(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_CHARS || !BASE64URL.matcher(token).matches()) {
            return Optional.empty();
        }
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (raw.length < FIXED_BYTES + 1 || raw[0] != VERSION) {
            return Optional.empty();
        }
        int idLength = raw[1 + UUID_BYTES] & 0xFF;
        if (idLength == 0 || raw.length != FIXED_BYTES + idLength) {
            return Optional.empty();
        }
        int signedLength = raw.length - MAC_BYTES;
        byte[] signed = new byte[signedLength];
        byte[] given = new byte[MAC_BYTES];
        System.arraycopy(raw, 0, signed, 0, signedLength);
        System.arraycopy(raw, signedLength, given, 0, MAC_BYTES);
        // Constant time: how much of a forged MAC matches must not show in the response time.
        if (!MessageDigest.isEqual(mac(signed), given)) {
            return Optional.empty();
        }
        ByteBuffer body = ByteBuffer.wrap(signed, 1, UUID_BYTES);
        UUID interviewId = new UUID(body.getLong(), body.getLong());
        try {
            String interviewerId = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(signed, 2 + UUID_BYTES, idLength)).toString();
            return Optional.of(new OptOut(interviewId, interviewerId));
        } catch (CharacterCodingException e) {
            // Only a holder of the secret could have signed this; still, never trust bytes to be text.
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] signed) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(CONTEXT);
            return mac.doFinal(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
