package org.civicpatrol.member;

/** The sex of a member as recorded, for aggregate reporting only. */
public enum Sex {
    /** Female. */
    FEMALE,
    /** Male. */
    MALE,
    /** Recorded as neither female nor male. */
    OTHER
}
