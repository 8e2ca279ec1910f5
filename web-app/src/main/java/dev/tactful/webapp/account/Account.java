package dev.tactful.webapp.account;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.tactful.webapp.web.Hashes;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;

/** A candidate who has signed in at least once, with their settings. */
@Entity
@Table(name = "account")
public class Account extends PanacheEntityBase {

    public static final String DEFAULT_ZONE = "UTC";
    public static final String DEFAULT_POLICY = "STANDARD";
    public static final String DEFAULT_DELIVERY = "DRAFT_TO_CANDIDATE";

    @Id
    public String id;

    @Column(name = "sign_in_email")
    public String signInEmail;

    public String name;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "time_zone")
    public String timeZone;

    @Column(name = "default_policy")
    public String defaultPolicy;

    @Column(name = "delivery_mode")
    public String deliveryMode;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Lower case, trimmed: one account per mailbox however it is typed. */
    public static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The candidate id for a new account: derived from the normalized address, so it is the same on every
     * installation and computable outside the app ({@code printf 'tactful-candidate:%s' EMAIL | sha256sum | cut -c1-32},
     * prefixed with {@code c-}); it is an opaque name, not a credential.
     */
    public static String candidateIdFor(String normalizedEmail) {
        return "c-" + Hashes.sha256("tactful-candidate:" + normalizedEmail).substring(0, 32);
    }

    public static Uni<Account> findBySignInEmail(String normalizedEmail) {
        return find("signInEmail", normalizedEmail).firstResult();
    }

    /** The account of this address, created with default settings on first sign-in. */
    public static Uni<Account> findOrCreate(String normalizedEmail, Instant now) {
        return findBySignInEmail(normalizedEmail).chain(found -> {
            if (found != null) {
                return Uni.createFrom().item(found);
            }
            Account a = new Account();
            a.id = candidateIdFor(normalizedEmail);
            a.signInEmail = normalizedEmail;
            a.contactEmail = normalizedEmail;
            a.timeZone = DEFAULT_ZONE;
            a.defaultPolicy = DEFAULT_POLICY;
            a.deliveryMode = DEFAULT_DELIVERY;
            a.createdAt = now;
            a.updatedAt = now;
            return a.<Account>persist();
        });
    }
}
