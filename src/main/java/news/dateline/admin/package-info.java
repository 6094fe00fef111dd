/**
 * The editors' site under {@code /admin/**}: controllers and form records for staff.
 * Controllers bind and validate, then call the feature services, which check the actor's
 * role themselves.
 */
package news.dateline.admin;
