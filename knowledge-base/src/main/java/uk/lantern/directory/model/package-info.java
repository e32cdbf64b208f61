/**
 * The directory model as value records in the shape of Open Referral UK / HSDS 3.0:
 * organisations, services, locations, schedules, costs and eligibility.
 */
package uk.lantern.directory.model;
