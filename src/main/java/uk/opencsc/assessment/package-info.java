/** Child and family assessments within a child's CIN episode: started, written, submitted, returned and authorised by a manager against the 45-working-day clock from the referral. */
@org.springframework.modulith.ApplicationModule
package uk.opencsc.assessment;
