/**
 * The Lucene index of services and the searches over it: English analysis with query-time
 * synonyms, need filters and boosts, distance, eligibility filters, need facets, spelling
 * suggestions and autocomplete. One class per concern.
 */
package uk.lantern.directory.search;
