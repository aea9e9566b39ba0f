package uk.opencsc.returns.cin.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.opencsc.access.AccessAdministration;
import uk.opencsc.platform.cli.ProgressBar;
import uk.opencsc.platform.cli.SubcommandOf;
import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.rules.CinCensusRules;
import uk.opencsc.returns.cin.rules.Severity;

/**
 * {@code import cin FILE --team NAME} (or {@code --new-team NAME} for a first load into an empty record): a CIN census
 * loaded into the record, all or nothing. The whole file is read and
 * checked first (unreadable elements and the DfE's errors refuse it, as {@code validate cin} prints them); then
 * {@link CinCensusImport} loads it in one transaction through the journey modules' own rules. A refusal prints
 * {@code child<TAB>element<TAB>rule<TAB>message} for each problem and changes nothing; exit 1.
 */
@Component
@Command(name = "cin", mixinStandardHelpOptions = true,
        description = "Load a CIN census XML file into the record (children matched by LAchildID, else UPN), all or nothing; "
                + "a refused file is reported by child and element and changes nothing.")
class CinImportCommand implements SubcommandOf, Callable<Integer> {

    /** The rule column of a problem found by a journey module's rules while loading. */
    static final String LOAD = "load";

    @Parameters(index = "0", paramLabel = "FILE", description = "The CIN census XML file.")
    Path file;

    @picocli.CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    Team team;

    static class Team {
        @Option(names = "--team", required = true, description = "The team that a child new to the record is recorded under (its name).")
        String existing;

        @Option(names = "--new-team", required = true,
                description = "Record children new to the record under a new team of this name, made with the import (a first load "
                        + "into an empty record, e.g. a migration); refused if a team of that name exists.")
        String created;
    }

    private final CinCensusImport importer;
    private final AccessAdministration teams;
    private final TransactionTemplate tx;
    private final Clock clock;

    CinImportCommand(CinCensusImport importer, AccessAdministration teams, TransactionTemplate tx, Optional<Clock> clock) {
        this.importer = importer;
        this.teams = teams;
        this.tx = tx;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Override
    public String parent() {
        return "import";
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isReadable(file)) {
            System.err.println("No readable file " + file);
            return 2;
        }
        String teamName = team.existing != null ? team.existing : team.created;
        Optional<UUID> teamId = teams.teams().stream().filter(t -> t.name().equals(teamName)).map(AccessAdministration.TeamSummary::id).findFirst();
        if (team.existing != null && teamId.isEmpty()) {
            System.err.println("No team called " + teamName + ": give the name of a team that holds children's records");
            return 2;
        }
        if (team.created != null && teamId.isPresent()) {
            System.err.println("There is a team called " + teamName + " already: give it with --team, or another name with --new-team");
            return 2;
        }
        CensusFileCheck check = new CensusFileCheck(CinCensusRules.all(), LocalDate.now(clock));
        List<CensusChild> children = new ArrayList<>();
        CensusFileCheck.Result result;
        try (ProgressBar bar = ProgressBar.onStandardError("children read and checked", 0)) {
            result = check.check(file, child -> {
                children.add(child);
                bar.step();
            });
        }
        if (result.failed()) {
            // queries do not stop a return, nor an import: only what would be refused is printed
            CinValidateCommand.print(new CensusFileCheck.Result(result.header(), result.period(), result.readProblems(),
                    new uk.opencsc.returns.cin.rules.ValidationReport(result.report().children(), result.report().failures().stream()
                            .filter(f -> f.severity() == Severity.ERROR).toList())), check.ruleCount(), System.out);
            System.out.println("Nothing was imported: the file has unreadable elements or census errors.");
            return 1;
        }
        try {
            // a team made for the import is made in its transaction: a refused file leaves no empty team behind
            CinCensusImport.Outcome outcome = tx.execute(status -> importer.load(children, file.getFileName().toString(),
                    teamId.orElseGet(() -> teams.createTeam(new AccessAdministration.NewTeam(teamName, "Imported")))));
            System.out.printf("Imported %s: %,d children (%,d on the record already, %,d added), %,d CIN episodes (%,d on the record "
                            + "already), %,d assessments, %,d CIN plans, %,d section 47 enquiries, %,d child protection plans%n", file.getFileName(),
                    outcome.children(), outcome.childrenMatched(), outcome.childrenAdded(), outcome.referrals(), outcome.episodesOnRecord(),
                    outcome.assessments(), outcome.cinPlans(), outcome.section47Enquiries(), outcome.protectionPlans());
            return 0;
        } catch (CinCensusImport.Refused refused) {
            for (ImportProblem p : refused.problems()) {
                System.out.println(String.join("\t", p.child(), p.element(), LOAD, p.message()));
            }
            System.out.printf("Nothing was imported: %,d problems in %,d children.%n", refused.problems().size(),
                    refused.problems().stream().map(ImportProblem::child).distinct().count());
            return 1;
        }
    }
}
