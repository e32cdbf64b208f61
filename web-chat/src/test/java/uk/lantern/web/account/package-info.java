/** Tests of the managed team list and the admin's account changes. */
package uk.lantern.web.account;
