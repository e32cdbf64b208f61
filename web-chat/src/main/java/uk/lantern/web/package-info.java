/** The Lantern application: wires the engine, the rule base and the directory behind web APIs and pages. */
package uk.lantern.web;
