-- Every column that stores a value of the contract holds the contract's limit (events module, Limits): the candidate
-- id is the token subject, which OpenID Connect allows up to 255 characters, and was varchar(200) here, so an
-- interview of such a candidate was accepted upstream and then never got a plan. Names and titles (200) and
-- addresses (254) already fit varchar(300)/varchar(320); ColumnWidthsTest checks all of them against Limits.
alter table interview alter column candidate_id type varchar(255);
alter table interview_outcome alter column candidate_id type varchar(255);
alter table follow_up alter column candidate_id type varchar(255);
