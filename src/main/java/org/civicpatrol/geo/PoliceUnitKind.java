package org.civicpatrol.geo;

/**
 * The kind of a police unit, from the national agency down to a police box.
 *
 * <p>The constants are declared from the top of the police hierarchy down; divisions and boxes
 * share the lowest tier.
 */
public enum PoliceUnitKind {
    /** A national police agency, such as Korea's 경찰청. */
    NATIONAL_AGENCY(0),
    /** A provincial or regional police agency or force, such as 대전광역시경찰청. */
    PROVINCIAL_AGENCY(1),
    /** A police station (경찰서), the competent authority for a Korean patrol. */
    STATION(2),
    /** A police division (지구대), below a station. */
    DIVISION(3),
    /** A police box (파출소), below a station. */
    BOX(3);

    private final int tier;

    PoliceUnitKind(int tier) {
        this.tier = tier;
    }

    /**
     * Returns whether a unit of this kind stands above a unit of kind {@code other}.
     *
     * <p>Divisions and boxes are both below stations and neither is above the other.
     *
     * @param other the other kind
     * @return true if this kind is higher in the police hierarchy
     */
    public boolean isAbove(PoliceUnitKind other) {
        return tier < other.tier;
    }
}
