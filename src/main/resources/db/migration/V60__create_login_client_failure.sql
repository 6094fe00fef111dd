-- Failed sign-ins per client, shared by every node (they were kept in each node's memory): the client
-- is the keyed hash of its address, never the address itself. Rows a day without failures are pruned.
create table login_client_failure (
    client_hash     varchar(64) primary key,
    failed_attempts integer     not null default 0,
    lockouts        integer     not null default 0,
    last_failure_at timestamp with time zone not null,
    locked_until    timestamp with time zone
);
create index ix_login_client_failure_last on login_client_failure (last_failure_at);
