-- Interviews keep their full state as the JSON of the latest InterviewLogged revision; the other columns
-- serve ownership checks, filters and ordering.
CREATE TABLE interview (
    id             uuid PRIMARY KEY,
    candidate_id   text        NOT NULL,
    company_name   text        NOT NULL,
    status         text        NOT NULL,
    interviewed_at timestamptz NOT NULL,
    revision       integer     NOT NULL,
    state          text        NOT NULL,
    logged_at      timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    version        bigint      NOT NULL DEFAULT 0
);
-- GET /interviews: own interviews, newest first, optionally by status and company.
CREATE INDEX interview_candidate_newest ON interview (candidate_id, interviewed_at DESC, logged_at DESC);
CREATE INDEX interview_candidate_company ON interview (candidate_id, lower(company_name));

CREATE TABLE outcome (
    id                       uuid PRIMARY KEY,
    interview_id             uuid        NOT NULL REFERENCES interview (id),
    type                     text        NOT NULL,
    at                       timestamptz NOT NULL,
    note                     text,
    new_decision_expected_by date,
    logged_at                timestamptz NOT NULL
);
CREATE INDEX outcome_interview ON outcome (interview_id, logged_at);

-- Transactional outbox: written with the change, published by the relay, then stamped published_at.
-- sequence orders the rows of one interview; the relay publishes them strictly in that order.
CREATE TABLE outbox (
    id           uuid PRIMARY KEY,
    sequence     bigint GENERATED ALWAYS AS IDENTITY,
    aggregate_id uuid        NOT NULL,
    type         text        NOT NULL,
    source       text        NOT NULL,
    event_time   timestamptz NOT NULL,
    payload      text        NOT NULL,
    created_at   timestamptz NOT NULL,
    published_at timestamptz,
    attempts     integer     NOT NULL DEFAULT 0,
    last_error   text
);
CREATE UNIQUE INDEX outbox_sequence ON outbox (sequence);
-- The relay's work list stays small however long the table grows.
CREATE INDEX outbox_unpublished ON outbox (sequence) WHERE published_at IS NULL;
CREATE INDEX outbox_unpublished_aggregate ON outbox (aggregate_id, sequence) WHERE published_at IS NULL;

CREATE TABLE idempotency_key (
    id           uuid PRIMARY KEY,
    candidate_id text        NOT NULL,
    idem_key     text        NOT NULL,
    request_hash text        NOT NULL,
    status       integer     NOT NULL,
    body         text,
    location     text,
    created_at   timestamptz NOT NULL,
    UNIQUE (candidate_id, idem_key)
);
