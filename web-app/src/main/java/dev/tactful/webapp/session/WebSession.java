package dev.tactful.webapp.session;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A signed-in browser, by its session token's {@code jti}. */
@Entity
@Table(name = "web_session")
public class WebSession extends PanacheEntityBase {

    @Id
    public String jti;

    @Column(name = "account_id")
    public String accountId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    boolean liveAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
