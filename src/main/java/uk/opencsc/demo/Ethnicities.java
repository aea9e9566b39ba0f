package uk.opencsc.demo;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static java.util.Map.entry;

/**
 * The CIN census ethnicity codes (DOMAIN.md section 2) with the shares the demo draws children from,
 * and how a child's recorded ethnicity relates to their parents' and to naming traditions.
 * <p>
 * Main-group shares: DfE, "Children in need" statistics, data set A4 "Children in need by ethnicity,
 * age and gender", England, 31 March 2020 (explore-education-statistics.service.gov.uk): of 389,260
 * children in need, 373,790 had a known ethnicity, of whom White 268,070 (71.7%), Mixed 32,940 (8.8%),
 * Asian 27,650 (7.4%), Black 32,260 (8.6%), other 12,870 (3.4%); the remaining 4.0% are split here
 * between "refused" and "not yet obtained". The split of each main group into its codes is an
 * approximation from the Census 2021 under-18 population of England (e.g. Pakistani the largest
 * Asian group, African about two thirds of Black), not a published CIN figure.
 */
final class Ethnicities {

    /** Percent of all children; sums to 100. */
    static final Weighted<String> CHILDREN_IN_NEED = Weighted.of(
            "WBRI", 60.5, "WIRI", 0.4, "WIRT", 0.4, "WOTH", 6.6, "WROM", 1.0,
            "MWBC", 2.6, "MWBA", 1.1, "MWAS", 1.8, "MOTH", 3.0,
            "AIND", 1.4, "APKN", 2.8, "ABAN", 1.2, "AOTH", 1.7,
            "BCRB", 1.3, "BAFR", 5.5, "BOTH", 1.5,
            "CHNE", 0.3, "OOTH", 3.0,
            "REFU", 0.8, "NOBT", 3.2);

    /**
     * Unaccompanied asylum-seeking children: mostly from Afghanistan, Eritrea, Sudan, Iran, Iraq,
     * Vietnam and Albania (Home Office asylum statistics), recorded under these codes.
     */
    static final Weighted<String> UNACCOMPANIED_ASYLUM_SEEKING = Weighted.of(
            "OOTH", 38, "BAFR", 30, "AOTH", 14, "BOTH", 6, "WOTH", 7, "CHNE", 2, "NOBT", 3);

    /** The main analysis groups of DOMAIN.md section 2. */
    static String mainGroup(String code) {
        return switch (code.charAt(0)) {
            case 'W' -> "White";
            case 'M' -> "Mixed";
            case 'A' -> "Asian";
            case 'B' -> "Black";
            case 'C', 'O' -> "Chinese or other";
            case 'R', 'N' -> "Refused or not obtained";
            default -> throw new IllegalArgumentException("Not a CIN ethnicity code: " + code);
        };
    }

    /**
     * The naming tradition for someone of this ethnicity. Codes that say little about naming (refused,
     * not obtained) fall back to the majority's.
     */
    static Heritage heritage(String code) {
        return HERITAGE.get(code);
    }

    /** Ethnicities of a child's two parents, in the order (mother, father), for a child of this code. */
    static List<String> parents(String childCode, SplittableRandom random) {
        return switch (childCode) {
            case "MWBC" -> random.nextBoolean() ? List.of("WBRI", "BCRB") : List.of("BCRB", "WBRI");
            case "MWBA" -> random.nextBoolean() ? List.of("WBRI", "BAFR") : List.of("BAFR", "WBRI");
            case "MWAS" -> random.nextDouble() < 0.7 ? List.of("WBRI", random.nextBoolean() ? "APKN" : "AIND")
                    : List.of(random.nextBoolean() ? "APKN" : "AIND", "WBRI");
            case "MOTH" -> random.nextBoolean() ? List.of("WBRI", "OOTH") : List.of("WOTH", "BCRB");
            default -> List.of(childCode, childCode);
        };
    }

    private static final Map<String, Heritage> HERITAGE = Map.ofEntries(
            entry("WBRI", Heritage.BRITISH), entry("WIRI", Heritage.IRISH), entry("WIRT", Heritage.IRISH),
            entry("WOTH", Heritage.EASTERN_EUROPEAN), entry("WROM", Heritage.ROMA),
            entry("MWBC", Heritage.CARIBBEAN), entry("MWBA", Heritage.AFRICAN), entry("MWAS", Heritage.BRITISH),
            entry("MOTH", Heritage.BRITISH),
            entry("AIND", Heritage.INDIAN), entry("APKN", Heritage.PAKISTANI_BANGLADESHI),
            entry("ABAN", Heritage.PAKISTANI_BANGLADESHI), entry("AOTH", Heritage.MIDDLE_EASTERN_AND_CENTRAL_ASIAN),
            entry("BCRB", Heritage.CARIBBEAN), entry("BAFR", Heritage.AFRICAN), entry("BOTH", Heritage.AFRICAN),
            entry("CHNE", Heritage.CHINESE), entry("OOTH", Heritage.MIDDLE_EASTERN_AND_CENTRAL_ASIAN),
            entry("REFU", Heritage.BRITISH), entry("NOBT", Heritage.BRITISH));

    private Ethnicities() {
    }
}
