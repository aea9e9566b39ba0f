/** The child's record: children and the other persons in their lives, their identity, addresses, relationships and search. */
@org.springframework.modulith.ApplicationModule
package uk.opencsc.people;
