package dev.tactful.webapp.signin;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One emailed sign-in link, known only by the SHA-256 of its token. */
@Entity
@Table(name = "sign_in_link")
public class SignInLink extends PanacheEntityBase {

    @Id
    @Column(name = "token_hash")
    public String tokenHash;

    public String email;

    @Column(name = "client_hash")
    public String clientHash;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;

    boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
