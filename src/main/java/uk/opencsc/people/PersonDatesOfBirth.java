package uk.opencsc.people;

import org.springframework.stereotype.Component;
import uk.opencsc.timescales.DatesOfBirth;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The timescales' one read of who is on record and when they were born, for every journey source at once. */
@Component
class PersonDatesOfBirth implements DatesOfBirth {

    private final PersonLookup persons;

    PersonDatesOfBirth(PersonLookup persons) {
        this.persons = persons;
    }

    @Override
    public Map<UUID, Optional<LocalDate>> of(Collection<UUID> ids) {
        Map<UUID, Optional<LocalDate>> born = new HashMap<>(ids.size() * 2);
        persons.findAll(ids).forEach((id, p) -> born.put(id, Optional.ofNullable(p.dateOfBirth())));
        return born;
    }
}
