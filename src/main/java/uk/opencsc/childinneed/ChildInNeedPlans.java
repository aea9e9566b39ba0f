package uk.opencsc.childinneed;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * What other modules (the workforce's caseload weighting) need to know of children's child in need plans without
 * reading the child in need tables. It does not check access or audit: the caller does.
 */
@Service
public class ChildInNeedPlans {

    private final JdbcClient jdbc;

    ChildInNeedPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every child with a child in need plan open on {@code date}: started on or before it, not ended on or before it. */
    public Set<UUID> childrenWithAPlanOpenOn(LocalDate date) {
        return new HashSet<>(jdbc.sql("""
                        select distinct person_id from child_in_need_plan
                        where start_date <= :d and (end_date is null or end_date > :d)""")
                .param("d", date).query(UUID.class).list());
    }
}
