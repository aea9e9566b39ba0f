/**
 * The audit log: every view of a child's record, search, export, sign-in and change, append-only and
 * hash-chained. Other modules publish this module's events; nothing else writes the log.
 */
@org.springframework.modulith.ApplicationModule
package uk.opencsc.audit;
