/** Tests of the chat page: its security headers, and the page itself in a real browser. */
package uk.lantern.web.page;
