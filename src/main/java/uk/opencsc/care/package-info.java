/** Children in care as the SSDA903 return models them: periods of care made of episodes (legal status, placement), their reviews, visits and health checks. */
@org.springframework.modulith.ApplicationModule
package uk.opencsc.care;
