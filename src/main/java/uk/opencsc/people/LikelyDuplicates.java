package uk.opencsc.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Whether a person about to be recorded is probably someone already recorded: the same NHS number or
 * UPN, or the same (or a similar-sounding) name with the same date of birth. Creating a second record
 * for a child splits their history, so the user is shown the candidates and asked to confirm.
 */
public final class LikelyDuplicates {

    private LikelyDuplicates() {
    }

    /** Why {@code existing} may be the same person as {@code candidate}; empty when there is no reason to think so. */
    public static List<String> reasons(PersonDetails candidate, PersonDetails existing) {
        List<String> reasons = new ArrayList<>();
        if (candidate.nhsNumber() != null && candidate.nhsNumber().equals(existing.nhsNumber())) {
            reasons.add("Same NHS number");
        }
        if (candidate.upn() != null && candidate.upn().equals(existing.upn())) {
            reasons.add("Same unique pupil number");
        }
        boolean sameBirth = candidate.dateOfBirth() != null ? candidate.dateOfBirth().equals(existing.dateOfBirth())
                : Objects.equals(candidate.expectedDateOfBirth(), existing.expectedDateOfBirth());
        if (sameBirth) {
            if (sameName(candidate, existing)) {
                reasons.add("Same name and date of birth");
            } else if (similarName(candidate, existing)) {
                reasons.add("Similar name and same date of birth");
            }
        }
        return reasons;
    }

    private static boolean sameName(PersonDetails a, PersonDetails b) {
        return NameKeys.fold(a.firstName()).equals(NameKeys.fold(b.firstName())) && NameKeys.fold(a.lastName()).equals(NameKeys.fold(b.lastName()));
    }

    /** Names that sound alike (Soundex), or the same names with first and last swapped, as forms sometimes are. */
    private static boolean similarName(PersonDetails a, PersonDetails b) {
        boolean lastSounds = NameKeys.soundex(a.lastName()).equals(NameKeys.soundex(b.lastName()));
        boolean firstSounds = NameKeys.soundex(a.firstName()).equals(NameKeys.soundex(b.firstName()));
        boolean preferredSounds = b.preferredName() != null && NameKeys.soundex(a.firstName()).equals(NameKeys.soundex(b.preferredName()));
        boolean swapped = NameKeys.fold(a.firstName()).equals(NameKeys.fold(b.lastName())) && NameKeys.fold(a.lastName()).equals(NameKeys.fold(b.firstName()));
        return lastSounds && (firstSounds || preferredSounds) || swapped;
    }
}
