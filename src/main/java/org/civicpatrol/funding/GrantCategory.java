package org.civicpatrol.funding;

/**
 * What a grant, or an expenditure against it, pays for (Decree Arts. 2–5).
 *
 * <p>Which categories a recipient may receive is policy: in Korea uniforms and equipment are for
 * patrols only, while vehicles, offices, publicity and other costs are for patrols and
 * federations alike.
 */
public enum GrantCategory {
    /** Uniforms and crime-prevention equipment: purchase and upkeep. */
    UNIFORMS_AND_EQUIPMENT,
    /** Patrol vehicles: purchase and upkeep. */
    VEHICLES,
    /** Patrol posts and offices: installation, rent and running costs. */
    POSTS_AND_OFFICES,
    /** Publicity. */
    PUBLICITY,
    /** Insurance premiums for members' death or injury cover. */
    INSURANCE,
    /** Training of members. */
    TRAINING,
    /** Awards and commendations. */
    AWARDS,
    /** Other costs the funder deems necessary. */
    OTHER
}
