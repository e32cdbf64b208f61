/**
 * Following a council's Open Referral UK feed: {@link uk.lantern.directory.feed.FeedHarvester}
 * pulls every page of its {@code /services} over HTTP with timeouts, retries and a size limit;
 * {@link uk.lantern.directory.feed.DirectoryFeed} decides between a full harvest and one of
 * changes only ({@code modified_after}) and hands the result to the directory's guards, so a
 * failed or partial harvest keeps the last good data.
 */
package uk.lantern.directory.feed;
