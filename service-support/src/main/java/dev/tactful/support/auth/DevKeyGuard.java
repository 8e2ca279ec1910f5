package dev.tactful.support.auth;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start a service that would accept tokens signed by the development key pair shipped in the
 * repository (embedded-infra {@code dev-jwt/}): its private half is public, so anyone could mint a token for any
 * candidate. At start-up the configured verification key ({@code mp.jwt.verify.publickey} or the PEM/JWK/JWKS at
 * {@code mp.jwt.verify.publickey.location}) is compared with the shipped one; a match fails start-up unless
 * {@code tactful.security.allow-dev-key=true}, which the dev and test profiles set and a laptop run may set.
 */
@ApplicationScoped
public class DevKeyGuard {

    /** SHA-256 of the DER SubjectPublicKeyInfo of embedded-infra's {@code dev-jwt/publicKey.pem}. */
    static final String DEV_KEY_SHA256 = "df85c097cda15cd06dcef2047ea94a8beeb1c04cfd6604e1301f14174733d464";

    private static final Logger LOG = Logger.getLogger(DevKeyGuard.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "tactful.security.allow-dev-key", defaultValue = "false")
    boolean allowDevKey;

    @ConfigProperty(name = "mp.jwt.verify.publickey")
    Optional<String> inlineKey;

    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> keyLocation;

    void onStart(@Observes StartupEvent event) {
        Optional<String> key = inlineKey.filter(k -> !k.isBlank()).or(() -> keyLocation.flatMap(DevKeyGuard::read));
        key.ifPresent(text -> check(text, allowDevKey, keyLocation.orElse("mp.jwt.verify.publickey")));
    }

    /** Throws when {@code keyText} holds the development key and it is not explicitly allowed. */
    static void check(String keyText, boolean allowed, String where) {
        if (!isDevKey(keyText)) {
            return;
        }
        if (!allowed) {
            throw new IllegalStateException("Refusing to start: the JWT verification key (" + where + ") is the "
                    + "development key shipped in the Tactful repository, whose private half anyone can read, so anyone "
                    + "could sign a token for any candidate. Configure the public key of your own key pair "
                    + "(MP_JWT_VERIFY_PUBLICKEY_LOCATION; see the README, \"JWT keys\"), or, for a laptop or test "
                    + "setup only, set TACTFUL_SECURITY_ALLOW_DEV_KEY=true (tactful.security.allow-dev-key).");
        }
        LOG.warn("JWT tokens are verified with the shipped development key (tactful.security.allow-dev-key=true): "
                + "anyone can sign tokens for this service. For a laptop or test setup only.");
    }

    /** Whether the PEM public key, JWK or JWKS text contains the development key. */
    static boolean isDevKey(String keyText) {
        for (byte[] der : publicKeys(keyText)) {
            if (DEV_KEY_SHA256.equals(sha256(der))) {
                return true;
            }
        }
        return false;
    }

    /** Each public key in the text, as DER SubjectPublicKeyInfo; empty when none can be read. */
    private static List<byte[]> publicKeys(String text) {
        List<byte[]> keys = new ArrayList<>();
        String trimmed = text.strip();
        try {
            if (trimmed.startsWith("{")) {
                JsonNode root = JSON.readTree(trimmed);
                JsonNode list = root.has("keys") ? root.get("keys") : JSON.createArrayNode().add(root);
                for (JsonNode jwk : list) {
                    if ("RSA".equals(jwk.path("kty").asText()) && jwk.hasNonNull("n") && jwk.hasNonNull("e")) {
                        RSAPublicKeySpec spec = new RSAPublicKeySpec(unsigned(jwk.get("n").asText()), unsigned(jwk.get("e").asText()));
                        keys.add(KeyFactory.getInstance("RSA").generatePublic(spec).getEncoded());
                    }
                }
            } else {
                // A PEM "PUBLIC KEY", or the bare base64 of one as mp.jwt.verify.publickey allows.
                String body = trimmed.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
                byte[] der = Base64.getDecoder().decode(body);
                keys.add(KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der)).getEncoded());
            }
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            // Not a key this check can read; the verifier reports unusable keys itself.
        }
        return keys;
    }

    private static BigInteger unsigned(String base64Url) {
        return new BigInteger(1, Base64.getUrlDecoder().decode(base64Url));
    }

    private static String sha256(byte[] der) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key text at a {@code file:}, {@code classpath:}, {@code http(s):} or bare (classpath, then file) location. */
    static Optional<String> read(String location) {
        try {
            if (location.startsWith("http://") || location.startsWith("https://")) {
                HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                        .send(HttpRequest.newBuilder(URI.create(location)).timeout(Duration.ofSeconds(10)).build(),
                                HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
            }
            if (location.startsWith("file:")) {
                // file:/abs, file:///abs and file:relative (to the working directory, as smallrye-jwt reads it).
                String path = location.substring(5).replaceFirst("^//", "");
                return Optional.of(Files.readString(Path.of(path)));
            }
            String resource = location.startsWith("classpath:") ? location.substring(10) : location;
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource.replaceFirst("^/", ""))) {
                if (in != null) {
                    return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            Path file = Path.of(resource);
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file)) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            LOG.warnf("Could not read the JWT verification key at %s to compare it with the development key: %s",
                    location, e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
