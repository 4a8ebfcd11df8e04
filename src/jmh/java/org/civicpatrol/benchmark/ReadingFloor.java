package org.civicpatrol.benchmark;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.activity.Attendance;
import org.civicpatrol.activity.AttendanceStatus;
import org.civicpatrol.member.Membership;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.report.ActivitySummary;
import org.civicpatrol.time.DateRange;

/**
 * A second floor for the roll-up: what it costs only to read the objects that any roll-up of the
 * registry as it is stored must read, without summarising anything. For each patrol, it goes
 * through the activities it organised in the period (through the registry's index by patrol and
 * date), reading each one's times and each of its attendance records' status, and through the
 * patrol's memberships, working out each one's tenure, as the roll-up does; it adds up the
 * nation's activities, member time and attendance records, and counts the memberships active on
 * the date. Besides finding each patrol's activities and memberships in the registry's indexes
 * (two lookups per patrol), it looks nothing up by id; it keeps nothing per node and makes no
 * summary.
 *
 * <p>Unlike {@link PrimitiveRollUp}, it prepares nothing in advance: the gap between the two is
 * what reading the registry's objects costs, the objects as their callers made them, spread over
 * the heap. {@link #check} compares its totals with the roll-up's national node.
 */
final class ReadingFloor {

    private final Registry registry;
    private final LocalDate asOf;
    private final DateRange period;

    ReadingFloor(Registry registry, LocalDate asOf, DateRange period) {
        this.registry = registry;
        this.asOf = asOf;
        this.period = period;
    }

    /**
     * Reads the objects.
     *
     * @return the activities, member time in seconds, attendance records, and memberships active
     *     on the date
     */
    long[] run() {
        long activities = 0;
        long memberSeconds = 0;
        long rostered = 0;
        long activeMemberships = 0;
        for (Patrol patrol : registry.patrols()) {
            for (Activity activity : registry.activitiesOf(patrol.id(), period)) {
                if (!activity.patrol().equals(patrol.id())) {
                    continue; // a joint patrol counts for its organiser only, as in the roll-up
                }
                List<Attendance> attendance = activity.attendance();
                long present = 0;
                for (int i = 0; i < attendance.size(); i++) {
                    if (attendance.get(i).status() == AttendanceStatus.PRESENT) {
                        present++;
                    }
                }
                activities++;
                rostered += attendance.size();
                memberSeconds += present * activity.start().until(activity.end(), ChronoUnit.SECONDS);
            }
            for (Membership membership : registry.membershipsOf(patrol.id())) {
                Optional<DateRange> tenure = membership.tenure();
                if (tenure.isPresent() && tenure.get().contains(asOf)) {
                    activeMemberships++;
                }
            }
        }
        return new long[] {activities, memberSeconds, rostered, activeMemberships};
    }

    /**
     * Throws if the totals of {@link #run()} differ from the roll-up's national node, so that the
     * floor is known to read what the roll-up reads.
     *
     * @param nation the activities of the roll-up's root, whose subtree holds every patrol
     */
    void check(ActivitySummary nation) {
        long[] mine = run();
        long[] expected = {nation.count(), nation.memberTime().toSeconds(), nation.rosteredCount()};
        for (int i = 0; i < expected.length; i++) {
            if (mine[i] != expected[i]) {
                throw new IllegalStateException(
                        "reading floor: total " + i + " is " + mine[i] + ", the roll-up's " + expected[i]);
            }
        }
        if (mine[3] < registry.patrols().size()) {
            throw new IllegalStateException("reading floor: only " + mine[3] + " memberships active");
        }
    }
}
