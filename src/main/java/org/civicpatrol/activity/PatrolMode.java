package org.civicpatrol.activity;

/** How the participants of an activity moved around. */
public enum PatrolMode {
    /** On foot. */
    ON_FOOT,
    /** In a patrol vehicle. */
    BY_VEHICLE
}
