package org.civicpatrol.activity;

/**
 * The four statutory types of patrol activity (Act Art. 7).
 *
 * <p>The last two are done at the request of an authority, which the activity then names.
 */
public enum ActivityType {
    /** Crime-prevention patrol and reporting of crime (순찰 및 범죄 신고). */
    CRIME_PREVENTION_PATROL,
    /** Guidance and protection of youth (청소년 선도 및 보호). */
    YOUTH_GUIDANCE,
    /** An activity requested by the police. */
    POLICE_REQUEST,
    /** An activity requested by a local government. */
    LOCAL_GOVERNMENT_REQUEST;

    /**
     * Returns whether an activity of this type is done at the request of an authority, which it
     * should then name.
     *
     * @return true for police and local-government requests
     */
    public boolean isRequested() {
        return this == POLICE_REQUEST || this == LOCAL_GOVERNMENT_REQUEST;
    }
}
