/**
 * Admins' second factor: a time-based one-time code (TOTP, RFC 6238) from an authenticator app,
 * enrolled at the admin's first sign-in, asked for at every sign-in after the password, and reset
 * by another admin. Admin pages need both factors (Spring Security's factor authorities).
 */
package uk.lantern.web.secondfactor;
