package uk.opencsc.people;

import uk.opencsc.platform.validation.InvalidValueException;
import java.util.List;

/**
 * A person to load in bulk ({@link PeopleBulkLoad}): their details, their current address and their
 * relationships to other persons in the same load or already recorded.
 *
 * @param localId        the authority's ID for the person (letters and digits, at most 20), or null to have one
 *                       generated ("P" and seven digits)
 * @param currentAddress optional
 * @param relationships  optional; each is recorded with its inverse (a pair given from both ends is recorded once)
 */
public record NewPerson(String localId, PersonDetails details, NewAddress currentAddress, List<NewRelationship> relationships) {

    public NewPerson {
        if (localId != null && !LocalId.isWellFormed(localId)) {
            throw new InvalidValueException("localId", "Local ID must be 1 to 20 letters and digits");
        }
        if (details == null) throw new InvalidValueException("details", "Person's details are required");
        relationships = relationships == null ? List.of() : List.copyOf(relationships);
    }
}
