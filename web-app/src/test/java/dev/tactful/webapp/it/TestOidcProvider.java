package dev.tactful.webapp.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;

/**
 * A minimal OpenID provider on a real port: discovery, JWKS, an authorization endpoint that signs in at once as
 * {@link #EMAIL} (the consent a person would give), and a token endpoint that trades the code for an RS256 ID token.
 * It stands for "any OIDC provider": the web app gets only its issuer URL and a client, as in production.
 */
public class TestOidcProvider implements QuarkusTestResourceLifecycleManager {

    static final String CLIENT_ID = "tactful-web";
    static final String CLIENT_SECRET = "test-secret";
    static final String EMAIL = "Org.User@Example.org";

    private HttpServer server;
    private final KeyPair keys = rsa();
    private final Map<String, String> nonces = new ConcurrentHashMap<>();

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String issuer = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/.well-known/openid-configuration", x -> json(x, 200, """
                {"issuer":"%1$s","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",
                 "jwks_uri":"%1$s/jwks","response_types_supported":["code"],"subject_types_supported":["public"],
                 "id_token_signing_alg_values_supported":["RS256"]}""".formatted(issuer)));
        server.createContext("/jwks", x -> {
            RSAPublicKey key = (RSAPublicKey) keys.getPublic();
            json(x, 200, """
                    {"keys":[{"kty":"RSA","kid":"test-key","use":"sig","alg":"RS256","n":"%s","e":"%s"}]}"""
                    .formatted(b64(key.getModulus().toByteArray()), b64(key.getPublicExponent().toByteArray())));
        });
        server.createContext("/authorize", x -> {
            Map<String, String> q = form(x.getRequestURI().getRawQuery());
            String code = UUID.randomUUID().toString();
            nonces.put(code, q.getOrDefault("nonce", ""));
            String back = q.get("redirect_uri") + (q.get("redirect_uri").contains("?") ? "&" : "?") + "code=" + code
                    + "&state=" + URLEncoder.encode(q.getOrDefault("state", ""), StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Location", back);
            x.sendResponseHeaders(302, -1);
            x.close();
        });
        server.createContext("/token", x -> {
            Map<String, String> f = form(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String nonce = nonces.remove(f.getOrDefault("code", ""));
            if (nonce == null) {
                json(x, 400, "{\"error\":\"invalid_grant\"}");
                return;
            }
            var claims = Jwt.issuer(issuer).subject("org-user-1").audience(CLIENT_ID).claim("email", EMAIL)
                    .claim("email_verified", true).expiresIn(300);
            if (!nonce.isEmpty()) {
                claims.claim("nonce", nonce);
            }
            String idToken = claims.jws().keyId("test-key").sign(keys.getPrivate());
            String access = Jwt.issuer(issuer).subject("org-user-1").expiresIn(300).jws().keyId("test-key").sign(keys.getPrivate());
            json(x, 200, """
                    {"access_token":"%s","token_type":"Bearer","expires_in":300,"id_token":"%s"}""".formatted(access, idToken));
        });
        server.start();
        Map<String, String> config = new LinkedHashMap<>();
        config.put("TACTFUL_OIDC_ISSUER", issuer);
        config.put("TACTFUL_OIDC_CLIENT_ID", CLIENT_ID);
        config.put("TACTFUL_OIDC_CLIENT_SECRET", CLIENT_SECRET);
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void json(HttpExchange x, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            out.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return out;
    }

    /** Base64url of an unsigned big-endian integer (BigInteger adds a sign byte). */
    private static String b64(byte[] bytes) {
        int skip = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        byte[] trimmed = java.util.Arrays.copyOfRange(bytes, skip, bytes.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(trimmed);
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
