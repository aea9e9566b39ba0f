package uk.opencsc.careleavers;

import java.time.LocalDate;
import java.util.UUID;

/** One contact with a care leaver (or an attempt at one): the day, whether in touch as the 903 counts it, and how. */
public record CareLeaverContact(UUID id, UUID personId, LocalDate date, InTouch inTouch, ContactMethod method, String notes,
                                String recordedBy) {
}
