/** Case notes (with their drafts) and the child's chronology, a read-only list of significant events built from the events other modules publish. */
@org.springframework.modulith.ApplicationModule
package uk.opencsc.chronology;
