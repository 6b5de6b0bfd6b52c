-- Accounts on the publisher pages (issue 13).

-- When the account's sign-in sessions were last ended (disabled, or password reset): a session
-- begun before then no longer signs anyone in, so re-enabling an account does not revive the
-- sessions open when it was disabled, and a reset password locks out whoever held a session.
alter table user_account add column sessions_ended timestamp;

-- user_activity_list: a user's stream is what they did (user_id) and what was done to their
-- account (object_id); object_id has its index since V1, user_id gets one here so the stream does
-- not scan the whole activity table.
create index activity_user on activity (user_id, timestamp desc);
