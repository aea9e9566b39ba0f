package uk.opencsc.protection;

import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * What other modules (the child in need plans) need to know of a child's child protection plans without reading
 * the protection tables. It does not check access or audit: the caller does.
 */
@Service
public class ChildProtectionPlans {

    private final ProtectionRepository repository;

    ChildProtectionPlans(ProtectionRepository repository) {
        this.repository = repository;
    }

    /**
     * @return the child's child protection plan that started on or before {@code date} and had not ended by the end
     *         of it, if any; a plan ending that day is not returned, as a child stepped down from a child protection
     *         plan starts their child in need plan on the day it ends
     */
    public Optional<ChildProtectionPlan> runningThrough(UUID personId, LocalDate date) {
        return repository.plansOf(personId).stream()
                .filter(p -> !p.startDate().isAfter(date) && (p.open() || p.endDate().isAfter(date))).findFirst();
    }
}
