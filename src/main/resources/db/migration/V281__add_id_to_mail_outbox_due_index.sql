-- The sender claims the queued mails that are due, the longest due first. With the id in the due
-- index the claim reads just the rows it takes, in index order, instead of every queued row of a
-- newsletter and a sort (which made each claim slower the more subscribers a list has).
drop index ix_mail_outbox_due;
create index ix_mail_outbox_due on mail_outbox (status, next_attempt_at, id);
