-- The durable timers are worked by the shared claim loop: a follow-up whose event the broker rejects is retried
-- after a backoff (machine time) and parked after repeated failures, so it no longer holds back the others.
alter table follow_up add column attempts integer not null default 0;
alter table follow_up add column last_error text;
alter table follow_up add column next_attempt_at timestamptz;
alter table follow_up add column parked_at timestamptz;
