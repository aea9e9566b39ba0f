package uk.opencsc.people;

import uk.opencsc.platform.validation.InvalidValueException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What is recorded about a person (a child, or a parent or carer in the child's life) apart from
 * their local ID, addresses and relationships. The checks here need no clock; those that compare
 * with today (a date of birth in the future) are in {@link PersonRules}.
 *
 * @param middleNames             optional, null when none
 * @param preferredName           the name the person likes to be called, null when the same as the first name
 * @param genderIdentity          optional
 * @param dateOfBirth             exactly one of date of birth and
 * @param expectedDateOfBirth     expected date of birth (a child not yet born) is present
 * @param religion                optional
 * @param firstLanguage           optional
 * @param disabilities            CIN disability codes; empty when not recorded (an unborn child); NONE stands alone
 * @param upn                     exactly one of the UPN and
 * @param upnUnknownReason        the reason it is unknown may be present; neither is allowed (adults, not yet asked)
 * @param nhsNumber               optional
 * @param immigrationStatus       optional
 * @param dateOfDeath             optional; not before the date of birth
 * @param responsibleTeamId       the team responsible for the record (access scopes reads by it)
 * @param restrictedReason        required when {@code restricted}, null otherwise
 * @throws InvalidValueException naming the first field that breaks a rule
 */
public record PersonDetails(String firstName, String middleNames, String lastName, String preferredName,
                            Sex sex, GenderIdentity genderIdentity,
                            LocalDate dateOfBirth, LocalDate expectedDateOfBirth,
                            Ethnicity ethnicity, Religion religion, Language firstLanguage, boolean interpreterNeeded,
                            Set<Disability> disabilities,
                            UniquePupilNumber upn, UpnUnknownReason upnUnknownReason, NhsNumber nhsNumber,
                            boolean unaccompaniedAsylumSeekingChild, ImmigrationStatus immigrationStatus,
                            LocalDate dateOfDeath, UUID responsibleTeamId, boolean restricted, String restrictedReason) {

    public PersonDetails {
        firstName = required(firstName, "firstName", "First name");
        lastName = required(lastName, "lastName", "Last name");
        middleNames = optional(middleNames);
        preferredName = optional(preferredName);
        restrictedReason = optional(restrictedReason);
        if (sex == null) throw new InvalidValueException("sex", "Sex is required");
        if (ethnicity == null) throw new InvalidValueException("ethnicity", "Ethnicity is required");
        if (dateOfBirth == null && expectedDateOfBirth == null) {
            throw new InvalidValueException("dateOfBirth", "Enter a date of birth, or an expected date of birth for a child not yet born");
        }
        if (dateOfBirth != null && expectedDateOfBirth != null) {
            throw new InvalidValueException("expectedDateOfBirth", "Expected date of birth must be empty when the date of birth is known");
        }
        disabilities = disabilities == null || disabilities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(disabilities));
        if (disabilities.contains(Disability.NONE) && disabilities.size() > 1) {
            throw new InvalidValueException("disabilities", "Disabilities cannot be 'No disability' and a disability at once");
        }
        if (upn != null && upnUnknownReason != null) {
            throw new InvalidValueException("upnUnknownReason", "Reason the UPN is unknown must be empty when the UPN is known");
        }
        if (dateOfDeath != null && dateOfBirth == null) {
            throw new InvalidValueException("dateOfDeath", "Date of death needs a date of birth, not an expected date of birth");
        }
        if (dateOfDeath != null && dateOfDeath.isBefore(dateOfBirth)) {
            throw new InvalidValueException("dateOfDeath", "Date of death must be the same as or after the date of birth");
        }
        Objects.requireNonNull(responsibleTeamId, "responsibleTeamId");
        if (restricted && restrictedReason == null) {
            throw new InvalidValueException("restrictedReason", "Reason the record is restricted is required for a restricted record");
        }
        if (!restricted) {
            restrictedReason = null;
        }
    }

    /** True for a child not yet born (recorded with an expected date of birth). */
    public boolean unborn() {
        return dateOfBirth == null;
    }

    /** The full current name, as a heading shows it: "Amira Khan", with the preferred name in brackets when different. */
    public String displayName() {
        return displayName(firstName, lastName, preferredName);
    }

    /** "First Last", with the preferred name in brackets when it differs from the first name. */
    static String displayName(String firstName, String lastName, String preferredName) {
        String name = firstName + " " + lastName;
        return preferredName == null || preferredName.equals(firstName) ? name : name + " (" + preferredName + ")";
    }

    private static String required(String value, String field, String label) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, label + " is required");
        }
        return value.trim();
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
