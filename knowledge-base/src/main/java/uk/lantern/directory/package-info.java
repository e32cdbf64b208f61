/**
 * The local services directory: where Lantern finds the services it signposts people to.
 *
 * <p>{@link uk.lantern.directory.LocalServicesDirectory} is the entry point the application
 * wires up; the subpackages hold the directory model, the needs taxonomy, postcode lookup,
 * importers, the Lucene index and the Open Referral UK read views.
 */
package uk.lantern.directory;
