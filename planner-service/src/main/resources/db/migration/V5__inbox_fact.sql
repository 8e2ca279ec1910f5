-- What inbox-service learned from the candidate's mailbox that changes a plan: out-of-office answers (R17) and
-- bounces (R18). One row per CloudEvent id, so a redelivered event is stored once; kept even before the interview
-- is known, like an early outcome, and read by every re-plan of the interview.
create table inbox_fact (
    event_id     text primary key,
    interview_id uuid        not null,
    candidate_id text        not null,
    type         text        not null check (type in ('OUT_OF_OFFICE', 'BOUNCE')),
    address      text        not null,
    return_date  date,
    status       text,
    received_at  timestamptz not null,
    stored_at    timestamptz not null
);
create index inbox_fact_interview_idx on inbox_fact (interview_id);
