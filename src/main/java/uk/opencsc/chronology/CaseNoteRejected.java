package uk.opencsc.chronology;

import java.util.List;

/** A case note the rules refuse; each problem names its form field. Nothing was written. */
class CaseNoteRejected extends RuntimeException {

    private final transient List<NoteProblem> problems;

    CaseNoteRejected(List<NoteProblem> problems) {
        super(problems.stream().map(NoteProblem::message).reduce((a, b) -> a + "; " + b).orElse("rejected"));
        this.problems = List.copyOf(problems);
    }

    List<NoteProblem> problems() {
        return problems;
    }
}
