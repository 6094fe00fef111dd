/**
 * Who may do what: the web security filter chain (public site, editors' admin), and later the staff
 * accounts and roles.
 */
package news.dateline.security;
