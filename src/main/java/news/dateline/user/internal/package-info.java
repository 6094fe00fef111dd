/**
 * The staff-account module's own: the stored staff user and its repository, reached
 * through {@code UserService}, {@code FirstRunSetup} and the sign-in classes.
 */
package news.dateline.user.internal;
