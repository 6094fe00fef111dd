/**
 * Who may do what: the web security filter chains (public site, editors' admin), the
 * roles, the acting staff member ({@link news.dateline.security.CurrentActor}), and the
 * sign-in contract that the staff accounts (user package) implement.
 */
package news.dateline.security;
