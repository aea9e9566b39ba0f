package uk.opencsc.protection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.opencsc.workforce.CaseType;
import uk.opencsc.workforce.CaseTypeSource;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** The children on a child protection plan, for the workforce's caseload weighting. No access check: the caller's. */
@Component
class ProtectionCaseTypes implements CaseTypeSource {

    private final JdbcClient jdbc;

    ProtectionCaseTypes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CaseType caseType() {
        return CaseType.CHILD_PROTECTION;
    }

    /** A plan running through the day, as {@link ChildProtectionPlans#runningThrough}: one ending that day does not count. */
    @Override
    public Set<UUID> childrenOn(LocalDate day) {
        return new HashSet<>(jdbc.sql("""
                        select distinct person_id from child_protection_plan
                        where start_date <= :d and (end_date is null or end_date > :d)""")
                .param("d", day).query(UUID.class).list());
    }
}
