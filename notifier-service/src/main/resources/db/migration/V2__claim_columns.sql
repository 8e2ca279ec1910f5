-- One claim mechanism for every table of work (service-support's ClaimLoop): attempts, last error, when the row
-- may be claimed again (machine time) and when it was parked because it kept failing.
alter table delivery add column parked_at timestamptz;
alter table notice add column parked_at timestamptz;
alter table webhook_call add column parked_at timestamptz;

-- The outbox takes the shape every service shares (service-support Outbox, docs/outbox.md): ordered by sequence,
-- keyed by aggregate_id, published strictly in order per key by the shared relay.
alter table outbox rename column record_key to aggregate_id;
alter table outbox rename column occurred_at to event_time;
alter table outbox add column sequence bigint generated always as identity;
alter table outbox add column source text not null default '/tactful/notifier-service';
alter table outbox add column created_at timestamptz not null default now();
alter table outbox add column attempts integer not null default 0;
alter table outbox add column last_error text;
alter table outbox add column next_attempt_at timestamptz;
alter table outbox add column parked_at timestamptz;
alter table outbox rename column event_type to type;
drop index outbox_pending_idx;
create unique index outbox_sequence on outbox (sequence);
create index outbox_unpublished on outbox (sequence) where published_at is null;
create index outbox_unpublished_aggregate on outbox (aggregate_id, sequence) where published_at is null;
