-- Moderators' mail (notification/ModeratorNotifications): each staff member's own choice, and for an
-- hourly summary the end of the last hour it covered.
create table staff_notification (
    user_id            bigint primary key references staff_user (id) on delete cascade,
    moderation         varchar(10) not null,
    summarized_through timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    constraint ck_staff_notification_moderation check (moderation in ('OFF', 'AT_ONCE', 'HOURLY'))
);
create index ix_staff_notification_moderation on staff_notification (moderation);
