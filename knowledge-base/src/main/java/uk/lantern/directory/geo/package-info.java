/**
 * Places: turns what a person types ("me7 1ab", "ME7 1", "near Chatham, Kent") into a point on the
 * map, and explains in plain words when it cannot. The shipped tables cover Medway; the national
 * ONS Postcode Directory is built into a memory-mapped file on disk and the ONS Index of Place Names
 * is read by name (docs/places.md).
 */
package uk.lantern.directory.geo;
