package dev.tactful.webapp.calendar;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A candidate's calendar feed, known by the SHA-256 of its secret. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed extends PanacheEntityBase {

    @Id
    @Column(name = "secret_hash")
    public String secretHash;

    @Column(name = "account_id")
    public String accountId;

    @Column(name = "created_at")
    public Instant createdAt;
}
