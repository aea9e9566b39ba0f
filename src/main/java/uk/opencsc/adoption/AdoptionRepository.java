package uk.opencsc.adoption;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.opencsc.platform.validation.CodeList;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The adoption tables: adoption_record with adoption_sibling, permanence_order and adopter_household. Updates name
 * the version read (optimistic locking): zero rows updated means someone saved first.
 */
@Repository
class AdoptionRepository {

    private static final String RECORD_COLUMNS = """
            id, person_id, entered_care_date, adm_decision_date, authority, placement_order_date, placement_order_court,
            matched_date, household_id, early_placement_kind, early_placement_date, placed_date, adoption_order_date,
            reversed_date, reversed_reason, siblings_placed, siblings_apart_reason, version, updated_by, updated_at""";
    private static final String HOUSEHOLD_COLUMNS = """
            id, family_ref, first_adopter, second_adopter, adopters_sex, legal_status, fostering_for_adoption, enquiry_date,
            stage1_start, stage1_end, stage2_start, stage2_end, approval_date, approved_by, left_date, left_reason, version,
            updated_by, updated_at""";

    private final JdbcClient jdbc;

    AdoptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // the child's record

    Optional<AdoptionRecord> recordOf(UUID personId) {
        Set<UUID> siblings = new HashSet<>(jdbc.sql("""
                        select s.sibling_id from adoption_sibling s join adoption_record r on r.id = s.record_id
                        where r.person_id = :p""")
                .param("p", personId).query(UUID.class).list());
        return jdbc.sql("select " + RECORD_COLUMNS + " from adoption_record where person_id = :p").param("p", personId)
                .query((rs, n) -> record(rs, siblings)).optional();
    }

    /** A new record starts at version 1, so a form opened before any record existed (version 0) cannot overwrite one. */
    void insertRecord(UUID id, UUID personId, AdoptionMilestones m, String actor) {
        jdbc.sql("""
                        insert into adoption_record (id, person_id, entered_care_date, adm_decision_date, authority,
                            placement_order_date, placement_order_court, matched_date, household_id, early_placement_kind,
                            early_placement_date, placed_date, adoption_order_date, reversed_date, reversed_reason,
                            siblings_placed, siblings_apart_reason, version, created_by, updated_by)
                        values (:id, :person, :enteredCare, :adm, :authority, :po, :court, :matched, :household, :earlyKind,
                            :earlyDate, :placed, :ao, :reversed, :reason, :siblingsPlaced, :apartReason, 1, :actor, :actor)""")
                .param("id", id).param("person", personId).params(milestoneParams(m, actor)).update();
        replaceSiblings(id, m.siblingIds());
    }

    /** @return false when the record's version is no longer {@code expectedVersion} (nothing written) */
    boolean updateRecord(UUID id, int expectedVersion, AdoptionMilestones m, String actor) {
        int rows = jdbc.sql("""
                        update adoption_record set entered_care_date = :enteredCare, adm_decision_date = :adm,
                            authority = :authority, placement_order_date = :po, placement_order_court = :court,
                            matched_date = :matched, household_id = :household, early_placement_kind = :earlyKind,
                            early_placement_date = :earlyDate, placed_date = :placed, adoption_order_date = :ao,
                            reversed_date = :reversed, reversed_reason = :reason, siblings_placed = :siblingsPlaced,
                            siblings_apart_reason = :apartReason, version = version + 1, updated_by = :actor, updated_at = now()
                        where id = :id and version = :version""")
                .param("id", id).param("version", expectedVersion).params(milestoneParams(m, actor)).update();
        if (rows == 0) {
            return false;
        }
        replaceSiblings(id, m.siblingIds());
        return true;
    }

    private void replaceSiblings(UUID recordId, Set<UUID> siblings) {
        jdbc.sql("delete from adoption_sibling where record_id = :r").param("r", recordId).update();
        for (UUID sibling : siblings) {
            jdbc.sql("insert into adoption_sibling (record_id, sibling_id) values (:r, :s)").param("r", recordId)
                    .param("s", sibling).update();
        }
    }

    private static Map<String, Object> milestoneParams(AdoptionMilestones m, String actor) {
        Map<String, Object> p = new HashMap<>();
        p.put("enteredCare", m.enteredCareDate());
        p.put("adm", m.admDecisionDate());
        p.put("authority", code(m.authority()));
        p.put("po", m.placementOrderDate());
        p.put("court", m.placementOrderCourt());
        p.put("matched", m.matchedDate());
        p.put("household", m.householdId());
        p.put("earlyKind", code(m.earlyPlacementKind()));
        p.put("earlyDate", m.earlyPlacementDate());
        p.put("placed", m.placedDate());
        p.put("ao", m.adoptionOrderDate());
        p.put("reversed", m.reversedDate());
        p.put("reason", code(m.reversedReason()));
        p.put("siblingsPlaced", code(m.siblingsPlaced()));
        p.put("apartReason", m.siblingsApartReason());
        p.put("actor", actor);
        return p;
    }

    private static AdoptionRecord record(ResultSet rs, Set<UUID> siblings) throws SQLException {
        AdoptionMilestones m = new AdoptionMilestones(date(rs, "entered_care_date"), date(rs, "adm_decision_date"),
                code(PlacementAuthority.class, rs.getString("authority")), date(rs, "placement_order_date"),
                rs.getString("placement_order_court"), date(rs, "matched_date"), rs.getObject("household_id", UUID.class),
                code(EarlyPlacementKind.class, rs.getString("early_placement_kind")), date(rs, "early_placement_date"),
                date(rs, "placed_date"), date(rs, "adoption_order_date"), date(rs, "reversed_date"),
                code(ReversalReason.class, rs.getString("reversed_reason")), siblings,
                code(SiblingsPlaced.class, rs.getString("siblings_placed")), rs.getString("siblings_apart_reason"));
        return new AdoptionRecord(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class), m,
                rs.getInt("version"), rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant());
    }

    /** Every child's record, without siblings (for the adoption team's list). */
    List<AdoptionRecord> allRecords() {
        return jdbc.sql("select " + RECORD_COLUMNS + " from adoption_record").query((rs, n) -> record(rs, Set.of())).list();
    }

    // permanence orders

    List<PermanenceOrder> ordersOf(UUID personId) {
        return jdbc.sql("select id, person_id, kind, order_date, made_to from permanence_order where person_id = :p order by order_date desc")
                .param("p", personId)
                .query((rs, n) -> new PermanenceOrder(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                        PermanenceOrderKind.valueOf(rs.getString("kind")), date(rs, "order_date"), rs.getString("made_to")))
                .list();
    }

    void insertOrder(PermanenceOrder o, String actor) {
        jdbc.sql("""
                        insert into permanence_order (id, person_id, kind, order_date, made_to, created_by, updated_by)
                        values (:id, :p, :kind, :date, :to, :actor, :actor)""")
                .param("id", o.id()).param("p", o.personId()).param("kind", o.kind().code()).param("date", o.orderDate())
                .param("to", o.madeTo().trim()).param("actor", actor).update();
    }

    // adopter households

    List<AdopterHousehold> households() {
        return jdbc.sql("select " + HOUSEHOLD_COLUMNS + " from adopter_household order by enquiry_date desc, family_ref")
                .query((rs, n) -> household(rs)).list();
    }

    Optional<AdopterHousehold> household(UUID id) {
        return jdbc.sql("select " + HOUSEHOLD_COLUMNS + " from adopter_household where id = :id").param("id", id)
                .query((rs, n) -> household(rs)).optional();
    }

    boolean familyRefTaken(String familyRef, UUID exceptId) {
        return jdbc.sql("select count(*) from adopter_household where family_ref = :f and id <> :id")
                .param("f", familyRef).param("id", exceptId == null ? new UUID(0, 0) : exceptId).query(Long.class).single() > 0;
    }

    void insertHousehold(UUID id, HouseholdDetails h, String actor) {
        jdbc.sql("""
                        insert into adopter_household (id, family_ref, first_adopter, second_adopter, adopters_sex, legal_status,
                            fostering_for_adoption, enquiry_date, stage1_start, stage1_end, stage2_start, stage2_end,
                            approval_date, approved_by, left_date, left_reason, created_by, updated_by)
                        values (:id, :ref, :first, :second, :sex, :ls, :ffa, :enquiry, :s1s, :s1e, :s2s, :s2e, :approval,
                            :approvedBy, :left, :leftReason, :actor, :actor)""")
                .param("id", id).params(householdParams(h, actor)).update();
    }

    /** @return false when the household's version is no longer {@code expectedVersion} (nothing written) */
    boolean updateHousehold(UUID id, int expectedVersion, HouseholdDetails h, String actor) {
        return jdbc.sql("""
                        update adopter_household set family_ref = :ref, first_adopter = :first, second_adopter = :second,
                            adopters_sex = :sex, legal_status = :ls, fostering_for_adoption = :ffa, enquiry_date = :enquiry,
                            stage1_start = :s1s, stage1_end = :s1e, stage2_start = :s2s, stage2_end = :s2e,
                            approval_date = :approval, approved_by = :approvedBy, left_date = :left, left_reason = :leftReason,
                            version = version + 1, updated_by = :actor, updated_at = now()
                        where id = :id and version = :version""")
                .param("id", id).param("version", expectedVersion).params(householdParams(h, actor)).update() > 0;
    }

    /** How many of each household's children reached the match, the placement and the adoption order. */
    Map<UUID, AdopterStages.ChildrenProgress> childrenProgress() {
        Map<UUID, AdopterStages.ChildrenProgress> progress = new HashMap<>();
        jdbc.sql("""
                        select household_id, count(matched_date), count(placed_date), count(adoption_order_date)
                        from adoption_record where household_id is not null and reversed_date is null group by household_id""")
                .query(rs -> {
                    progress.put(rs.getObject(1, UUID.class), new AdopterStages.ChildrenProgress(rs.getInt(2), rs.getInt(3), rs.getInt(4)));
                });
        return progress;
    }

    private static Map<String, Object> householdParams(HouseholdDetails h, String actor) {
        Map<String, Object> p = new HashMap<>();
        p.put("ref", h.familyRef());
        p.put("first", h.firstAdopter());
        p.put("second", h.secondAdopter());
        p.put("sex", code(h.adoptersSex()));
        p.put("ls", code(h.legalStatus()));
        p.put("ffa", h.fosteringForAdoption());
        p.put("enquiry", h.enquiryDate());
        p.put("s1s", h.stage1Start());
        p.put("s1e", h.stage1End());
        p.put("s2s", h.stage2Start());
        p.put("s2e", h.stage2End());
        p.put("approval", h.approvalDate());
        p.put("approvedBy", code(h.approvedBy()));
        p.put("left", h.leftDate());
        p.put("leftReason", code(h.leftReason()));
        p.put("actor", actor);
        return p;
    }

    private static AdopterHousehold household(ResultSet rs) throws SQLException {
        HouseholdDetails h = new HouseholdDetails(rs.getString("family_ref"), rs.getString("first_adopter"),
                rs.getString("second_adopter"), code(AdoptersSex.class, rs.getString("adopters_sex")),
                code(AdoptersLegalStatus.class, rs.getString("legal_status")), rs.getBoolean("fostering_for_adoption"),
                date(rs, "enquiry_date"), date(rs, "stage1_start"), date(rs, "stage1_end"), date(rs, "stage2_start"),
                date(rs, "stage2_end"), date(rs, "approval_date"), code(ApprovedBy.class, rs.getString("approved_by")),
                date(rs, "left_date"), code(AdopterLeavingReason.class, rs.getString("left_reason")));
        return new AdopterHousehold(rs.getObject("id", UUID.class), h, rs.getInt("version"), rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static String code(CodeList c) {
        return c == null ? null : c.code();
    }

    private static <E extends Enum<E> & CodeList> E code(Class<E> type, String code) {
        return CodeList.fromOptionalCode(type, type.getSimpleName(), code);
    }
}
