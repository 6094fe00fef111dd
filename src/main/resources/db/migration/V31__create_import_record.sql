-- What an import brought in from another system, by that system's own ids, so that running the same
-- import again adds nothing. source_key names the other site (a WordPress export's wp:base_site_url).
create table import_record (
    source_key  varchar(300) not null,
    kind        varchar(20)  not null,
    external_id varchar(100) not null,
    local_id    bigint       not null,
    imported_at timestamp with time zone not null,
    constraint pk_import_record primary key (source_key, kind, external_id)
);
