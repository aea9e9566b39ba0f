/** The front door: contacts and the manager's decision on each, early help episodes, and referrals, each opening a CIN episode. */
@org.springframework.modulith.ApplicationModule
package uk.opencsc.frontdoor;
