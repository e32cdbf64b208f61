/** The chat load harness: many concurrent conversations over real WebSockets, run by the bench profile only. */
package uk.lantern.web.chat.load;
