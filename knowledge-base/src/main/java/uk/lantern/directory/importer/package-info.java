/**
 * Importers for directory data: HSDS 3.0 JSON (one service, an ORUK page, or an organisation
 * with its services), the HSDS tabular CSV package, and a one-row-per-service CSV for small
 * organisations. Each reports bad records with file, record and field, and imports the rest.
 */
package uk.lantern.directory.importer;
