package org.civicpatrol.funding;

/** Where a grant stands. */
public enum GrantStatus {
    /** Awarded; the recipient may spend it. */
    AWARDED,
    /** Spent and accounted for: the recipient's settlement has been accepted. */
    SETTLED,
    /** Withdrawn before anything was paid: the grant awards nothing. */
    CANCELLED
}
