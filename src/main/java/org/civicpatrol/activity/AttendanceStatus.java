package org.civicpatrol.activity;

/**
 * Whether a member rostered for an activity took part, and if not, whether the absence was
 * excused.
 *
 * <p>Unexcused absences are counted because three or more in a year are a ground for
 * discretionary dismissal (Rule Art. 10).
 */
public enum AttendanceStatus {
    /** The member took part. */
    PRESENT,
    /** The member was absent with an accepted excuse. */
    EXCUSED_ABSENCE,
    /** The member was absent without an accepted excuse. */
    UNEXCUSED_ABSENCE;

    /**
     * Returns whether the member took part.
     *
     * @return true for {@link #PRESENT}
     */
    public boolean isPresent() {
        return this == PRESENT;
    }
}
