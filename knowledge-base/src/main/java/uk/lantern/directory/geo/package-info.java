/**
 * Postcode lookup: turns what a person types ("me7 1ab", "ME4") into a point on the map,
 * and explains in plain words when it cannot.
 */
package uk.lantern.directory.geo;
