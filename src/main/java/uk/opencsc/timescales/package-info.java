/**
 * The statutory and local timescales as data, and the due work they make for each child: every obligation
 * with its due date and whether it is upcoming, due, overdue, met on time or late.
 */
@org.springframework.modulith.ApplicationModule
package uk.opencsc.timescales;
