package dev.tactful.webapp.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import dev.tactful.infra.DevJwt;
import dev.tactful.infra.TactfulInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.build.Jwt;

/** The session token: what the services accept, and what nobody can forge or stretch. */
@QuarkusTest
@WithTestResource(value = TactfulInfraResource.class, initArgs = {
        @ResourceArg(name = "database", value = "webapp"), @ResourceArg(name = "services", value = "postgres,mail") })
class SessionTokensTest {

    @Inject
    SessionTokens tokens;

    static final Base64.Decoder B64 = Base64.getUrlDecoder();
    static final Base64.Encoder ENC = Base64.getUrlEncoder().withoutPadding();

    /** Exactly what the three services configure: the public key and the issuer, RS256. */
    static JsonWebToken asTheServicesVerify(String token) throws Exception {
        JWTAuthContextInfo info = new JWTAuthContextInfo(DevJwt.publicKey(), DevJwt.ISSUER);
        return new DefaultJWTParser(info).parse(token);
    }

    @Test
    void aMintedTokenIsAcceptedAsTheServicesVerifyIt() throws Exception {
        SessionTokens.Minted m = tokens.mint("c-123", Instant.now(), Duration.ofHours(8));
        JsonWebToken jwt = asTheServicesVerify(m.token());
        assertThat(jwt.getSubject()).isEqualTo("c-123");
        assertThat(jwt.getIssuer()).isEqualTo("https://tactful.dev");
        assertThat(jwt.getTokenID()).isEqualTo(m.jti());
        assertThat(jwt.getExpirationTime()).isEqualTo(m.expiresAt().getEpochSecond());
        String header = new String(B64.decode(m.token().split("\\.")[0]), StandardCharsets.UTF_8);
        assertThat(header).contains("\"alg\":\"RS256\"");
        assertThat(tokens.verify(m.token())).isPresent();
        // And the other way round: a DevJwt token (what the services' own tests use) passes this verifier.
        assertThat(tokens.verify(DevJwt.token("c-123"))).map(JsonWebToken::getSubject).contains("c-123");
    }

    @Test
    void anExpiredTokenIsRefused() {
        Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2));
        SessionTokens.Minted m = tokens.mint("c-123", twoHoursAgo, Duration.ofHours(1));
        assertThat(tokens.verify(m.token())).isEmpty();
    }

    @Test
    void aTamperedTokenIsRefused() {
        String[] parts = tokens.mint("c-123", Instant.now(), Duration.ofHours(1)).token().split("\\.");
        String claims = new String(B64.decode(parts[1]), StandardCharsets.UTF_8).replace("c-123", "c-999");
        String tampered = parts[0] + "." + ENC.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThat(tokens.verify(tampered)).isEmpty();
        String unsigned = ENC.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";
        assertThat(tokens.verify(unsigned)).isEmpty();
        assertThat(tokens.verify("not-a-token")).isEmpty();
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        var gen = KeyPairGenerator.getInstance("RSA");
        gen.initialize(2048);
        String foreign = Jwt.issuer("https://tactful.dev").subject("c-123").claim("jti", "x").expiresIn(3600)
                .sign(gen.generateKeyPair().getPrivate());
        assertThat(tokens.verify(foreign)).isEmpty();
    }
}
