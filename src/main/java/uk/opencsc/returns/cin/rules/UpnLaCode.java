package uk.opencsc.returns.cin.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 1530: characters 2–4 of a UPN are the DfE number of the local authority that allocated it, so a number that
 * no authority has (or had since April 1998) means the UPN was mistyped or made up. The numbers are in
 * {@value #RESOURCE}, with their source.
 */
final class UpnLaCode implements ChildRule {

    static final String RESOURCE = "/returns/cin-la-codes.txt";
    static final Set<String> LA_CODES = read();

    @Override
    public String code() {
        return "1530";
    }

    @Override
    public String message() {
        return "UPN invalid (characters 2-4 not a recognised LA code)";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        String upn = child.upn();
        if (upn == null || upn.length() < 4) {
            return List.of();
        }
        return LA_CODES.contains(upn.substring(1, 4)) ? List.of() : List.of(UpnCheckLetter.UPN);
    }

    private static Set<String> read() {
        try (InputStream in = UpnLaCode.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing LA code list " + RESOURCE);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
