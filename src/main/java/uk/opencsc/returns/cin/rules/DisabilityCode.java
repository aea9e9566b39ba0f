package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import uk.opencsc.people.Disability;
import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8540: a born child with at least one referral that went on to further action has been assessed, so their
 * disabilities (or NONE) are known and must be returned, each a census code (people.Disability is exactly the
 * census's disabilitytype). Unborn children and referrals closed with no further action are not asked.
 */
final class DisabilityCode implements ChildRule {

    static final String NONE = Disability.NONE.code();
    static final Set<String> CODES =
            Arrays.stream(Disability.values()).map(Disability::code).collect(Collectors.toUnmodifiableSet());
    static final ElementPath DISABILITIES = ElementPath.of("ChildCharacteristics/Disabilities");

    @Override
    public String code() {
        return "8540";
    }

    @Override
    public String message() {
        return "Child’s disability is missing or invalid (see Disability table)";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        boolean furtherAction = child.cinDetails().stream().anyMatch(e -> Boolean.FALSE.equals(e.referralNfa()));
        if (child.birthDate() == null || !furtherAction) {
            return List.of();
        }
        if (child.disabilities().isEmpty()) {
            return List.of(DISABILITIES);
        }
        List<ElementPath> breaches = new ArrayList<>();
        for (int d = 0; d < child.disabilities().size(); d++) {
            String disability = child.disabilities().get(d);
            if (disability == null || !CODES.contains(disability)) {
                breaches.add(disabilityAt(d));
            }
        }
        return breaches;
    }

    /** {@code ChildCharacteristics/Disabilities/Disability[d+1]}. */
    static ElementPath disabilityAt(int index) {
        return DISABILITIES.then("Disability", index);
    }
}
