package uk.opencsc.protection;

import uk.opencsc.platform.validation.CodeList;
import uk.opencsc.platform.validation.UnknownCodeException;
import java.util.Collection;
import java.util.Set;

/** Category of abuse (CIN census categoryofabusetype); MUL where more than one category applies. */
public enum AbuseCategory implements CodeList {
    NEG("NEG", "Neglect"),
    PHY("PHY", "Physical abuse"),
    SAB("SAB", "Sexual abuse"),
    EMO("EMO", "Emotional abuse"),
    MUL("MUL", "Multiple categories");

    private final String code;
    private final String label;

    AbuseCategory(String code, String label) {
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

    /** @throws uk.opencsc.platform.validation.UnknownCodeException naming {@code field} when the code is not one of these */
    public static AbuseCategory of(String code) {
        return CodeList.fromCode(AbuseCategory.class, "abuseCategory", code);
    }

    /**
     * The plan's category from the categories the conference found: the one category, or MUL when more than one
     * (CIN census guidance: "multiple/not recommended" is for more than one category).
     *
     * @throws IllegalArgumentException when {@code found} is empty
     */
    public static AbuseCategory forPlan(Collection<AbuseCategory> found) {
        Set<AbuseCategory> distinct = Set.copyOf(found);
        if (distinct.isEmpty()) {
            throw new IllegalArgumentException("A child protection plan needs a category of abuse");
        }
        return distinct.size() == 1 ? distinct.iterator().next() : MUL;
    }
}
