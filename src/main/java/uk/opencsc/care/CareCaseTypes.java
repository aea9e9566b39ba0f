package uk.opencsc.care;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.opencsc.workforce.CaseType;
import uk.opencsc.workforce.CaseTypeSource;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** The looked after children (short breaks aside), for the workforce's caseload weighting. No access check: the caller's. */
@Component
class CareCaseTypes implements CaseTypeSource {

    private final JdbcClient jdbc;

    CareCaseTypes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CaseType caseType() {
        return CaseType.LOOKED_AFTER;
    }

    /** A period started on or before the day and not ended on or before it. */
    @Override
    public Set<UUID> childrenOn(LocalDate day) {
        return new HashSet<>(jdbc.sql("""
                        select distinct person_id from period_of_care
                        where not short_breaks and start_date <= :d and (end_date is null or end_date > :d)""")
                .param("d", day).query(UUID.class).list());
    }
}
