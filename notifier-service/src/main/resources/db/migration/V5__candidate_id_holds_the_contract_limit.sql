-- The candidate id is the token subject, up to 255 characters by OpenID Connect and by the contract (events module,
-- Limits.CANDIDATE_ID); a FollowUpDue for a longer id than the old varchar(200) could never be stored as a delivery.
-- Every other text column here is unbounded.
alter table delivery alter column candidate_id type varchar(255);
