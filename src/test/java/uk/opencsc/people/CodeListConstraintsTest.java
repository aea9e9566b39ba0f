package uk.opencsc.people;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.opencsc.platform.validation.CodeList;
import uk.opencsc.support.IntegrationTest;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The database's CHECK constraints hold exactly the codes of the Java code lists, so neither accepts what the other refuses. */
@IntegrationTest
class CodeListConstraintsTest {

    @Autowired JdbcClient jdbc;

    List<String> codesAllowedBy(String constraint) {
        String definition = jdbc.sql("select pg_get_constraintdef(oid) from pg_constraint where conname = :name")
                .param("name", constraint).query(String.class).single();
        Matcher m = Pattern.compile("'([^']+)'::text").matcher(definition);
        List<String> codes = new java.util.ArrayList<>();
        while (m.find()) codes.add(m.group(1));
        return codes;
    }

    static List<String> codes(CodeList[] values) {
        return Arrays.stream(values).map(CodeList::code).toList();
    }

    @Test
    void every_code_list_column_allows_exactly_the_codes_of_its_enum() {
        assertThat(codesAllowedBy("person_sex_check")).containsExactlyInAnyOrderElementsOf(codes(Sex.values()));
        assertThat(codesAllowedBy("person_gender_identity_check")).containsExactlyInAnyOrderElementsOf(codes(GenderIdentity.values()));
        assertThat(codesAllowedBy("person_ethnicity_check")).containsExactlyInAnyOrderElementsOf(codes(Ethnicity.values()));
        assertThat(codesAllowedBy("person_religion_check")).containsExactlyInAnyOrderElementsOf(codes(Religion.values()));
        assertThat(codesAllowedBy("person_first_language_check")).containsExactlyInAnyOrderElementsOf(codes(Language.values()));
        assertThat(codesAllowedBy("person_upn_unknown_reason_check")).containsExactlyInAnyOrderElementsOf(codes(UpnUnknownReason.values()));
        assertThat(codesAllowedBy("person_immigration_status_check")).containsExactlyInAnyOrderElementsOf(codes(ImmigrationStatus.values()));
        assertThat(codesAllowedBy("person_disability_disability_check")).containsExactlyInAnyOrderElementsOf(codes(Disability.values()));
        assertThat(codesAllowedBy("person_name_kind_check")).containsExactlyInAnyOrderElementsOf(codes(NameKind.values()));
        assertThat(codesAllowedBy("relationship_type_check")).containsExactlyInAnyOrderElementsOf(codes(RelationshipType.values()));
    }
}
