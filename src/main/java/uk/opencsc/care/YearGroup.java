package uk.opencsc.care;

import uk.opencsc.platform.validation.CodeList;

/** The child's national curriculum year group (or early years, or not of statutory school age). */
public enum YearGroup implements CodeList {
    NURSERY("N", "Nursery"),
    RECEPTION("R", "Reception"),
    Y1("1", "Year 1"), Y2("2", "Year 2"), Y3("3", "Year 3"), Y4("4", "Year 4"), Y5("5", "Year 5"), Y6("6", "Year 6"),
    Y7("7", "Year 7"), Y8("8", "Year 8"), Y9("9", "Year 9"), Y10("10", "Year 10"), Y11("11", "Year 11"),
    Y12("12", "Year 12"), Y13("13", "Year 13");

    private final String code;
    private final String label;

    YearGroup(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    public static YearGroup of(String code) {
        return CodeList.fromCode(YearGroup.class, "yearGroup", code);
    }
}
