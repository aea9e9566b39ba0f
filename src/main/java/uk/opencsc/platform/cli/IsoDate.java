package uk.opencsc.platform.cli;

import picocli.CommandLine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads a command-line date (picocli {@code converter = IsoDate.class}), saying what was expected rather than quoting a parser exception. */
public final class IsoDate implements CommandLine.ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is not a real date written yyyy-MM-dd, like 2026-03-06");
        }
    }
}
