package uk.opencsc.audit;

import java.util.UUID;

/** Someone tried to read or change a record outside their access. */
public record AccessRefused(UUID personId, String attempted) {
}
