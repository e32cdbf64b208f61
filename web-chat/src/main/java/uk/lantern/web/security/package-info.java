/**
 * Sign-in and access: which role reaches which path, CSRF, session handling, throttled failed
 * sign-ins, and the idle-timeout warning's keep-alive.
 */
package uk.lantern.web.security;
