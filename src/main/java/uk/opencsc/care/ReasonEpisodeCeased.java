package uk.opencsc.care;

import uk.opencsc.platform.validation.CodeList;

import java.time.LocalDate;

/**
 * Why an episode of care ended: the 903 REC list with the years each code is valid (the 2019 schema replaced E43
 * and E44, special guardianship, with E45 to E48). X1 ends an episode that another of the same period follows; the
 * others end the period of care.
 */
public enum ReasonEpisodeCeased implements CodeList {
    X1("X1", "Episode ceases and a new one begins in the same period of care", 0, 0),
    E11("E11", "Adopted: application for an adoption order unopposed", 0, 0),
    E12("E12", "Adopted: consent dispensed with by the court", 0, 0),
    E2("E2", "Died", 0, 0),
    E3("E3", "Care taken over by another local authority in the UK", 0, 0),
    E4A("E4A", "Returned home to live with parent(s), relative(s) or other person(s) with parental responsibility as part of the care planning process", 0, 0),
    E4B("E4B", "Returned home to live with parent(s), relative(s) or other person(s) with parental responsibility, not as part of the care planning process", 0, 0),
    E13("E13", "Left care to live with parent(s), relative(s) or other person(s) with no parental responsibility", 0, 0),
    E41("E41", "Residence order or child arrangements order granted", 0, 0),
    E43("E43", "Special guardianship order made to former foster carer(s)", 0, 2018),
    E44("E44", "Special guardianship order made to carer(s) other than former foster carer(s)", 0, 2018),
    E45("E45", "Special guardianship order made to former foster carer(s), who were relatives or friends", 2019, 0),
    E46("E46", "Special guardianship order made to former foster carer(s), other than relatives or friends", 2019, 0),
    E47("E47", "Special guardianship order made to carer(s), not former foster carer(s), who were relatives or friends", 2019, 0),
    E48("E48", "Special guardianship order made to carer(s), not former foster carer(s), other than relatives or friends", 2019, 0),
    E5("E5", "Moved into independent living arrangement with formalised support", 0, 0),
    E6("E6", "Moved into independent living arrangement without formalised support", 0, 0),
    E7("E7", "Transferred to residential care funded by adult social care services", 0, 0),
    E9("E9", "Sentenced to custody", 0, 0),
    E14("E14", "Accommodation on remand ended", 0, 0),
    E15("E15", "Age assessment determined the child is aged 18 or over", 0, 0),
    E16("E16", "Child moved abroad", 0, 0),
    E17("E17", "Aged 18 or over and remained with current carers (staying put)", 0, 0),
    E8("E8", "Period of being looked after ceased for any other reason", 0, 0);

    private final String code;
    private final String label;
    private final CollectionYears years;

    ReasonEpisodeCeased(String code, String label, int firstYear, int lastYear) {
        this.code = code;
        this.label = label;
        this.years = new CollectionYears(firstYear, lastYear);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return code + ": " + label;
    }

    public boolean validOn(LocalDate date) {
        return years.validOn(date);
    }

    /** Whether this reason ends the period of care (every reason but X1). */
    public boolean endsThePeriod() {
        return this != X1;
    }

    public static ReasonEpisodeCeased of(String code) {
        return CodeList.fromCode(ReasonEpisodeCeased.class, "reasonCeased", code);
    }
}
