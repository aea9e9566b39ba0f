package uk.opencsc.protection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What other modules (the child in need plans) need to know of a child's child protection plans without reading
 * the protection tables. It does not check access or audit: the caller does.
 */
@Service
public class ChildProtectionPlans {

    private final ProtectionRepository repository;
    private final JdbcClient jdbc;

    ChildProtectionPlans(ProtectionRepository repository, JdbcClient jdbc) {
        this.repository = repository;
        this.jdbc = jdbc;
    }

    /**
     * Every child with a child protection plan running through {@code date} (as {@link #runningThrough}), in one
     * query: for lists over many children (the workforce's caseload weighting).
     */
    public Set<UUID> childrenWithAPlanRunningThrough(LocalDate date) {
        return new HashSet<>(jdbc.sql("""
                        select distinct person_id from child_protection_plan
                        where start_date <= :d and (end_date is null or end_date > :d)""")
                .param("d", date).query(UUID.class).list());
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
