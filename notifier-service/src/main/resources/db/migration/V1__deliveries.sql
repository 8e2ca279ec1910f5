-- One row per follow-up: the follow-up id is the delivery key, so a re-consumed FollowUpDue can never create a
-- second delivery (and so never a second email).
create table delivery (
    id               uuid primary key,
    follow_up_id     uuid         not null unique,
    interview_id     uuid         not null,
    candidate_id     varchar(200) not null,
    kind             varchar(32)  not null,
    channel          varchar(32)  not null,
    delivery_mode    varchar(32)  not null,
    rule             varchar(16),
    reason           text,
    recipient_name   text,
    recipient_email  text,
    due_at           timestamptz,
    -- PENDING -> SENDING -> SENT | FAILED; HELD by the quality gate; UNCERTAIN after an ambiguous direct send.
    status           varchar(16)  not null,
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz,
    sending_since    timestamptz,
    last_error       text,
    -- Who the email goes to: the employer (direct mode) or the candidate (drafts, reminders).
    to_employer      boolean      not null,
    message_id       text         not null unique,
    mail_from        text         not null,
    mail_to          text         not null,
    mail_reply_to    text,
    mail_subject     text,
    mail_text        text,
    mail_html        text,
    -- The message as its reader sees it (what the API shows as rendered content).
    content_subject  text,
    content_text     text,
    hold_reasons     text,
    source_event_id  text,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    sent_at          timestamptz,
    event_json       text         not null
);

create index delivery_due_idx on delivery (next_attempt_at) where status = 'PENDING';
create index delivery_sending_idx on delivery (sending_since) where status = 'SENDING';
create index delivery_candidate_idx on delivery (candidate_id, interview_id);

-- Emails from Tactful to the candidate about a delivery (held, uncertain). Resending one is harmless (same
-- Message-ID, same reader), so a claim is a lease on next_attempt_at rather than a SENDING state.
create table notice (
    id               uuid primary key,
    delivery_id      uuid         not null references delivery (id),
    purpose          varchar(16)  not null,
    message_id       text         not null unique,
    mail_from        text         not null,
    mail_to          text         not null,
    subject          text         not null,
    text_body        text         not null,
    html_body        text,
    status           varchar(16)  not null,
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz,
    last_error       text,
    created_at       timestamptz  not null,
    sent_at          timestamptz,
    unique (delivery_id, purpose)
);

create index notice_due_idx on notice (next_attempt_at) where status = 'PENDING';

-- Transactional outbox: written in the same transaction as the state change it announces, relayed to Kafka.
create table outbox (
    id            uuid primary key,
    event_type    text        not null,
    topic         text        not null,
    record_key    text        not null,
    payload       text        not null,
    occurred_at   timestamptz not null,
    published_at  timestamptz
);

create index outbox_pending_idx on outbox (occurred_at) where published_at is null;

-- Signed webhook calls to an integrator, one per outbox event, retried like email.
create table webhook_call (
    id               uuid primary key,
    event_id         uuid         not null unique,
    event_type       text         not null,
    body             text         not null,
    status           varchar(16)  not null,
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz,
    last_error       text,
    created_at       timestamptz  not null,
    sent_at          timestamptz
);

create index webhook_due_idx on webhook_call (next_attempt_at) where status = 'PENDING';
