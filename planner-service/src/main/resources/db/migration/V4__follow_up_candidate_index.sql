-- Re-planning reads the candidate's other follow-ups (R7 spacing across interviews).
create index if not exists follow_up_candidate_idx on follow_up (candidate_id);
