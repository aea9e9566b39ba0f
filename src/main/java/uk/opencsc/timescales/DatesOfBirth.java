package uk.opencsc.timescales;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Which of these ids are children on record, and their dates of birth (some limits depend on age): people's part. */
public interface DatesOfBirth {

    /** @return the ids that are on record, each with their date of birth when known; an unknown id is absent */
    Map<UUID, Optional<LocalDate>> of(Collection<UUID> ids);
}
