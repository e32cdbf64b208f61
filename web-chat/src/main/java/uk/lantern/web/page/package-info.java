/**
 * The public chat page ({@code /} and {@code /chat}, the template {@code templates/chat.html}
 * that talks to {@code /ws/chat}) and the security headers every response carries.
 */
package uk.lantern.web.page;
