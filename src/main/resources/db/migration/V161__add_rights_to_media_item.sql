-- Image rights: the agency or source an image came from, its licence, and when the right to
-- show it ends (null: never). expiry_announced_at records that the expiry check has told the
-- caches (so the placeholder replaces the image everywhere exactly once).
alter table media_item add column source varchar(160);
alter table media_item add column licence varchar(300);
alter table media_item add column rights_expire_at timestamp with time zone;
alter table media_item add column expiry_announced_at timestamp with time zone;

create index ix_media_item_rights_expire_at on media_item (rights_expire_at);
