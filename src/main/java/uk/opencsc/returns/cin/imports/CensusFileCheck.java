package uk.opencsc.returns.cin.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusHeader;
import uk.opencsc.returns.cin.CensusPeriod;
import uk.opencsc.returns.cin.rules.CensusRule;
import uk.opencsc.returns.cin.rules.CensusValidator;
import uk.opencsc.returns.cin.rules.ElementPath;
import uk.opencsc.returns.cin.rules.ValidationReport;
import uk.opencsc.returns.cin.xml.CensusXmlReader;
import uk.opencsc.returns.cin.xml.ReadProblem;

/**
 * Reads a census file and runs every DfE rule over it in the same pass: each child is read, checked and handed on
 * (to an import that keeps it, or to nothing), so checking a file holds one child at a time plus what was found.
 * Plain Java: no database, no Spring; {@code validate cin}, {@code bench cin-validate} and {@code import cin} share it.
 */
public final class CensusFileCheck {

    /**
     * What a file holds that stops it: read problems (null child for the header or the file) and the rules' report.
     *
     * @param period the census year the rules were run for: the one the header's reference date falls in
     */
    public record Result(CensusHeader header, CensusPeriod period, List<ReadProblem> readProblems, ValidationReport report) {

        public Result {
            readProblems = List.copyOf(readProblems);
        }

        /** Queries alone do not fail a file: the DfE accepts them with an explanation. */
        public boolean failed() {
            return !readProblems.isEmpty() || report.errors() > 0;
        }
    }

    private final List<CensusRule> rules;
    private final LocalDate today;

    /**
     * @param today the date a file without a reference date is checked as of (its census year)
     */
    public CensusFileCheck(List<CensusRule> rules, LocalDate today) {
        this.rules = List.copyOf(rules);
        this.today = today;
    }

    public int ruleCount() {
        return rules.size();
    }

    /**
     * @param eachChild receives each child after it was checked (e.g. a progress bar, or an import collecting them)
     */
    public Result check(Path file, Consumer<CensusChild> eachChild) throws IOException {
        Pass pass = new Pass(eachChild);
        new CensusXmlReader().read(file, pass);
        if (pass.validator == null) {
            pass.header(null);
        }
        return new Result(pass.header, pass.period, pass.problems, pass.validator.finish());
    }

    private final class Pass implements CensusXmlReader.Listener {
        private final Consumer<CensusChild> eachChild;
        private final List<ReadProblem> problems = new ArrayList<>();
        private CensusHeader header;
        private CensusPeriod period;
        private CensusValidator validator;

        Pass(Consumer<CensusChild> eachChild) {
            this.eachChild = eachChild;
        }

        @Override
        public void header(CensusHeader header) {
            this.header = header;
            if (header == null || header.referenceDate() == null) {
                problems.add(new ReadProblem(null, ElementPath.of("Header/CollectionDetails/ReferenceDate"),
                        "the census's reference date (31 March of its year); the rules were run for the year containing "
                                + today));
                period = CensusPeriod.containing(today);
            } else {
                period = CensusPeriod.containing(header.referenceDate());
            }
            validator = new CensusValidator(header, period, rules);
        }

        @Override
        public void child(CensusChild child) {
            try {
                validator.check(child);
            } catch (RuntimeException e) {
                // a rule that cannot cope with what could not be read must not lose the report of the whole file
                problems.add(new ReadProblem(child.name(), ElementPath.of("Child"),
                        "a child the rules can check; checking stopped at " + e));
            }
            eachChild.accept(child);
        }

        @Override
        public void problem(ReadProblem problem) {
            problems.add(problem);
        }
    }
}
