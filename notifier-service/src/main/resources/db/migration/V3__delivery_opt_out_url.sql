-- The one-click opt-out link of a direct email (List-Unsubscribe, RFC 8058), kept with the rest of the mail so a
-- retried send carries exactly the headers and footer of the first try. Null for everything sent to the candidate.
alter table delivery add column mail_opt_out_url text;
