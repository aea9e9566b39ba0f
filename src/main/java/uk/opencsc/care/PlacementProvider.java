package uk.opencsc.care;

import uk.opencsc.platform.validation.CodeList;

/** Who provides the placement: the 903 PLACE_PROVIDER list. */
public enum PlacementProvider implements CodeList {
    PR0("PR0", "Parent(s) or other person(s) with parental responsibility"),
    PR1("PR1", "Own provision by the local authority"),
    PR2("PR2", "Another local authority"),
    PR3("PR3", "Other public provision, for example a health trust"),
    PR4("PR4", "Private provision"),
    PR5("PR5", "Voluntary or third sector provision");

    private final String code;
    private final String label;

    PlacementProvider(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return code + ": " + label;
    }

    public static PlacementProvider of(String code) {
        return CodeList.fromCode(PlacementProvider.class, "placementProvider", code);
    }
}
