/** Child in need plans within a child's CIN episode: their start, lead worker, needs and outcomes, reviews, visits and end. */
@org.springframework.modulith.ApplicationModule
package uk.opencsc.childinneed;
