-- The send limits (SendLimits) count a candidate's and a recipient's recent employer-facing mail at every intake.
create index if not exists delivery_employer_by_candidate_idx on delivery (candidate_id, created_at) where to_employer;
create index if not exists delivery_employer_by_recipient_idx on delivery (lower(mail_to), created_at) where to_employer;
