package dev.tactful.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.tactful.events.Limits;

/**
 * Bearer tokens every service must refuse with 401, for the services' tests and the load fuzzer: each names a
 * real candidate, so a service that accepted one would act for that candidate. Plain JDK crypto, like
 * {@link DevJwt}.
 */
public final class BadJwt {

    public enum Kind {
        /** Not a JWT at all. */
        GARBAGE,
        /** A genuine token with one character of its claims changed, so the signature no longer matches. */
        TAMPERED,
        /** Signed with the dev key, expired an hour ago. */
        EXPIRED,
        /** Signed with the dev key, but not valid for another hour ({@code nbf} and {@code iat} in the future). */
        NOT_YET_VALID,
        /** Signed with the dev key, but from another issuer. */
        OTHER_ISSUER,
        /** Signed with the dev key, but for another audience: a token another application accepts. */
        OTHER_AUDIENCE,
        /** Signed with the dev key, but with no {@code aud} at all. */
        NO_AUDIENCE,
        /** Signed with the dev key and otherwise valid, but with no {@code sub}: it names no candidate. */
        NO_SUBJECT,
        /** Signed with the dev key and otherwise valid, but {@code sub} is blank. */
        BLANK_SUBJECT,
        /**
         * Signed with the dev key and otherwise valid, but {@code sub} is one character longer than any
         * {@code candidate_id} column downstream holds ({@code varchar(200)}).
         */
        LONG_SUBJECT,
        /** {@code "alg":"none"} and an empty signature: verifiers that trust the header accept anything. */
        ALG_NONE,
        /**
         * HS256 with the dev <em>public</em> key (its PEM text, as published) as the HMAC secret: the
         * algorithm-confusion attack on verifiers that let the token choose the algorithm.
         */
        HS256_PUBLIC_KEY
    }

    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private BadJwt() {
    }

    /** One character longer than the contract's candidate id ({@link Limits#CANDIDATE_ID}), which every column holds. */
    public static final int LONG_SUBJECT_LENGTH = Limits.CANDIDATE_ID + 1;

    public static String token(Kind kind, String candidateId) {
        long now = Instant.now().getEpochSecond();
        String iss = DevJwt.ISSUER;
        String aud = DevJwt.AUDIENCE;
        return switch (kind) {
            case GARBAGE -> "garbage." + UUID.randomUUID();
            case TAMPERED -> tamper(DevJwt.token(candidateId));
            case EXPIRED -> rs256(claims(iss, aud, candidateId, now - 7200, null, now - 3600));
            // Well beyond the verifiers' clock skew allowance (60 s).
            case NOT_YET_VALID -> rs256(claims(iss, aud, candidateId, now + 3600, now + 3600, now + 7200));
            case OTHER_ISSUER -> rs256(claims("https://evil.example", aud, candidateId, now, null, now + 3600));
            case OTHER_AUDIENCE -> rs256(claims(iss, "https://evil.example/api", candidateId, now, null, now + 3600));
            case NO_AUDIENCE -> rs256(claims(iss, null, candidateId, now, null, now + 3600));
            case NO_SUBJECT -> DevJwt.tokenWithSubject(null);
            case BLANK_SUBJECT -> DevJwt.tokenWithSubject(" ");
            case LONG_SUBJECT -> DevJwt.tokenWithSubject(
                    (candidateId + "-" + "x".repeat(LONG_SUBJECT_LENGTH)).substring(0, LONG_SUBJECT_LENGTH));
            case ALG_NONE -> b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "."
                    + b64(claims(iss, aud, candidateId, now, null, now + 3600)) + ".";
            case HS256_PUBLIC_KEY -> hs256(claims(iss, aud, candidateId, now, null, now + 3600));
        };
    }

    private static String claims(String issuer, String audience, String candidateId, long iat, Long nbf, long exp) {
        return "{\"iss\":" + DevJwt.json(issuer)
                + (audience == null ? "" : ",\"aud\":" + DevJwt.json(audience))
                + ",\"sub\":" + DevJwt.json(candidateId) + ",\"upn\":"
                + DevJwt.json(candidateId) + ",\"groups\":[\"candidate\"],\"iat\":" + iat
                + (nbf == null ? "" : ",\"nbf\":" + nbf) + ",\"exp\":" + exp
                + ",\"jti\":" + DevJwt.json(UUID.randomUUID().toString()) + "}";
    }

    private static String rs256(String claims) {
        String input = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + b64(claims);
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(DevJwt.privateKey());
            rsa.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + B64URL.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign the token", e);
        }
    }

    private static String hs256(String claims) {
        String input = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + b64(claims);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(publicKeyPem(), "HmacSHA256"));
            return input + "." + B64URL.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign the token", e);
        }
    }

    /** The dev public key exactly as the PEM file has it: what an attacker would download. */
    static byte[] publicKeyPem() {
        try (InputStream in = BadJwt.class.getClassLoader().getResourceAsStream(DevJwt.PUBLIC_KEY_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + DevJwt.PUBLIC_KEY_RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Changes one character of the claims, so the token still parses but its signature is wrong. */
    private static String tamper(String token) {
        char[] chars = token.toCharArray();
        int i = token.indexOf('.') + 5;
        chars[i] = chars[i] == 'A' ? 'B' : 'A';
        return new String(chars);
    }

    private static String b64(String json) {
        return B64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
