/**
 * Work trays: each worker's due, overdue and upcoming work, and a team manager's view of the team's work and of
 * what waits for their authorisation. Nothing on a tray is entered by hand: it is worked out on each visit from the
 * children's journeys (the timescales), who holds each child (the workforce) and what modules hold for
 * authorisation ({@link uk.opencsc.worktray.AuthorisationQueue}).
 */
@org.springframework.modulith.ApplicationModule
package uk.opencsc.worktray;
