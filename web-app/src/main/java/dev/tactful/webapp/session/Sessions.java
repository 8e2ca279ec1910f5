package dev.tactful.webapp.session;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.tactful.webapp.WebSettings;
import dev.tactful.webapp.account.Account;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Opens, checks and revokes sessions; a session is a token plus its live row in {@code web_session}. */
@ApplicationScoped
public class Sessions {

    @Inject
    SessionTokens tokens;

    @Inject
    WebSettings settings;

    @Inject
    Clock clock;

    /** A new session for the account; the token goes into the cookie. Call inside a transaction. */
    public Uni<SessionTokens.Minted> open(Account account) {
        Instant now = clock.instant();
        SessionTokens.Minted minted = tokens.mint(account.id, account.signInEmail, now, settings.session().lifetime());
        WebSession s = new WebSession();
        s.jti = minted.jti();
        s.accountId = account.id;
        s.createdAt = now;
        s.expiresAt = minted.expiresAt();
        return s.persist().replaceWith(minted);
    }

    public record Live(Account account, String token, String jti) {
    }

    /** The account of a cookie's token, if the token verifies and its session is neither revoked nor expired. */
    public Uni<Optional<Live>> check(String token) {
        Optional<JsonWebToken> jwt = tokens.verify(token);
        if (jwt.isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        String jti = jwt.get().getTokenID();
        String subject = jwt.get().getSubject();
        Instant now = clock.instant();
        return Panache.withSession(() -> WebSession.<WebSession>findById(jti).chain(s -> {
            if (s == null || !s.liveAt(now) || !s.accountId.equals(subject)) {
                return Uni.createFrom().item(Optional.<Live>empty());
            }
            return Account.<Account>findById(subject).map(a -> a == null ? Optional.<Live>empty()
                    : Optional.of(new Live(a, token, jti)));
        }));
    }

    public boolean secureCookie() {
        return settings.session().secureCookie();
    }

    public Uni<Void> revoke(String jti) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> WebSession.update("revokedAt = ?1 where jti = ?2 and revokedAt is null", now, jti))
                .replaceWithVoid();
    }
}
