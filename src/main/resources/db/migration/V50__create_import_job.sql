-- Imports started from the admin or the command line, with their progress and report, so that any
-- node behind the load balancer can show a job that another node runs. running_slot is 'import'
-- while a job runs and null afterwards: its unique constraint lets one import run at a time across
-- all nodes (both databases allow many nulls in a unique column).
create table import_job (
    id                     varchar(36)  not null primary key,
    file_name              varchar(300) not null,
    started_by             varchar(160),
    state                  varchar(20)  not null,
    running_slot           varchar(20),
    started_at             timestamp with time zone not null,
    finished_at            timestamp with time zone,
    heartbeat_at           timestamp with time zone not null,
    total_bytes            bigint       not null,
    bytes_read             bigint       not null,
    items_read             bigint       not null,
    posts_imported         bigint       not null,
    posts_already_there    bigint       not null,
    comments_imported      bigint       not null,
    comments_already_there bigint       not null,
    authors_created        bigint       not null,
    sections_created       bigint       not null,
    sources_created        bigint       not null,
    skipped                bigint       not null,
    repaired               bigint       not null,
    failure                varchar(1000),
    constraint uk_import_job_running unique (running_slot),
    constraint ck_import_job_state check (state in ('RUNNING', 'FINISHED', 'FAILED'))
);
create index ix_import_job_started on import_job (started_at desc);

-- What an import left out or mended, in the order found (at most the first thousand of a job).
create table import_job_issue (
    job_id      varchar(36)   not null references import_job (id) on delete cascade,
    position    integer       not null,
    outcome     varchar(20)   not null,
    line        integer       not null,
    entry       varchar(20)   not null,
    external_id varchar(100),
    title       varchar(300),
    reason      varchar(40)   not null,
    detail      varchar(1000),
    constraint pk_import_job_issue primary key (job_id, position)
);
