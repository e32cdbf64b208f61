/** Tests of the management endpoints: who can reach them, health and readiness, and the metrics. */
package uk.lantern.web.operations;
