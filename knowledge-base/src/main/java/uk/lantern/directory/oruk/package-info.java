/**
 * JSON views for the Open Referral UK read API ({@code /services}, {@code /services/{id}},
 * {@code /service_at_locations}, {@code /taxonomies}, {@code /taxonomy_terms}). The web layer
 * maps HTTP to these methods and writes the returned nodes as they are.
 */
package uk.lantern.directory.oruk;
