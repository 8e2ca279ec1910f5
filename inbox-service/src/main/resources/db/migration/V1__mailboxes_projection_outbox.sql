-- One connected mailbox per candidate. The app password is stored only as AES-256-GCM ciphertext (key from
-- TACTFUL_INBOX_KEY, the candidate id as associated data). uid_validity/last_uid are the sync state: the highest UID
-- already read in the folder, valid while the folder's UIDVALIDITY stays the same. generation changes on every
-- (re)connect, so a sync that started before a reconnect or disconnect commits nothing.
CREATE TABLE mailbox (
    id              uuid PRIMARY KEY,
    candidate_id    text        NOT NULL UNIQUE,
    host            text        NOT NULL,
    port            integer     NOT NULL,
    username        text        NOT NULL,
    password_cipher bytea       NOT NULL,
    tls             boolean     NOT NULL,
    folder          text        NOT NULL DEFAULT 'INBOX',
    generation      uuid        NOT NULL,
    uid_validity    bigint,
    last_uid        bigint      NOT NULL DEFAULT 0,
    connected_at    timestamptz NOT NULL,
    last_sync_at    timestamptz,
    last_error      text,
    last_error_at   timestamptz,
    failures        integer     NOT NULL DEFAULT 0,
    next_sync_at    timestamptz NOT NULL
);
CREATE INDEX mailbox_due ON mailbox (next_sync_at);

-- How many messages of each classification a mailbox's syncs have read (no message data).
CREATE TABLE mailbox_tally (
    mailbox_id     uuid    NOT NULL REFERENCES mailbox (id) ON DELETE CASCADE,
    classification text    NOT NULL,
    messages       bigint  NOT NULL,
    PRIMARY KEY (mailbox_id, classification)
);

-- A message tied to an interview, with what it is and why: never its body, only its Message-ID, date and sender.
-- The id is the ce_id of the event it produced.
CREATE TABLE detection (
    id             uuid PRIMARY KEY,
    mailbox_id     uuid        NOT NULL REFERENCES mailbox (id) ON DELETE CASCADE,
    interview_id   uuid        NOT NULL,
    uid            bigint      NOT NULL,
    message_id     text,
    received_at    timestamptz NOT NULL,
    sender         text        NOT NULL,
    classification text        NOT NULL,
    matched_by     text        NOT NULL,
    evidence       text,
    detected_at    timestamptz NOT NULL
);
-- A folder whose UIDVALIDITY changed is read again; the same message then finds its detection and is not reported twice.
CREATE UNIQUE INDEX detection_message ON detection (mailbox_id, message_id) WHERE message_id IS NOT NULL;
CREATE INDEX detection_recent ON detection (mailbox_id, detected_at DESC);

-- Projection of interview-events: the interviews of each candidate and whether they still wait for an answer.
CREATE TABLE interview_view (
    interview_id   uuid PRIMARY KEY,
    candidate_id   text        NOT NULL,
    revision       integer     NOT NULL,
    interviewed_at timestamptz NOT NULL,
    candidate_email text,
    waiting        boolean     NOT NULL DEFAULT true,
    updated_at     timestamptz NOT NULL
);
CREATE INDEX interview_view_candidate ON interview_view (candidate_id) WHERE waiting;

-- The interviewers' and the agency's addresses of each interview (lower case).
CREATE TABLE interview_contact (
    interview_id uuid NOT NULL REFERENCES interview_view (interview_id) ON DELETE CASCADE,
    address      text NOT NULL,
    role         text NOT NULL,
    name         text,
    PRIMARY KEY (interview_id, address)
);
CREATE INDEX interview_contact_address ON interview_contact (address);

-- Outcomes may arrive before their interview (different partitions are not an issue: same key, but a replay may
-- start mid-way); an outcome for an unknown interview is kept here until the interview arrives.
CREATE TABLE early_outcome (
    interview_id uuid PRIMARY KEY
);

-- Projection of followups-due: which interview each follow-up id (and so each Message-ID Tactful gave a mail) is for.
CREATE TABLE sent_followup (
    follow_up_id uuid PRIMARY KEY,
    interview_id uuid        NOT NULL,
    candidate_id text        NOT NULL,
    kind         text        NOT NULL,
    recorded_at  timestamptz NOT NULL
);

-- CloudEvent ids already applied to the projections, written in the same transaction as the change.
CREATE TABLE processed_event (
    event_id     text PRIMARY KEY,
    event_type   text        NOT NULL,
    processed_at timestamptz NOT NULL
);

-- Transactional outbox, the shape every service shares (service-support Outbox, docs/outbox.md).
CREATE TABLE outbox (
    id              uuid PRIMARY KEY,
    sequence        bigint GENERATED ALWAYS AS IDENTITY,
    aggregate_id    uuid        NOT NULL,
    topic           text        NOT NULL,
    type            text        NOT NULL,
    source          text        NOT NULL,
    event_time      timestamptz NOT NULL,
    payload         text        NOT NULL,
    created_at      timestamptz NOT NULL,
    published_at    timestamptz,
    attempts        integer     NOT NULL DEFAULT 0,
    last_error      text,
    next_attempt_at timestamptz,
    parked_at       timestamptz
);
CREATE UNIQUE INDEX outbox_sequence ON outbox (sequence);
CREATE INDEX outbox_unpublished ON outbox (sequence) WHERE published_at IS NULL;
CREATE INDEX outbox_unpublished_aggregate ON outbox (aggregate_id, sequence) WHERE published_at IS NULL;
