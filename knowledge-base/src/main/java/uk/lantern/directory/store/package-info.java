/**
 * The directory's source of truth: every service's whole HSDS 3.0 record in a relational database
 * (H2 or PostgreSQL) through plain JDBC, and the history of replacements. The search index is
 * derived from it. The schema is created by the application's Flyway migration
 * {@code V30__directory.sql} in web-chat.
 */
package uk.lantern.directory.store;
