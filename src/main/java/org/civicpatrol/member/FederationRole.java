package org.civicpatrol.member;

/** An office in a federation, held for a term (Rule Art. 19). */
public enum FederationRole {
    /** The president (회장). */
    PRESIDENT,
    /** A vice-president (부회장). */
    VICE_PRESIDENT,
    /** The secretary (사무국장 or 총무). */
    SECRETARY,
    /** An auditor (감사). */
    AUDITOR
}
