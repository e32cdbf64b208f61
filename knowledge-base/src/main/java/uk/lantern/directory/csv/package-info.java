/** A small RFC 4180 CSV reader shared by the importers and the postcode directory loader. */
package uk.lantern.directory.csv;
