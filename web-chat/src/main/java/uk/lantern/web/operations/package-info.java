/**
 * What operators watch (docs/deployment.md): health with liveness and readiness groups (readiness
 * waits for the rules and the directory index), Micrometer metrics for the Prometheus endpoint, and
 * who may reach them (the management port, bound to loopback by default). No metric tag or health
 * detail carries anything a person typed or any personal data.
 */
package uk.lantern.web.operations;
