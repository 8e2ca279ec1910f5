-- Tombstones of erased candidates (service-support CandidateErasure): a hash of the candidate id, never the id.
-- The sync claim skips a tombstoned candidate's mailbox, and the projection drops late events about them.
CREATE TABLE erased_candidate (
    candidate_hash text PRIMARY KEY,
    erasure_id     uuid        NOT NULL,
    erased_at      timestamptz NOT NULL,
    recorded_at    timestamptz NOT NULL
);
CREATE INDEX erased_candidate_recorded ON erased_candidate (recorded_at);
