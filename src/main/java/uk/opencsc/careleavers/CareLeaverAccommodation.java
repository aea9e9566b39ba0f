package uk.opencsc.careleavers;

import java.time.LocalDate;
import java.util.UUID;

/** Where the care leaver lives from {@code from}, and whether the worker judges it suitable. */
public record CareLeaverAccommodation(UUID id, UUID personId, LocalDate from, AccommodationType type, boolean suitable) {

    /** The SSDA903 OC3 ACCOM code: the type's letter, then 1 for suitable or 2 for unsuitable (U1, S2...). */
    public String code() {
        return type.code() + (suitable ? "1" : "2");
    }
}
