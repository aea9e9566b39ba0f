package uk.opencsc.care;

import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * What the returns (Annex A list 8: "What is the permanence plan for this child?", "Date of last IRO visit / contact
 * to the child") need of many children's care planning at once, one query each. It does not check access or audit:
 * the caller does.
 */
@Service
public class CarePlans {

    private final CarePlanningRepository repository;

    CarePlans(CarePlanningRepository repository) {
        this.repository = repository;
    }

    /**
     * Each child's primary permanence plan in force on {@code date}: agreed on or before it, not ended before it, in
     * a period of care (not short breaks) that covers it. A child with none is absent.
     */
    public Map<UUID, PermanencePlanKind> primaryPlanOn(Collection<UUID> personIds, LocalDate date) {
        return repository.primaryPlanOn(personIds, date);
    }

    /** Each child's latest IRO visit or contact on or before {@code date}; a child with none is absent. */
    public Map<UUID, LocalDate> lastIroContactOn(Collection<UUID> personIds, LocalDate date) {
        return repository.lastContactOn(personIds, date);
    }
}
