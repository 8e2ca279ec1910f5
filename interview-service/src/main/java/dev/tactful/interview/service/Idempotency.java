package dev.tactful.interview.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

import dev.tactful.interview.repository.IdempotencyEntity;
import dev.tactful.support.ProblemException;
import dev.tactful.support.time.MachineTime;

/**
 * {@code Idempotency-Key} for creating requests. The first request's answer is stored in the transaction that
 * creates the resource; a retry with the same key and the same request gets that answer again and creates
 * nothing; the same key with another request is refused with 422. Keys are scoped to the candidate.
 */
@ApplicationScoped
class Idempotency {

    @Inject
    @MachineTime
    Clock clock;

    @Inject
    ObjectMapper json;

    /** Must run inside the caller's transaction, so the stored answer commits with the resource or not at all. */
    Uni<Answer> once(String candidateId, IdempotencyKey key, Supplier<Uni<Answer>> action) {
        String hash = fingerprint(key.operation(), key.request());
        UUID id = UUID.nameUUIDFromBytes((candidateId + '\u0000' + key.value()).getBytes(StandardCharsets.UTF_8));
        return IdempotencyEntity.<IdempotencyEntity>findById(id).chain(found -> {
            if (found != null) {
                if (!found.requestHash.equals(hash)) {
                    return Uni.createFrom().failure(ProblemException.unprocessable(
                            "This Idempotency-Key was already used for a different request; use a new key."));
                }
                return Uni.createFrom().item(new Answer(found.status, found.body, found.location));
            }
            return action.get().call(answer -> {
                IdempotencyEntity e = new IdempotencyEntity();
                e.id = id;
                e.candidateId = candidateId;
                e.key = key.value();
                e.requestHash = hash;
                e.status = answer.status();
                e.body = answer.body();
                e.location = answer.location();
                e.createdAt = clock.instant();
                return e.persist();
            });
        });
    }

    /** The operation and the request as parsed, so formatting differences of the same JSON do not matter. */
    String fingerprint(String operation, Object request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(operation.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot fingerprint request", e);
        }
    }

    /** A concurrent first request with the same key won the race (its row is committed or about to be). */
    static boolean isDuplicateKey(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof org.hibernate.exception.ConstraintViolationException cve
                    && cve.getConstraintName() != null && cve.getConstraintName().contains("idempotency_key")) {
                return true;
            }
            if (c instanceof io.vertx.pgclient.PgException pg && "23505".equals(pg.getSqlState())
                    && String.valueOf(pg.getConstraint()).contains("idempotency_key")) {
                return true;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return false;
    }
}
