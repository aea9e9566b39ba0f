package uk.opencsc.people;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a search for children looks for; null terms are not searched by. Every given term must match.
 *
 * @param name    names as typed, matched word by word, tolerant of spelling
 * @param localId the authority's ID, any case
 */
record SearchCriteria(String name, LocalDate dateOfBirth, NhsNumber nhsNumber, UniquePupilNumber upn, String localId) {

    SearchCriteria {
        name = name == null || NameKeys.fold(name).isEmpty() ? null : name.trim();
        localId = localId == null || localId.isBlank() ? null : localId.trim();
    }

    boolean isEmpty() {
        return name == null && dateOfBirth == null && nhsNumber == null && upn == null && localId == null;
    }

    /** The terms as the audit log records them. */
    Map<String, String> terms() {
        Map<String, String> terms = new LinkedHashMap<>();
        if (name != null) terms.put("name", name);
        if (dateOfBirth != null) terms.put("dateOfBirth", dateOfBirth.toString());
        if (nhsNumber != null) terms.put("nhsNumber", nhsNumber.value());
        if (upn != null) terms.put("upn", upn.value());
        if (localId != null) terms.put("localId", localId);
        return terms;
    }
}
