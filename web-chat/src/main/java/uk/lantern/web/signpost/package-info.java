/**
 * Signposting on the web: {@link uk.lantern.web.signpost.ServiceFinder} asks the directory's
 * signposting (the one place that decides suggestions, {@code uk.lantern.directory.signpost}) for
 * the chat's closing message, the doorstep result and the leaflet, and words each suggestion as a
 * {@link uk.lantern.web.signpost.ServiceSuggestion} card; {@code POST /api/signposts} gives the same
 * suggestions to other systems (see {@code docs/api.md}).
 */
package uk.lantern.web.signpost;
