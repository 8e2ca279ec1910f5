-- Erasure (DELETE /api/v1/me). The outbox key becomes text: tactful.candidate.erased.v1 is keyed by the candidate id,
-- which is the token subject and not a UUID. Interview events keep their interview id, written as text.
ALTER TABLE outbox ALTER COLUMN aggregate_id TYPE text USING aggregate_id::text;

-- One tombstone per erased candidate: a hash of the id (service-support CandidateErasure), never the id itself. While
-- it lives, new interviews under that subject are refused, so nothing is written that the other services, holding
-- the same tombstone, would drop unseen.
CREATE TABLE erased_candidate (
    candidate_hash text PRIMARY KEY,
    erasure_id     uuid        NOT NULL,
    erased_at      timestamptz NOT NULL,
    recorded_at    timestamptz NOT NULL
);
CREATE INDEX erased_candidate_recorded ON erased_candidate (recorded_at);
