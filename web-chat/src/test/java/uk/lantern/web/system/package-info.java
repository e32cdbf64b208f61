/** Tests of the cross-cutting limits: body sizes, malformed requests, problem details. */
package uk.lantern.web.system;
