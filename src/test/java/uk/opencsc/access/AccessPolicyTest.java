package uk.opencsc.access;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AccessPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final UUID OWN_TEAM = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID SAME_SERVICE_TEAM = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final UUID OTHER_SERVICE_TEAM = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    static final UUID GRANTED = UUID.fromString("00000000-0000-0000-0000-0000000000f1");

    static RecordFacts record(String which) {
        return switch (which) {
            case "own" -> new RecordFacts(UUID.randomUUID(), OWN_TEAM, false);
            case "service" -> new RecordFacts(UUID.randomUUID(), SAME_SERVICE_TEAM, false);
            case "other" -> new RecordFacts(UUID.randomUUID(), OTHER_SERVICE_TEAM, false);
            case "restricted" -> new RecordFacts(UUID.randomUUID(), OWN_TEAM, true);
            case "granted" -> new RecordFacts(GRANTED, OWN_TEAM, true);
            default -> throw new IllegalArgumentException(which);
        };
    }

    @ParameterizedTest(name = "{0} reading a record of {1}: read {2}, write {3}")
    @CsvSource({
            // role,                          record,     may read, may write
            "SOCIAL_WORKER,                   own,        true,     true",
            "SOCIAL_WORKER,                   service,    false,    false",
            "SOCIAL_WORKER,                   restricted, false,    false",
            "SOCIAL_WORKER,                   granted,    true,     true",
            "PERSONAL_ADVISER,                own,        true,     true",
            "PERSONAL_ADVISER,                other,      false,    false",
            "TEAM_MANAGER,                    own,        true,     true",
            "TEAM_MANAGER,                    service,    false,    false",
            "HEAD_OF_SERVICE,                 own,        true,     true",
            "HEAD_OF_SERVICE,                 service,    true,     true",
            "HEAD_OF_SERVICE,                 other,      false,    false",
            "HEAD_OF_SERVICE,                 restricted, false,    false",
            "INDEPENDENT_REVIEWING_OFFICER,   other,      true,     false",
            "INDEPENDENT_REVIEWING_OFFICER,   restricted, false,    false",
            "PERFORMANCE_ANALYST,             other,      true,     false",
            "INSPECTOR,                       other,      true,     false",
            "INSPECTOR,                       restricted, false,    false",
            "INSPECTOR,                       granted,    true,     false",
            "ADMINISTRATOR,                   own,        false,    false",
            "ADMINISTRATOR,                   other,      false,    false",
    })
    void a_role_reads_its_scope_and_a_restricted_record_only_with_a_grant(Role role, String which, boolean read, boolean write) {
        SignedInUser user = new SignedInUser(UUID.randomUUID(), "u", "U", role,
                role.readScope() == Role.Scope.TEAM ? OWN_TEAM : null, "Children in need and protection", null);
        ReadScope scope = AccessPolicy.readScope(user, Set.of(OWN_TEAM, SAME_SERVICE_TEAM), Set.of(GRANTED), TODAY);
        RecordFacts record = record(which);

        assertThat(scope.admits(record)).isEqualTo(read);
        assertThat(AccessPolicy.mayWrite(user, scope, record)).isEqualTo(write);
    }

    @ParameterizedTest(name = "access expiring {0} on {1}: reads {2}")
    @CsvSource({"2026-11-23, true", "2026-11-22, false"})
    void an_inspector_reads_nothing_from_the_day_after_their_access_expires(LocalDate expires, boolean reads) {
        SignedInUser inspector = new SignedInUser(UUID.randomUUID(), "i", "I", Role.INSPECTOR, null, null, expires);
        ReadScope scope = AccessPolicy.readScope(inspector, Set.of(), Set.of(), TODAY);
        assertThat(scope.admits(record("other"))).isEqualTo(reads);
    }

    @ParameterizedTest(name = "a record with no responsible team is read by {0}: {1}")
    @CsvSource({"SOCIAL_WORKER, false", "HEAD_OF_SERVICE, false", "PERFORMANCE_ANALYST, true"})
    void a_record_with_no_responsible_team_is_read_only_by_all_record_roles(Role role, boolean reads) {
        SignedInUser user = new SignedInUser(UUID.randomUUID(), "u", "U", role, OWN_TEAM, "s", null);
        ReadScope scope = AccessPolicy.readScope(user, Set.of(OWN_TEAM), Set.of(), TODAY);
        assertThat(scope.admits(new RecordFacts(UUID.randomUUID(), null, false))).isEqualTo(reads);
    }
}
