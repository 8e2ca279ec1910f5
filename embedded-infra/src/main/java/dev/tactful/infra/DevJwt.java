package dev.tactful.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Mints RS256 development tokens signed with the dev key pair shipped in this jar ({@code dev-jwt/}). Services
 * verify them with {@code dev-jwt/publicKey.pem} in dev and test. Every token names {@link #AUDIENCE}. Plain JDK
 * crypto, no JWT library needed.
 */
public final class DevJwt {

    public static final String ISSUER = "https://tactful.dev";
    /**
     * The audience of development tokens: what {@code mp.jwt.verify.audiences} is in the dev and test profiles and
     * what {@code ./run-local}, the system and load tests give the packaged services ({@code TACTFUL_JWT_AUDIENCE}).
     */
    public static final String AUDIENCE = "tactful-dev";
    public static final String PRIVATE_KEY_RESOURCE = "dev-jwt/privateKey.pem";
    public static final String PUBLIC_KEY_RESOURCE = "dev-jwt/publicKey.pem";
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private DevJwt() {
    }

    /** A token for the candidate, valid for {@link #DEFAULT_LIFETIME}. */
    public static String token(String candidateId) {
        return token(candidateId, DEFAULT_LIFETIME);
    }

    /**
     * A token that also vouches for the candidate's address ({@code email}, {@code email_verified: true}), as a
     * sign-in by emailed link or an OIDC provider does; interview-service requires it outside dev/test.
     */
    public static String token(String candidateId, String email, Duration lifetime) {
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("email is required");
        }
        return sign(candidateId, candidateId, email, lifetime);
    }

    public static String token(String candidateId, Duration lifetime) {
        if (candidateId == null || candidateId.isBlank()) {
            throw new IllegalArgumentException("candidateId is required");
        }
        if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("lifetime must be positive");
        }
        return sign(candidateId, candidateId, null, lifetime);
    }

    /**
     * A validly signed token whose {@code sub} is exactly {@code subject}: absent when null, and blank or of any
     * length if asked. For tests of how a service refuses a token that names no usable candidate; {@code upn}
     * stays set, so the verifier still accepts the token and the refusal is the service's own.
     */
    public static String tokenWithSubject(String subject) {
        return sign(subject, "dev-user-" + UUID.randomUUID(), null, DEFAULT_LIFETIME);
    }

    private static String sign(String subject, String upn, String email, Duration lifetime) {
        // Token times are real wall-clock times: the verifier checks them against its own clock.
        long iat = Instant.now().getEpochSecond();
        long exp = iat + lifetime.toSeconds();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":" + json(ISSUER)
                + ",\"aud\":" + json(AUDIENCE)
                + (subject == null ? "" : ",\"sub\":" + json(subject))
                + ",\"upn\":" + json(upn)
                + (email == null ? "" : ",\"email\":" + json(email) + ",\"email_verified\":true")
                + ",\"groups\":[\"candidate\"]"
                + ",\"iat\":" + iat
                + ",\"exp\":" + exp
                + ",\"jti\":" + json(UUID.randomUUID().toString()) + "}";
        String signingInput = b64(header) + "." + b64(claims);
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(privateKey());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64URL.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign the dev token", e);
        }
    }

    public static PrivateKey privateKey() {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pem(PRIVATE_KEY_RESOURCE)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Bad " + PRIVATE_KEY_RESOURCE, e);
        }
    }

    public static PublicKey publicKey() {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(pem(PUBLIC_KEY_RESOURCE)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Bad " + PUBLIC_KEY_RESOURCE, e);
        }
    }

    private static byte[] pem(String resource) {
        try (InputStream in = DevJwt.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            String body = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return Base64.getDecoder().decode(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String b64(String json) {
        return B64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON string literal with the characters JSON requires escaped. */
    static String json(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
