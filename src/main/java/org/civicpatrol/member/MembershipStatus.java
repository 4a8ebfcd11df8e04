package org.civicpatrol.member;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A stage of a membership: recommended, appointed, then dismissed or resigned (Rule Art. 4).
 *
 * <p>A person recommended by the leader becomes a member only when the police appoint them.
 */
public enum MembershipStatus {
    /** Recommended by the patrol's leader, not yet appointed. */
    RECOMMENDED,
    /** Appointed (위촉) by the competent police unit: a member. */
    APPOINTED,
    /** Dismissed (해촉): no longer a member. */
    DISMISSED,
    /** Resigned: no longer a member. */
    RESIGNED;

    /**
     * Returns whether the membership is over in this status.
     *
     * @return true for {@link #DISMISSED} and {@link #RESIGNED}
     */
    public boolean isTerminal() {
        return this == DISMISSED || this == RESIGNED;
    }

    /**
     * Returns whether a membership in this status can move to {@code next}: a recommendation to
     * an appointment or an end, and an appointment to an end.
     *
     * @param next the following status
     * @return true if the transition is allowed
     */
    public boolean canMoveTo(MembershipStatus next) {
        checkNotNull(next, "next");
        return switch (this) {
            case RECOMMENDED -> next != RECOMMENDED;
            case APPOINTED -> next.isTerminal();
            case DISMISSED, RESIGNED -> false;
        };
    }
}
