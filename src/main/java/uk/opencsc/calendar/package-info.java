/**
 * Working days in England: Monday to Friday except England and Wales bank holidays, published ones as
 * data and later years computed, so every statutory "within N working days" is counted one way.
 */
@org.springframework.modulith.ApplicationModule
package uk.opencsc.calendar;
