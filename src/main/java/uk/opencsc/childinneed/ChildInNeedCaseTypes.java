package uk.opencsc.childinneed;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.opencsc.workforce.CaseType;
import uk.opencsc.workforce.CaseTypeSource;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** The children on a child in need plan, for the workforce's caseload weighting. No access check: the caller's. */
@Component
class ChildInNeedCaseTypes implements CaseTypeSource {

    private final JdbcClient jdbc;

    ChildInNeedCaseTypes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CaseType caseType() {
        return CaseType.CHILD_IN_NEED;
    }

    /** A plan started on or before the day and not ended on or before it. */
    @Override
    public Set<UUID> childrenOn(LocalDate day) {
        return new HashSet<>(jdbc.sql("""
                        select distinct person_id from child_in_need_plan
                        where start_date <= :d and (end_date is null or end_date > :d)""")
                .param("d", day).query(UUID.class).list());
    }
}
