package uk.opencsc.care;

import java.time.LocalDate;
import java.util.UUID;

/** A looked after child's personal education plan was started or reviewed at a meeting. */
public record PepMeetingHeld(UUID meetingId, UUID personId, LocalDate date, boolean review) {
}
