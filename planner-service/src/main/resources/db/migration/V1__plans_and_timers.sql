-- The latest known state of each interview (highest revision wins) as the event's JSON,
-- so a re-plan always starts from exactly what the interview-service published.
create table interview (
    id            uuid primary key,
    candidate_id  varchar(200) not null,
    revision      integer      not null,
    policy        varchar(20)  not null,
    snapshot      text         not null,
    last_outcome  varchar(30),
    -- the decision date after the latest outcome that moved it (R6), else the interview's own
    decision_expected_by date,
    updated_at    timestamptz  not null
);
create index interview_candidate_idx on interview (candidate_id);

-- Outcomes may arrive before their interview: they are kept here and applied once it arrives.
create table interview_outcome (
    id            uuid primary key,
    interview_id  uuid         not null,
    candidate_id  varchar(200) not null,
    type          varchar(30)  not null,
    occurred_at   timestamptz  not null,
    payload       text         not null,
    received_at   timestamptz  not null
);
create index interview_outcome_interview_idx on interview_outcome (interview_id);

-- One row per planned follow-up: the plan as the user sees it and, while PLANNED, a durable timer.
create table follow_up (
    id                        uuid primary key,
    interview_id              uuid         not null references interview (id),
    candidate_id              varchar(200) not null,
    plan_key                  varchar(300) not null,
    kind                      varchar(30)  not null,
    channel                   varchar(30)  not null,
    recipient_interviewer_id  varchar(200),
    recipient_name            varchar(300),
    recipient_title           varchar(300),
    recipient_email           varchar(320),
    recipient_zone            varchar(64)  not null,
    status                    varchar(20)  not null,
    due_at                    timestamptz  not null,
    planned_due_at            timestamptz  not null,
    rule                      varchar(10)  not null,
    reason                    text         not null,
    status_rule               varchar(10),
    status_reason             text,
    snoozed_until             timestamptz,
    fired_at                  timestamptz,
    created_at                timestamptz  not null,
    updated_at                timestamptz  not null,
    constraint follow_up_key_uq unique (interview_id, plan_key),
    constraint follow_up_status_ck check (status in ('PLANNED', 'FIRED', 'CANCELLED', 'SKIPPED'))
);
-- The poller's only query: due timers in due order. Partial, so fired history does not slow it down.
create index follow_up_due_idx on follow_up (due_at) where status = 'PLANNED';

-- Suppressions and flags of the current plan, replaced on every re-plan.
create table plan_note (
    id                        bigserial primary key,
    interview_id              uuid         not null references interview (id),
    note_type                 varchar(20)  not null,
    position                  integer      not null,
    recipient_interviewer_id  varchar(200),
    recipient_name            varchar(300),
    recipient_title           varchar(300),
    recipient_email           varchar(320),
    recipient_zone            varchar(64),
    rule                      varchar(10)  not null,
    reason                    text         not null
);
create index plan_note_interview_idx on plan_note (interview_id);

-- CloudEvent ids already applied: written in the same transaction as the plan change they caused.
create table processed_event (
    event_id      varchar(200) primary key,
    event_type    varchar(100) not null,
    processed_at  timestamptz  not null
);
