package uk.opencsc.returns.cin;

import java.time.LocalDate;
import java.util.List;

/**
 * One {@code <Child>} of a CIN census, as the DfE's XML has it. Codes are kept as written (a file under
 * validation may carry a wrong one, which a rule must be able to name); a date or number that could not be read
 * is null here and reported by the reader against its element.
 *
 * @param position 1-based position of the child in the file, so a child without an LAchildID can still be named
 */
public record CensusChild(
        int position,
        String laChildId,
        String upn,
        String formerUpn,
        String upnUnknown,
        LocalDate birthDate,
        LocalDate expectedBirthDate,
        String sex,
        LocalDate deathDate,
        String ethnicity,
        List<String> disabilities,
        List<CinDetails> cinDetails) {

    public CensusChild {
        disabilities = List.copyOf(disabilities);
        cinDetails = List.copyOf(cinDetails);
    }

    /** How a failure names this child: the LAchildID, or its position when there is none. */
    public String name() {
        return laChildId == null || laChildId.isBlank() ? "child " + position : laChildId;
    }
}
