package org.civicpatrol.funding;

/** Why money was returned to a funder. */
public enum RefundReason {
    /** The recipient did not spend it. */
    UNSPENT,
    /** The funder clawed it back because it was misused. */
    CLAWED_BACK
}
