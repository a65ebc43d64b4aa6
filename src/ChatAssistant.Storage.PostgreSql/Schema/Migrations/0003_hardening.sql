-- Issue 18 (hardening).
-- A long Telegram reply is several messages: how many already left, so a retry resumes from the part that failed.
ALTER TABLE outbox ADD COLUMN sent_parts integer NOT NULL DEFAULT 0;

-- The retention purge finds old transcript entries, and old messages that left or were given up, by age.
CREATE INDEX transcript_by_time ON transcript (activity_time);
CREATE INDEX outbox_finished ON outbox (created_at) WHERE status IN (2, 3);

-- Erasure deletes every outbox message of a citizen's chats, sent and failed ones too, not only those waiting.
CREATE INDEX outbox_by_chat_key ON outbox (chat_key);

-- Erasing one member of a group chat finds the groups they wrote in (the state lists its participants).
CREATE INDEX conversations_participants ON conversations USING gin ((state -> 'Participants'));
