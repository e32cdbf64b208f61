/** The rule base's reference content: factors, measures, needs, bands and safeguarding concerns. */
package uk.lantern.engine.catalogue;
