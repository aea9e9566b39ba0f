package uk.opencsc.people;

import java.time.LocalDate;
import java.util.UUID;

/** A former name or a name the person is also known by. @param usedUntil exclusive, null when not known */
record OtherName(UUID id, NameKind kind, String firstName, String middleNames, String lastName, LocalDate usedUntil) {

    public String fullName() {
        return String.join(" ", java.util.stream.Stream.of(firstName, middleNames, lastName).filter(s -> s != null && !s.isBlank()).toList());
    }
}
