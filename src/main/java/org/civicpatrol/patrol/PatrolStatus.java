package org.civicpatrol.patrol;

/**
 * The stage of a patrol's life on a given date: forming, registered, or dissolved.
 *
 * <p>In Korean law a patrol exists from its registration report to the competent police station
 * chief (Act Art. 4); before that it is only forming.
 */
public enum PatrolStatus {
    /** Organised by residents but not yet registered with the police. */
    FORMING,
    /** Registered with the competent police unit: a patrol in law. */
    REGISTERED,
    /** Dissolved; its history is kept. */
    DISSOLVED
}
