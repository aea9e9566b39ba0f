package uk.opencsc.care;

import java.time.LocalDate;
import java.util.UUID;

/** The independent reviewing officer's contact with the child between reviews (Annex A list 8's "last IRO visit / contact"). */
public record IroContact(UUID id, UUID periodId, LocalDate date, IroContactMethod method, boolean seenAlone, String childsViews,
                         String iro) {
}
