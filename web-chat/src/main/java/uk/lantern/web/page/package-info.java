/**
 * The public chat page ({@code /} and {@code /chat}, a static page in {@code static/index.html}
 * that talks to {@code /ws/chat}) and the security headers every response carries.
 */
package uk.lantern.web.page;
