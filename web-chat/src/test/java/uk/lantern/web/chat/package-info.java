/** Tests of the chat: the dialogue on its own, and the WebSocket endpoint with a real server. */
package uk.lantern.web.chat;
