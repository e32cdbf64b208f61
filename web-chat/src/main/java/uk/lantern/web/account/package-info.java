/** Staff accounts (worker, trainer, admin), the first admin from configuration, and the admin pages. */
package uk.lantern.web.account;
