package uk.opencsc.assessment;

import uk.opencsc.people.FieldProblem;

import java.util.List;

/** A change the assessment rules refuse; each problem names its field. Nothing was written. */
public class RefusedException extends RuntimeException {

    private final List<FieldProblem> problems;

    public RefusedException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse("refused"));
        this.problems = List.copyOf(problems);
    }

    public RefusedException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    static void refuseIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new RefusedException(problems);
        }
    }
}
