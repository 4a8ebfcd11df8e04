package org.civicpatrol.benchmark;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.activity.Attendance;
import org.civicpatrol.activity.AttendanceStatus;
import org.civicpatrol.member.Member;
import org.civicpatrol.member.Membership;
import org.civicpatrol.member.TrainingKind;
import org.civicpatrol.member.TrainingRecord;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.report.ActivitySummary;
import org.civicpatrol.report.MemberSummary;
import org.civicpatrol.report.SexGroup;
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
 * <p>{@link #runWithMembers()} reads, besides, what the roll-up reads of each member active on
 * the date to count them and judge their training: the member (birth date and sex), all of the
 * member's memberships (their tenures) and training records (date, kind and duration), each
 * found by the member's id, as {@link Registry#trainingObligationsOf} finds them. It judges
 * nothing: it adds up the active members found and the seconds of their training.
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
        return read(false);
    }

    /**
     * Reads the objects as {@link #run()} does, and each active member's own objects as well.
     *
     * @return the totals of {@link #run()}, then the active memberships whose member the registry
     *     holds, of them those with a sex recorded, the sum of their birth dates' epoch days, their
     *     memberships with a tenure, and the seconds of their training records (basic ones, and
     *     others before the date)
     */
    long[] runWithMembers() {
        return read(true);
    }

    private long[] read(boolean members) {
        long activities = 0;
        long memberSeconds = 0;
        long rostered = 0;
        long activeMemberships = 0;
        long[] memberTotals = new long[5];
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
                    if (members) {
                        readMember(membership, memberTotals);
                    }
                }
            }
        }
        return members
                ? new long[] {
                    activities,
                    memberSeconds,
                    rostered,
                    activeMemberships,
                    memberTotals[0],
                    memberTotals[1],
                    memberTotals[2],
                    memberTotals[3],
                    memberTotals[4]
                }
                : new long[] {activities, memberSeconds, rostered, activeMemberships};
    }

    /**
     * Reads what the roll-up reads of the member of an active membership, adding to {@code
     * totals}: members found, of them with a sex recorded, the epoch days of their birth dates,
     * their memberships with a tenure, and the seconds of their training records.
     */
    private void readMember(Membership active, long[] totals) {
        Optional<Member> member = registry.member(active.member());
        if (member.isEmpty()) {
            return;
        }
        totals[0]++;
        totals[1] += member.get().sex().isPresent() ? 1 : 0;
        totals[2] += member.get().birthDate().map(LocalDate::toEpochDay).orElse(0L);
        for (Membership membership : registry.membershipsOf(active.member())) {
            totals[3] += membership.tenure().isPresent() ? 1 : 0;
        }
        for (TrainingRecord record : registry.trainingOf(active.member())) {
            if (record.kind() == TrainingKind.BASIC || record.date().isBefore(asOf)) {
                totals[4] += record.duration().toSeconds();
            }
        }
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

    /**
     * Throws if the members {@link #runWithMembers()} finds differ from the roll-up's national
     * node: as many as it counts active, and as many of them with a sex recorded. (Each member of
     * the generator's registries holds one membership at a time, so active memberships are
     * distinct members.)
     *
     * @param nation the members of the roll-up's root, whose subtree holds every patrol
     */
    void checkMembers(MemberSummary nation) {
        long[] mine = runWithMembers();
        long[] expected = {nation.count(), nation.count() - nation.bySex().getOrDefault(SexGroup.UNKNOWN, 0)};
        for (int i = 0; i < expected.length; i++) {
            if (mine[4 + i] != expected[i]) {
                throw new IllegalStateException("reading floor with members: total " + (4 + i) + " is " + mine[4 + i]
                        + ", the roll-up's " + expected[i]);
            }
        }
    }
}
