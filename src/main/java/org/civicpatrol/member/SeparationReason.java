package org.civicpatrol.member;

/**
 * Why a membership ended. This is personal data: it never appears in {@code toString()} or in
 * messages.
 */
public enum SeparationReason {
    /** The member chose to leave. */
    VOLUNTARY,
    /** The member no longer lives or works in the patrol's municipality. */
    MOVED_AWAY,
    /** A disqualification arose: dismissal is mandatory (Act Art. 6(2)). */
    DISQUALIFIED,
    /** Three or more unexcused absences from activities in a year (Rule Art. 10). */
    UNEXCUSED_ABSENCES,
    /** Found on personal business while on duty three or more times in a year (Rule Art. 10). */
    PERSONAL_BUSINESS_ON_DUTY,
    /** Other misconduct, such as a prohibited act under Act Art. 15. */
    MISCONDUCT,
    /** The patrol was dissolved. */
    PATROL_DISSOLVED,
    /** The member died. */
    DECEASED,
    /** Any other reason. */
    OTHER
}
