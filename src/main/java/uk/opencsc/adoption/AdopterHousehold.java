package uk.opencsc.adoption;

import java.time.Instant;
import java.util.UUID;

/** A stored household of prospective adopters, with who last changed it. */
public record AdopterHousehold(UUID id, HouseholdDetails details, int version, String updatedBy, Instant updatedAt) {
}
