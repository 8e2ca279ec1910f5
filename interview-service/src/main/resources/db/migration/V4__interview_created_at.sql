-- When the row was written, on the database's (machine) clock: logged_at is business time, which a simulated
-- clock speeds up, and the per-candidate limit on new interviews must count real hours.
ALTER TABLE interview ADD COLUMN IF NOT EXISTS created_at timestamptz NOT NULL DEFAULT now();
CREATE INDEX IF NOT EXISTS interview_candidate_created ON interview (candidate_id, created_at);
