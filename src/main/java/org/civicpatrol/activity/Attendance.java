package org.civicpatrol.activity;

import org.civicpatrol.member.MemberId;
import org.immutables.value.Value;

/** The attendance of one member at one activity: present, or absent with or without excuse. */
@Value.Immutable
public abstract class Attendance {

    Attendance() {}

    /**
     * Returns the member.
     *
     * @return the member's id
     */
    @Value.Parameter
    public abstract MemberId member();

    /**
     * Returns whether the member took part.
     *
     * @return the status
     */
    @Value.Parameter
    public abstract AttendanceStatus status();

    /**
     * Returns the attendance of {@code member} with {@code status}.
     *
     * @param member the member's id
     * @param status the status
     * @return the attendance
     */
    public static Attendance of(MemberId member, AttendanceStatus status) {
        return ImmutableAttendance.of(member, status);
    }

    /**
     * Returns the attendance of {@code member}, present.
     *
     * @param member the member's id
     * @return the attendance
     */
    public static Attendance present(MemberId member) {
        return of(member, AttendanceStatus.PRESENT);
    }

    /**
     * Returns whether the member took part.
     *
     * @return true if the status is {@link AttendanceStatus#PRESENT}
     */
    public boolean isPresent() {
        return status().isPresent();
    }
}
