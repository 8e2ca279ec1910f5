-- Who logged an outcome: the candidate through the API, or inbox-service from a reply in the candidate's mailbox.
ALTER TABLE outcome ADD COLUMN source text NOT NULL DEFAULT 'candidate';
