package org.civicpatrol.patrol;

import java.util.Optional;

/**
 * The tier of a federation: national, provincial or district.
 *
 * <p>In Korea these are the 자율방범중앙회 (national), the 자율방범연합회 of a 시·도 (provincial) and the
 * 자율방범연합대 of a 시·군·구 (district) (Act Art. 12). The constants are declared from the top
 * down.
 */
public enum FederationTier {
    /** The national body, such as Korea's 자율방범중앙회. */
    NATIONAL,
    /** The federation of a province or metropolitan city, such as 대전광역시 자율방범연합회. */
    PROVINCIAL,
    /** The federation of the patrols of one city, county or district, such as 서구 자율방범연합대. */
    DISTRICT;

    /**
     * Returns whether this tier stands above {@code other}.
     *
     * @param other the other tier
     * @return true if a federation of this tier can be the parent of one of {@code other}
     */
    public boolean isAbove(FederationTier other) {
        return compareTo(other) < 0;
    }

    /**
     * Returns the tier directly above this one: the tier of a federation's parent.
     *
     * @return {@code NATIONAL} for {@code PROVINCIAL}, {@code PROVINCIAL} for {@code DISTRICT},
     *     and empty for {@code NATIONAL}
     */
    public Optional<FederationTier> above() {
        return switch (this) {
            case NATIONAL -> Optional.empty();
            case PROVINCIAL -> Optional.of(NATIONAL);
            case DISTRICT -> Optional.of(PROVINCIAL);
        };
    }
}
