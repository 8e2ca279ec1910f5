package dev.tactful.webapp.signin;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import dev.tactful.webapp.WebSettings;
import dev.tactful.webapp.account.Account;
import dev.tactful.webapp.web.Hashes;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Emailed one-time links: created with a random token of which only the hash is stored, valid for
 * {@code tactful.web.sign-in.link-lifetime}, redeemable once. Rate limits count the table's own rows.
 */
@ApplicationScoped
public class SignInLinks {

    @Inject
    WebSettings settings;

    @Inject
    Clock clock;

    public Uni<LinkRequest> request(String normalizedEmail, String clientAddress) {
        Instant now = clock.instant();
        Instant since = now.minus(settings.signIn().window());
        String clientHash = Hashes.sha256("client:" + clientAddress);
        return Panache.withTransaction(() -> SignInLink.count("clientHash = ?1 and createdAt > ?2", clientHash, since)
                .chain(byClient -> {
                    if (byClient >= settings.signIn().maxPerClient()) {
                        return Uni.createFrom().item(new LinkRequest(LinkRequest.Outcome.CLIENT_LIMITED, normalizedEmail, null));
                    }
                    return SignInLink.count("email = ?1 and createdAt > ?2", normalizedEmail, since).chain(byAddress -> {
                        SignInLink link = new SignInLink();
                        String token = Hashes.newSecret();
                        link.tokenHash = Hashes.sha256(token);
                        link.email = normalizedEmail;
                        link.clientHash = clientHash;
                        link.createdAt = now;
                        // A request over the address's limit is still recorded (it counts for the client), but as
                        // already used, so it can never sign anyone in and nothing is mailed.
                        boolean limited = byAddress >= settings.signIn().maxPerAddress();
                        link.expiresAt = now.plus(settings.signIn().linkLifetime());
                        link.usedAt = limited ? now : null;
                        return link.persist().replaceWith(limited
                                ? new LinkRequest(LinkRequest.Outcome.ADDRESS_LIMITED, normalizedEmail, null)
                                : new LinkRequest(LinkRequest.Outcome.CREATED, normalizedEmail, token));
                    });
                }));
    }

    /**
     * Uses the link up: the account it signs in (created on first use), or empty when the token is unknown,
     * expired or already used. The row is locked, so two concurrent redemptions cannot both succeed.
     */
    public Uni<Optional<Account>> redeem(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Uni.createFrom().item(Optional.empty());
        }
        Instant now = clock.instant();
        String hash = Hashes.sha256(token.strip());
        return Panache.withTransaction(() -> SignInLink.<SignInLink>findById(hash, LockModeType.PESSIMISTIC_WRITE)
                .chain(link -> {
                    if (link == null || !link.usableAt(now)) {
                        return Uni.createFrom().item(Optional.<Account>empty());
                    }
                    link.usedAt = now;
                    return Account.findOrCreate(link.email, now).map(Optional::of);
                }));
    }
}
