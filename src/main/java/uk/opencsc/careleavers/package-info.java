/** Care leavers: a young person's leaving care category, contacts, accommodation, activity, pathway plan and its reviews, staying put, and support to 21 and 25. */
@org.springframework.modulith.ApplicationModule
package uk.opencsc.careleavers;
