-- The sender's checkpoint: a claimed row gets sending_at just before the end of its message, and stays
-- CLAIMED until the sender marks a run of accepted mails SENT at once. Only this column (not indexed)
-- changes at the checkpoint, so the commit made for every mail is small. When a node stops, the rows of
-- its claim with a checkpoint were accepted by the server, except the last one, whose delivery is unknown.
alter table mail_outbox add column sending_at timestamp with time zone;
