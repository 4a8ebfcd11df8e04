package org.civicpatrol.validation;

import org.civicpatrol.patrol.FederationTier;

/**
 * The kinds of body that receive grants, whose eligible categories and funders the law sets
 * apart (Korea: Act Art. 14, Decree Arts. 2–5).
 */
public enum RecipientTier {
    /** A patrol. */
    PATROL,
    /** A federation of the patrols of one municipality. */
    DISTRICT_FEDERATION,
    /** A federation of the district federations of one province or metropolitan city. */
    PROVINCIAL_FEDERATION,
    /** The national body. */
    NATIONAL_FEDERATION;

    /**
     * Returns the tier of a federation of {@code tier}.
     *
     * @param tier the federation's tier
     * @return the matching recipient tier
     */
    public static RecipientTier of(FederationTier tier) {
        return switch (tier) {
            case NATIONAL -> NATIONAL_FEDERATION;
            case PROVINCIAL -> PROVINCIAL_FEDERATION;
            case DISTRICT -> DISTRICT_FEDERATION;
        };
    }
}
