package org.civicpatrol.validation;

import com.google.common.base.Ascii;

/** The kinds of entity a violation can concern: those of the registry that have an id. */
public enum SubjectKind {
    /** A {@link org.civicpatrol.geo.District}. */
    DISTRICT,
    /** A {@link org.civicpatrol.geo.PoliceUnit}. */
    POLICE_UNIT,
    /** A {@link org.civicpatrol.patrol.Federation}. */
    FEDERATION,
    /** A {@link org.civicpatrol.patrol.Patrol}. */
    PATROL,
    /** A {@link org.civicpatrol.member.Member}. */
    MEMBER,
    /** A {@link org.civicpatrol.member.Membership}. */
    MEMBERSHIP,
    /** A {@link org.civicpatrol.activity.Site}. */
    SITE,
    /** An {@link org.civicpatrol.activity.Activity}. */
    ACTIVITY,
    /** A {@link org.civicpatrol.equipment.Vehicle}. */
    VEHICLE,
    /** A {@link org.civicpatrol.funding.Grant}. */
    GRANT;

    private final String label = Ascii.toLowerCase(name()).replace('_', ' ');

    /**
     * Returns the kind as a lowercase phrase for messages: {@code police unit}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }
}
