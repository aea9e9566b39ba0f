package uk.opencsc.returns.cin.rules;

/**
 * Where in a child's record a failure is, in the XML's element names with 1-based positions where an element
 * repeats: {@code CINdetails[2]/Assessments[1]/AssessmentActualStartDate}.
 */
public record ElementPath(String value) {

    public ElementPath {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an element path names at least one element");
        }
    }

    public static ElementPath of(String element) {
        return new ElementPath(element);
    }

    /** {@code CINdetails[n]} for the episode at zero-based index {@code index}. */
    public static ElementPath cinDetails(int index) {
        return new ElementPath("CINdetails[" + (index + 1) + "]");
    }

    public ElementPath then(String element) {
        return new ElementPath(value + "/" + element);
    }

    /** A repeated child element at zero-based {@code index}. */
    public ElementPath then(String element, int index) {
        return new ElementPath(value + "/" + element + "[" + (index + 1) + "]");
    }

    @Override
    public String toString() {
        return value;
    }
}
