package uk.opencsc.people;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Persons as tests need them, in the domain's words. */
final class People {

    private People() {
    }

    /** A local ID no other test uses. */
    static String aLocalId() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    static PersonDetails aChild(String first, String last, LocalDate born, UUID team) {
        return new PersonDetails(first, null, last, null, Sex.FEMALE, null, born, null, Ethnicity.WBRI, null, Language.ENGLISH,
                false, Set.of(Disability.NONE), null, UpnUnknownReason.UN1, null, false, null, null, team, false, null);
    }

    static PersonDetails anUnbornChild(String last, LocalDate expected, UUID team) {
        return new PersonDetails("Baby", null, last, null, Sex.UNKNOWN, null, null, expected, Ethnicity.NOBT, null, null,
                false, Set.of(), null, null, null, false, null, null, team, false, null);
    }

    static PersonDetails aRestrictedChild(String first, String last, LocalDate born, UUID team) {
        return new PersonDetails(first, null, last, null, Sex.MALE, null, born, null, Ethnicity.WBRI, null, null,
                false, Set.of(), null, null, null, false, null, null, team, true, "Child of a member of staff");
    }

    static PersonDetails anAdult(String first, String last, LocalDate born, UUID team) {
        return new PersonDetails(first, null, last, null, Sex.FEMALE, null, born, null, Ethnicity.WBRI, null, Language.ENGLISH,
                false, Set.of(), null, null, null, false, null, null, team, false, null);
    }
}
