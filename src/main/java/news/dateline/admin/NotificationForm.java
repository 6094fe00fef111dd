package news.dateline.admin;

import jakarta.validation.constraints.NotNull;

import news.dateline.notification.ModerationMail;

/** A moderator's own choice of moderation mail. */
record NotificationForm(@NotNull ModerationMail moderation) {

}
