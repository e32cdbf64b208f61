/**
 * The local services directory on the web: the search behind the chat and the tablet
 * ({@code /api/services}), the Open Referral UK read API ({@code /oruk/}) and the token-guarded
 * admin API that imports and edits services ({@code /admin/directory/}).
 */
package uk.lantern.web.directory;
