-- The outbox takes the shape every service shares (service-support Outbox, docs/outbox.md): the topic on the row,
-- and the claim loop's columns (when a failed row may be tried again, machine time; when it was parked).
ALTER TABLE outbox ADD COLUMN topic text NOT NULL DEFAULT 'interview-events';
ALTER TABLE outbox ADD COLUMN next_attempt_at timestamptz;
ALTER TABLE outbox ADD COLUMN parked_at timestamptz;
