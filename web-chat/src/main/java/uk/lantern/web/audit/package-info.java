/** The append-only audit log of every read and change of a stored screening record. */
package uk.lantern.web.audit;
