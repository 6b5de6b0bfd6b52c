-- user_activity_list (issue 13, accounts): a user's stream is what they did (user_id) and what was
-- done to their account (object_id); object_id has its index since V1, user_id gets one here so the
-- stream does not scan the whole activity table.
create index activity_user on activity (user_id, timestamp desc);
