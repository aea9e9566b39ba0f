package uk.opencsc.people;

import org.springframework.validation.Errors;
import uk.opencsc.platform.validation.CodeList;
import uk.opencsc.platform.validation.FieldProblem;
import uk.opencsc.platform.validation.InvalidValueException;
import uk.opencsc.platform.validation.UnknownCodeException;
import uk.opencsc.platform.web.DateInput;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The person form as typed: every value kept as entered so a rejected form shows it back. The
 * address fields are used when creating a record (its first address); editing leaves them empty.
 *
 * @param version the version of the record the form was opened on (edit only)
 * @param confirmed "yes" once the user has seen the likely duplicates and still wants a new record
 */
record PersonForm(String firstName, String middleNames, String lastName, String preferredName,
                  String sex, String genderIdentity, DateInput dateOfBirth, DateInput expectedDateOfBirth,
                  String ethnicity, String religion, String firstLanguage, String interpreterNeeded, List<String> disabilities,
                  String upn, String upnUnknownReason, String nhsNumber, String unaccompaniedAsylumSeekingChild,
                  String immigrationStatus, DateInput dateOfDeath, String responsibleTeamId, String restricted, String restrictedReason,
                  String line1, String line2, String town, String postcode, DateInput addressStartDate,
                  Integer version, String confirmed) {

    /** How the error messages name the coded fields. */
    static final Map<String, String> LABELS = Map.of("sex", "Sex", "genderIdentity", "Gender identity", "ethnicity", "Ethnicity",
            "religion", "Religion", "firstLanguage", "First language", "disabilities", "Disabilities",
            "upnUnknownReason", "Reason the UPN is not known", "immigrationStatus", "Immigration status",
            "relationshipType", "Relationship", "kind", "Kind of name");

    static PersonForm blank(UUID team) {
        return new PersonForm("", "", "", "", null, null, DateInput.empty(), DateInput.empty(), null, null, null, "no", List.of(),
                "", null, "", "no", null, DateInput.empty(), team == null ? null : team.toString(), "no", "",
                "", "", "", "", DateInput.empty(), null, null);
    }

    static PersonForm of(StoredPerson p) {
        PersonDetails d = p.details();
        return new PersonForm(d.firstName(), nz(d.middleNames()), d.lastName(), nz(d.preferredName()), d.sex().code(), code(d.genderIdentity()),
                DateInput.of(d.dateOfBirth()), DateInput.of(d.expectedDateOfBirth()), d.ethnicity().code(), code(d.religion()),
                code(d.firstLanguage()), yesNo(d.interpreterNeeded()), d.disabilities().stream().sorted().map(Disability::code).toList(),
                d.upn() == null ? "" : d.upn().value(), code(d.upnUnknownReason()), d.nhsNumber() == null ? "" : d.nhsNumber().formatted(),
                yesNo(d.unaccompaniedAsylumSeekingChild()), code(d.immigrationStatus()), DateInput.of(d.dateOfDeath()),
                d.responsibleTeamId().toString(), yesNo(d.restricted()), nz(d.restrictedReason()),
                "", "", "", "", DateInput.empty(), p.version(), null);
    }

    /** The same typed values, opened on {@code newVersion}: after a conflict, saving again is a deliberate choice. */
    PersonForm withVersion(int newVersion) {
        return new PersonForm(firstName, middleNames, lastName, preferredName, sex, genderIdentity, dateOfBirth, expectedDateOfBirth,
                ethnicity, religion, firstLanguage, interpreterNeeded, disabilities, upn, upnUnknownReason, nhsNumber,
                unaccompaniedAsylumSeekingChild, immigrationStatus, dateOfDeath, responsibleTeamId, restricted, restrictedReason,
                line1, line2, town, postcode, addressStartDate, newVersion, confirmed);
    }

    /**
     * The same typed values with the record's responsible team: the edit form does not offer the team, which
     * moves only with the child's allocation (the workforce module).
     */
    PersonForm withResponsibleTeam(UUID team) {
        return new PersonForm(firstName, middleNames, lastName, preferredName, sex, genderIdentity, dateOfBirth, expectedDateOfBirth,
                ethnicity, religion, firstLanguage, interpreterNeeded, disabilities, upn, upnUnknownReason, nhsNumber,
                unaccompaniedAsylumSeekingChild, immigrationStatus, dateOfDeath, team.toString(), restricted, restrictedReason,
                line1, line2, town, postcode, addressStartDate, version, confirmed);
    }

    boolean hasAddress() {
        return !blank(line1) || !blank(line2) || !blank(town) || !blank(postcode) || (addressStartDate != null && !addressStartDate.isBlank());
    }

    boolean isConfirmed() {
        return "yes".equals(confirmed);
    }

    /**
     * Checks every field, naming each one that is wrong, and returns the details when all are right.
     *
     * @return null when {@code errors} has any
     */
    PersonDetails toDetails(Errors errors, LocalDate today) {
        require(firstName, "firstName", "Enter the first name", errors);
        require(lastName, "lastName", "Enter the last name", errors);
        Sex sexValue = code(Sex.class, sex, "sex", "Select the sex", errors, true);
        GenderIdentity gender = code(GenderIdentity.class, genderIdentity, "genderIdentity", null, errors, false);
        LocalDate dob = date(dateOfBirth, "dateOfBirth", "Date of birth", errors);
        LocalDate edob = date(expectedDateOfBirth, "expectedDateOfBirth", "Expected date of birth", errors);
        boolean datesTyped = !errors.hasFieldErrors("dateOfBirth") && !errors.hasFieldErrors("expectedDateOfBirth");
        if (datesTyped && dob == null && edob == null) {
            errors.rejectValue("dateOfBirth", "required", "Enter the date of birth, or an expected date of birth for a child not yet born");
        }
        if (dob != null && edob != null) {
            errors.rejectValue("expectedDateOfBirth", "both", "Expected date of birth must be empty when the date of birth is known");
        }
        Ethnicity ethnicityValue = code(Ethnicity.class, ethnicity, "ethnicity", "Select the ethnicity (or 'Information not yet obtained')", errors, true);
        Religion religionValue = code(Religion.class, religion, "religion", null, errors, false);
        Language language = code(Language.class, firstLanguage, "firstLanguage", null, errors, false);
        Set<Disability> disabilitySet = EnumSet.noneOf(Disability.class);
        for (String c : disabilities == null ? List.<String>of() : disabilities) {
            Disability d = code(Disability.class, c, "disabilities", null, errors, false);
            if (d != null) disabilitySet.add(d);
        }
        if (disabilitySet.contains(Disability.NONE) && disabilitySet.size() > 1) {
            errors.rejectValue("disabilities", "none", "Disabilities cannot be 'No disability' and a disability at once");
        }
        UniquePupilNumber upnValue = null;
        if (!blank(upn)) {
            try {
                upnValue = UniquePupilNumber.of(upn);
            } catch (InvalidValueException e) {
                errors.rejectValue("upn", "invalid", e.getMessage());
            }
        }
        UpnUnknownReason upnUnknown = code(UpnUnknownReason.class, upnUnknownReason, "upnUnknownReason", null, errors, false);
        if (!blank(upn) && upnUnknown != null) {
            errors.rejectValue("upnUnknownReason", "both", "Reason the UPN is unknown must be empty when the UPN is entered");
        }
        NhsNumber nhs = null;
        if (!blank(nhsNumber)) {
            try {
                nhs = NhsNumber.of(nhsNumber);
            } catch (InvalidValueException e) {
                errors.rejectValue("nhsNumber", "invalid", e.getMessage());
            }
        }
        ImmigrationStatus immigration = code(ImmigrationStatus.class, immigrationStatus, "immigrationStatus", null, errors, false);
        LocalDate dod = date(dateOfDeath, "dateOfDeath", "Date of death", errors);
        if (dod != null && dob == null && edob != null) {
            errors.rejectValue("dateOfDeath", "unborn", "Date of death needs a date of birth, not an expected date of birth");
        } else if (dod != null && dob != null && dod.isBefore(dob)) {
            errors.rejectValue("dateOfDeath", "beforeBirth", "Date of death must be the same as or after the date of birth");
        }
        UUID team = null;
        if (blank(responsibleTeamId)) {
            errors.rejectValue("responsibleTeamId", "required", "Select the responsible team");
        } else {
            try {
                team = UUID.fromString(responsibleTeamId.trim());
            } catch (IllegalArgumentException e) {
                errors.rejectValue("responsibleTeamId", "invalid", "Select the responsible team from the list");
            }
        }
        boolean isRestricted = yes(restricted);
        if (isRestricted && blank(restrictedReason)) {
            errors.rejectValue("restrictedReason", "required", "Enter why the record is restricted");
        }
        if (errors.hasErrors()) {
            return null;
        }
        try {
            PersonDetails details = new PersonDetails(firstName, middleNames, lastName, preferredName, sexValue, gender, dob, edob,
                    ethnicityValue, religionValue, language, yes(interpreterNeeded), disabilitySet, upnValue, upnUnknown, nhs,
                    yes(unaccompaniedAsylumSeekingChild), immigration, dod, team, isRestricted, restrictedReason);
            for (FieldProblem problem : PersonRules.datesOn(details, today)) {
                errors.rejectValue(problem.field(), "rule", problem.message());
            }
            return errors.hasErrors() ? null : details;
        } catch (InvalidValueException e) {
            errors.rejectValue(e.field(), "invalid", e.getMessage());
            return null;
        }
    }

    /** The first address, when any of its fields was typed; all but line 2 are then required. @return null when none or wrong */
    NewAddress toAddress(Errors errors) {
        if (!hasAddress()) {
            return null;
        }
        return AddressForm.toAddress(line1, line2, town, postcode, addressStartDate, "line1", "line2", "town", "postcode", "addressStartDate", errors);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean yes(String s) {
        return "yes".equals(s);
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String code(CodeList c) {
        return c == null ? null : c.code();
    }

    private static void require(String value, String field, String message, Errors errors) {
        if (blank(value)) {
            errors.rejectValue(field, "required", message);
        }
    }

    /** An optional or required code; an unknown code (a tampered form) is refused naming the field. */
    static <E extends Enum<E> & CodeList> E code(Class<E> type, String value, String field, String requiredMessage, Errors errors, boolean required) {
        if (blank(value)) {
            if (required) errors.rejectValue(field, "required", requiredMessage);
            return null;
        }
        try {
            return CodeList.fromCode(type, field, value.trim());
        } catch (UnknownCodeException e) {
            // only a tampered or stale form sends a code the list does not have
            errors.rejectValue(field, "unknown", LABELS.getOrDefault(field, field) + " must be one of the options listed");
            return null;
        }
    }

    static LocalDate date(DateInput input, String field, String label, Errors errors) {
        if (input == null) {
            return null;
        }
        var problem = input.problem();
        if (problem.isPresent()) {
            errors.rejectValue(field, "invalid", label + " " + problem.get());
            return null;
        }
        return input.toDate().orElse(null);
    }
}
