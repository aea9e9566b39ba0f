package uk.opencsc.timescales.adapters;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.opencsc.timescales.LocalSetting;
import uk.opencsc.timescales.PeriodUnit;
import uk.opencsc.timescales.RuleId;
import uk.opencsc.timescales.TimeLimit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The {@code timescale_local_setting} table: a local authority's changes to changeable rules, one row per change. */
@Repository
class LocalSettingsRepository {

    private final JdbcClient jdbc;

    LocalSettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One saved change.
     *
     * @param version the rule's setting version this change made (1 for its first change)
     */
    record StoredSetting(LocalSetting setting, int version, String createdBy, Instant createdAt) {
    }

    /** Every change, oldest first within each rule. */
    List<StoredSetting> all() {
        return jdbc.sql("""
                        select rule_id, effective_from, first_amount, first_unit, repeat_amount, repeat_unit, version,
                               created_by, created_at
                        from timescale_local_setting order by rule_id, version""")
                .query((rs, n) -> {
                    Integer repeatAmount = (Integer) rs.getObject("repeat_amount");
                    return new StoredSetting(new LocalSetting(
                            RuleId.of(rs.getString("rule_id")),
                            rs.getObject("effective_from", LocalDate.class),
                            TimeLimit.of(rs.getInt("first_amount"), PeriodUnit.valueOf(rs.getString("first_unit"))),
                            repeatAmount == null ? null : TimeLimit.of(repeatAmount, PeriodUnit.valueOf(rs.getString("repeat_unit")))),
                            rs.getInt("version"), rs.getString("created_by"),
                            rs.getObject("created_at", OffsetDateTime.class).toInstant());
                })
                .list();
    }

    /** The rule's current setting version: 0 while it has never been changed. */
    int currentVersion(RuleId rule) {
        return jdbc.sql("select coalesce(max(version), 0) from timescale_local_setting where rule_id = :rule")
                .param("rule", rule.value()).query(Integer.class).single();
    }

    /** @throws org.springframework.dao.DuplicateKeyException when another change already took {@code version} */
    void insert(LocalSetting setting, int version, String by) {
        jdbc.sql("""
                        insert into timescale_local_setting (id, rule_id, effective_from, first_amount, first_unit,
                            repeat_amount, repeat_unit, version, created_by, updated_by)
                        values (:id, :rule, :from, :firstAmount, :firstUnit, :repeatAmount, :repeatUnit, :version, :by, :by)""")
                .param("id", UUID.randomUUID())
                .param("rule", setting.rule().value())
                .param("from", setting.effectiveFrom())
                .param("firstAmount", setting.first().amount())
                .param("firstUnit", setting.first().unit().name())
                .param("repeatAmount", setting.repeat() == null ? null : setting.repeat().amount())
                .param("repeatUnit", setting.repeat() == null ? null : setting.repeat().unit().name())
                .param("version", version)
                .param("by", by)
                .update();
    }
}
