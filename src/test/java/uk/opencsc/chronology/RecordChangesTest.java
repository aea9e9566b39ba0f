package uk.opencsc.chronology;

import org.junit.jupiter.api.Test;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.audit.RecordChanged.FieldChange;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RecordChangesTest {

    static final UUID CHILD = UUID.randomUUID();

    @Test
    void a_new_record_reads_as_created_with_its_local_id() {
        var created = new RecordChanged("person", CHILD.toString(), CHILD,
                List.of(new FieldChange("localId", null, "P0000042"), new FieldChange("firstName", null, "Amara")));
        assertThat(RecordChanges.entryFor(created)).hasValue(new RecordChanges.Entry(ChronologyKind.CHILDS_RECORD, "Record created (P0000042)"));
    }

    @Test
    void a_change_to_the_details_names_each_field_with_its_old_and_new_value() {
        var changed = new RecordChanged("person", CHILD.toString(), CHILD,
                List.of(new FieldChange("firstName", "Adaeze", "Ada"), new FieldChange("religion", "Christian", "Muslim")));
        assertThat(RecordChanges.entryFor(changed)).hasValue(new RecordChanges.Entry(ChronologyKind.CHILDS_RECORD,
                "Details changed: first name: Adaeze → Ada; religion: Christian → Muslim"));
    }

    @Test
    void an_address_and_a_relationship_are_in_the_chronology_under_their_own_kinds() {
        var moved = new RecordChanged("address", UUID.randomUUID().toString(), CHILD, List.of(new FieldChange("line1", null, "12 Mill Lane"),
                new FieldChange("postcode", null, "NM4 7QD"), new FieldChange("startDate", null, "2026-03-01")));
        assertThat(RecordChanges.entryFor(moved)).hasValue(new RecordChanges.Entry(ChronologyKind.ADDRESS,
                "Address recorded: 12 Mill Lane, NM4 7QD, start date 2026-03-01"));
        var related = new RecordChanged("relationship", UUID.randomUUID().toString(), CHILD, List.of(new FieldChange("type", null, "Child of")));
        assertThat(RecordChanges.entryFor(related)).get().extracting(RecordChanges.Entry::kind).isEqualTo(ChronologyKind.FAMILY);
    }

    @Test
    void changes_that_are_not_the_childs_record_are_left_out() {
        assertThat(RecordChanges.entryFor(new RecordChanged("team", "t", null, List.of(new FieldChange("name", null, "A"))))).isEmpty();
        assertThat(RecordChanges.entryFor(new RecordChanged("case-note", "n", CHILD, List.of(new FieldChange("text", null, "A"))))).isEmpty();
        assertThat(RecordChanges.entryFor(new RecordChanged("restricted-record-grant", "g", CHILD, List.of(new FieldChange("u", null, "A"))))).isEmpty();
    }
}
