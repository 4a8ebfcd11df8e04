package org.civicpatrol.validation;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.activity.ActivityType;
import org.civicpatrol.activity.AttendanceStatus;
import org.civicpatrol.geo.Authority;
import org.civicpatrol.geo.AuthorityKind;
import org.civicpatrol.geo.PoliceUnit;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.Membership;
import org.civicpatrol.time.DateRange;
import org.jspecify.annotations.Nullable;

/** Rules about activities: who takes part, when, how long, and at whose request. */
final class ActivityRules {

    private ActivityRules() {}

    // ATTENDEE_NOT_A_MEMBER

    static void attendeesAreMembersOfThePatrols(RuleContext c) {
        // Two million attendance records name about a hundred thousand members: they are taken
        // member by member, with each member's memberships as the run grouped them, and a member
        // the registry does not hold is left to REFERENCE_UNRESOLVED.
        RunFacts run = c.run();
        List<Activity> activities = run.activities();
        for (Map.Entry<MemberId, RunFacts.Attendances> entry :
                run.attendanceByMember().entrySet()) {
            MemberId member = entry.getKey();
            if (!run.hasMember(member)) {
                continue;
            }
            List<Membership> held = run.membershipsOf(member);
            Tenures tenures = new Tenures(held, run);
            RunFacts.Attendances where = entry.getValue();
            for (int k = 0; k < where.size(); k++) {
                int i = where.activity(k);
                if (!run.isUntil(i)) {
                    continue;
                }
                // An activity of one patrol, the common case, is judged from numbers; a joint
                // patrol, which may let members of several patrols attend, from its patrols.
                boolean isMember = run.isJoint(i)
                        ? inJointPatrol(held, activities.get(i), run.date(i))
                        : tenures.inPatrolOn(run.organiser(i), run.day(i));
                if (!isMember) {
                    Activity a = activities.get(i);
                    LocalDate date = run.date(i);
                    c.report(
                            Subject.of(a.id()),
                            ImmutableList.of(Subject.of(member)),
                            date,
                            Message.of(a.jointPatrols().isEmpty() ? "message" : "message.joint")
                                    .with("activity", a.id())
                                    .with("date", date)
                                    .with("member", member)
                                    .with("status", where.status(k))
                                    .with("patrol", a.patrol()));
                }
            }
        }
    }

    /** Tells whether one of {@code held} is appointed on {@code date} in a patrol of the joint {@code activity}. */
    private static boolean inJointPatrol(List<Membership> held, Activity activity, LocalDate date) {
        for (Membership m : held) {
            if (activity.involves(m.patrol()) && m.isActiveOn(date)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One member's memberships as numbers: each one's patrol as {@link RunFacts#organiser}
     * numbers it, and its tenure in epoch days. A membership is appointed on a date exactly when
     * its tenure holds the date (a status history can only go from recommended to appointed to
     * ended, on dates that never go back), so this answers as {@link Membership#isActiveOn} does.
     */
    private static final class Tenures {
        private final int[] patrols;
        private final long[] from;
        private final long[] to;

        Tenures(List<Membership> held, RunFacts run) {
            patrols = new int[held.size()];
            from = new long[held.size()];
            to = new long[held.size()];
            for (int j = 0; j < patrols.length; j++) {
                Membership m = held.get(j);
                patrols[j] = run.organiserNumber(m.patrol());
                Optional<DateRange> tenure = m.tenure();
                if (tenure.isPresent()) {
                    DateRange t = tenure.get();
                    from[j] = t.start().toEpochDay();
                    to[j] = t.isUnboundedEnd() ? Long.MAX_VALUE : t.end().toEpochDay();
                } // else [0, 0), which holds no day
            }
        }

        /** Tells whether a membership in the patrol numbered {@code patrol} is appointed on {@code day}. */
        boolean inPatrolOn(int patrol, long day) {
            for (int j = 0; j < patrols.length; j++) {
                if (patrols[j] == patrol && from[j] <= day && day < to[j]) {
                    return true;
                }
            }
            return false;
        }
    }

    // MEMBER_IN_OVERLAPPING_ACTIVITIES

    static void membersAreInOneActivityAtATime(RuleContext c) {
        RunFacts run = c.run();
        List<Activity> all = run.activities();
        // Each member is present at about twenty activities: they are taken as indexes, ordered
        // and compared by the run's columns of starts and ends, and an activity is reached only
        // to tell two that start together apart by id, or for a finding.
        for (Map.Entry<MemberId, RunFacts.Attendances> entry :
                run.attendanceByMember().entrySet()) {
            MemberId member = entry.getKey();
            RunFacts.Attendances where = entry.getValue();
            int[] present = new int[where.size()];
            int n = 0;
            for (int k = 0; k < where.size(); k++) {
                int i = where.activity(k);
                if (run.isUntil(i) && where.status(k) == AttendanceStatus.PRESENT) {
                    present[n++] = i;
                }
            }
            if (n < 2) {
                continue;
            }
            byStartThenId(run, all, present, n);
            int latest = present[0];
            for (int m = 1; m < n; m++) {
                int next = present[m];
                if (run.compareStartWithEnd(next, latest) < 0) {
                    Activity earlier = all.get(latest);
                    Activity later = all.get(next);
                    LocalDate date = run.date(next);
                    c.report(
                            Subject.of(member),
                            ImmutableList.of(Subject.of(earlier.id()), Subject.of(later.id())),
                            date,
                            Message.of("message")
                                    .with("member", member)
                                    .with("activity", earlier.id())
                                    .with("other", later.id())
                                    .with("date", date));
                }
                if (run.compareEnds(next, latest) > 0) {
                    latest = next;
                }
            }
        }
    }

    /** The order of {@link #byStartThenId}: by start, then by id as text. */
    private static int compareByStartThenId(RunFacts run, List<Activity> all, int i, int j) {
        int byStart = run.compareStarts(i, j);
        return byStart != 0
                ? byStart
                : all.get(i).id().toString().compareTo(all.get(j).id().toString());
    }

    /**
     * Puts the first {@code n} activity indexes of {@code indexes} in order of the activities'
     * starts, and of their ids as text where they start together. A member's activities are
     * nearly always in that order already, as the registry holds them in the order added, so
     * they are checked first and sorted only if they are not.
     */
    private static void byStartThenId(RunFacts run, List<Activity> all, int[] indexes, int n) {
        for (int m = 1; m < n; m++) {
            if (compareByStartThenId(run, all, indexes[m - 1], indexes[m]) > 0) {
                Integer[] boxed = new Integer[n];
                for (int k = 0; k < n; k++) {
                    boxed[k] = indexes[k];
                }
                Arrays.sort(boxed, (i, j) -> compareByStartThenId(run, all, i, j));
                for (int k = 0; k < n; k++) {
                    indexes[k] = boxed[k];
                }
                return;
            }
        }
    }

    // ACTIVITY_TOO_LONG

    static void activitiesLastAPlausibleTime(RuleContext c) {
        // Half a million activities: their durations are judged from the run's columns, and an
        // activity is reached only for a finding.
        RunFacts run = c.run();
        List<Activity> all = run.activities();
        Duration maximum = c.policy().maximumActivityDuration();
        for (int i = 0; i < all.size(); i++) {
            if (run.isUntil(i) && run.lastsLongerThan(i, maximum)) {
                Activity a = all.get(i);
                LocalDate date = run.date(i);
                c.report(
                        Subject.of(a.id()),
                        date,
                        Message.of("message")
                                .with("activity", a.id())
                                .with("date", date)
                                .with("duration", a.duration())
                                .with("maximum", maximum));
            }
        }
    }

    // ACTIVITY_REQUESTER_MISSING

    static void requestedActivitiesNameTheirRequester(RuleContext c) {
        RunFacts run = c.run();
        List<Activity> all = run.activities();
        for (int i = 0; i < all.size(); i++) {
            Activity a = all.get(i);
            if (run.isUntil(i) && a.type().isRequested() && a.requestedBy().isEmpty()) {
                LocalDate date = run.date(i);
                c.report(
                        Subject.of(a.id()),
                        date,
                        Message.of("message")
                                .with("activity", a.id())
                                .with("date", date)
                                .with("type", a.type()));
            }
        }
    }

    // ACTIVITY_REQUESTER_MISMATCH

    static void requestersMatchTheActivityType(RuleContext c) {
        RunFacts run = c.run();
        List<Activity> all = run.activities();
        for (int i = 0; i < all.size(); i++) {
            Activity a = all.get(i);
            if (!run.isUntil(i) || a.requestedBy().isEmpty()) {
                continue;
            }
            LocalDate date = run.date(i);
            Authority requester = a.requestedBy().get();
            Message problem = null;
            if (!a.type().isRequested()) {
                problem = Message.of("message.notRequested");
            } else if (a.type() == ActivityType.POLICE_REQUEST) {
                problem = policeRequesterProblem(c, requester);
            } else if (a.type() == ActivityType.LOCAL_GOVERNMENT_REQUEST) {
                problem = localRequesterProblem(c, requester, date);
            }
            if (problem != null) {
                c.report(
                        Subject.of(a.id()),
                        date,
                        problem.with("activity", a.id()).with("date", date).with("type", a.type()));
            }
        }
    }

    /** A police request comes from the chief of a listed kind of unit (Act Art. 7(3)). */
    private static @Nullable Message policeRequesterProblem(RuleContext c, Authority requester) {
        if (requester.kind() != AuthorityKind.POLICE) {
            return requester(Message.of("message.notPolice"), requester);
        }
        // A unit the registry does not hold is reported as a dangling reference instead.
        Optional<PoliceUnit> unit = requester.policeUnit().flatMap(c.registry()::policeUnit);
        if (unit.isPresent()
                && !c.policy().policeRequesters().contains(unit.get().kind())) {
            return Message.of("message.policeUnit")
                    .with("requester", requester.name())
                    .with("unitKind", unit.get().kind())
                    .with("allowed", c.policy().policeRequesters());
        }
        return null;
    }

    /** A local request comes from a listed kind of government, from its first date (Act Art. 7(4)). */
    private static @Nullable Message localRequesterProblem(RuleContext c, Authority requester, LocalDate date) {
        LocalDate from = c.policy().localRequestersFrom().get(requester.kind());
        if (from == null) {
            return requester(Message.of("message.notLocal"), requester);
        }
        if (date.isBefore(from)) {
            return requester(Message.of("message.tooEarly"), requester).with("from", from);
        }
        return null;
    }

    private static Message requester(Message message, Authority requester) {
        return message.with("requesterKind", requester.kind()).with("requester", requester.name());
    }

    // MEMBER_UNEXCUSED_ABSENCES

    static void membersAreRarelyAbsentWithoutExcuse(RuleContext c) {
        int limit = c.policy().unexcusedAbsenceLimit();
        RunFacts run = c.run();
        Map<MemberId, Map<Integer, List<LocalDate>>> absences = new HashMap<>();
        for (Map.Entry<MemberId, RunFacts.Attendances> entry :
                run.attendanceByMember().entrySet()) {
            RunFacts.Attendances where = entry.getValue();
            for (int k = 0; k < where.size(); k++) {
                int i = where.activity(k);
                if (run.isUntil(i) && where.status(k) == AttendanceStatus.UNEXCUSED_ABSENCE) {
                    LocalDate date = run.date(i);
                    absences.computeIfAbsent(entry.getKey(), m -> new HashMap<>())
                            .computeIfAbsent(date.getYear(), y -> new ArrayList<>())
                            .add(date);
                }
            }
        }
        absences.forEach((member, byYear) -> byYear.forEach((year, dates) -> {
            if (dates.size() >= limit) {
                dates.sort(Comparator.naturalOrder());
                LocalDate reached = dates.get(limit - 1);
                c.report(
                        Subject.of(member),
                        reached,
                        Message.of("message")
                                .with("member", member)
                                .with("count", dates.size())
                                .with("year", Year.of(year))
                                .with("limit", limit)
                                .with("date", reached));
            }
        }));
    }
}
