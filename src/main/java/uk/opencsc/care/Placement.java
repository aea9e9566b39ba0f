package uk.opencsc.care;

import uk.opencsc.people.Postcode;

import java.util.Objects;

/**
 * Where and with whom the child lives in an episode of care.
 *
 * @param urn                   the Ofsted unique reference number of the setting; null when none is recorded
 * @param postcode              the placement's postcode (903 PL_POST); null when not recorded
 * @param intendedUntilEighteen the placement is intended to last until the child is 18 (reg 28(2)(b)(i))
 */
public record Placement(PlacementType type, PlacementProvider provider, String urn, Postcode postcode,
                        boolean intendedUntilEighteen) {

    public Placement {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(provider, "provider");
        urn = urn == null || urn.isBlank() ? null : urn.trim().toUpperCase(java.util.Locale.ROOT);
    }

    /** Whether the 903 would see another placement: another type, provider, setting or address. */
    boolean differsFrom(Placement other) {
        return type != other.type || provider != other.provider || !Objects.equals(urn, other.urn)
                || !Objects.equals(postcode, other.postcode);
    }
}
