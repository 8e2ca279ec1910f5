package dev.tactful.webapp.calendar;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tactful.webapp.web.Hashes;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Calendar secrets: one live per candidate, shown once when made, stored only as a hash, revocable. */
@ApplicationScoped
public class CalendarFeeds {

    @Inject
    Clock clock;

    public Uni<Optional<CalendarFeed>> of(String accountId) {
        return Panache.withSession(() -> CalendarFeed.<CalendarFeed>find("accountId", accountId).firstResult().map(Optional::ofNullable));
    }

    /** A new secret for the candidate; any earlier one stops working. Returns the secret itself. */
    public Uni<String> regenerate(String accountId) {
        String secret = Hashes.newSecret();
        return Panache.withTransaction(() -> CalendarFeed.delete("accountId", accountId).chain(() -> {
            CalendarFeed f = new CalendarFeed();
            f.secretHash = Hashes.sha256(secret);
            f.accountId = accountId;
            f.createdAt = clock.instant();
            return f.persist();
        })).replaceWith(secret);
    }

    public Uni<Void> revoke(String accountId) {
        return Panache.withTransaction(() -> CalendarFeed.delete("accountId", accountId)).replaceWithVoid();
    }

    /** The candidate whose feed this secret opens, if any. */
    public Uni<Optional<String>> accountFor(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 200) {
            return Uni.createFrom().item(Optional.empty());
        }
        return Panache.withSession(() -> CalendarFeed.<CalendarFeed>findById(Hashes.sha256(secret))
                .map(f -> f == null ? Optional.<String>empty() : Optional.of(f.accountId)));
    }
}
