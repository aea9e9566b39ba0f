package uk.opencsc.returns.cin.rules;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import uk.opencsc.assessment.AssessmentFactor;
import uk.opencsc.platform.validation.CodeList;
import uk.opencsc.protection.AbuseCategory;

/**
 * The census code lists the activity rules check a file against. The record's own enums carry exactly the 2026
 * schema's codes (categoryofabusetype, assessmentfactorstype), so they are the lists here too; a file under
 * validation may hold any text, so these answer yes or no instead of throwing as the enums' {@code of} does.
 */
final class CensusCodes {

    private static final Set<String> ABUSE_CATEGORIES = codes(AbuseCategory.values());
    private static final Set<String> ASSESSMENT_FACTORS = codes(AssessmentFactor.values());

    private CensusCodes() {}

    static boolean isAbuseCategory(String code) {
        return code != null && ABUSE_CATEGORIES.contains(code);
    }

    static boolean isAssessmentFactor(String code) {
        return code != null && ASSESSMENT_FACTORS.contains(code);
    }

    private static Set<String> codes(CodeList[] values) {
        return Arrays.stream(values).map(CodeList::code).collect(Collectors.toUnmodifiableSet());
    }
}
