package uk.opencsc.returns.cin;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** The {@code <Header>} of a CIN census file. */
public record CensusHeader(
        String collection,
        String year,
        LocalDate referenceDate,
        String sourceLevel,
        String la,
        String softwareCode,
        String release,
        String serialNo,
        LocalDateTime dateTime) {}
