-- Each change log row now names what changed as content keys (article:123 section:world home ...),
-- separated by spaces; the page cache of every node evicts the pages holding them. The entity columns
-- are no longer written.
alter table change_log add column content_keys varchar(4000);
alter table change_log alter column entity_type drop not null;
alter table change_log alter column entity_id drop not null;
