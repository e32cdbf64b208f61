/**
 * Mapping between the directory model and HSDS 3.0 JSON. The writer produces exactly the shape
 * the reader accepts, so a service served at {@code /services/{id}} can be imported again
 * unchanged.
 */
package uk.lantern.directory.hsds;
