/** Tests of the admins' second factor parts: codes and sealed secrets (the sign-in flow is in the security tests). */
package uk.lantern.web.secondfactor;
