/**
 * Staff accounts: who may sign in to the admin, with which role; passwords, brute-force
 * lockouts, the first Administrator, and the account management Administrators do.
 * Implements the sign-in contract of the security package. Accounts are separate from
 * bylines (the author package); an account may be linked to one.
 */
package news.dateline.user;
