-- Tombstones of erased candidates (service-support CandidateErasure): a hash of the candidate id, never the id.
-- The firing claim skips a tombstoned candidate's timers, and the intake drops their late events.
create table erased_candidate (
    candidate_hash text        primary key,
    erasure_id     uuid        not null,
    erased_at      timestamptz not null,
    recorded_at    timestamptz not null
);
create index erased_candidate_recorded_idx on erased_candidate (recorded_at);
