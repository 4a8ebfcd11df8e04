package org.civicpatrol.registry;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.Membership;
import org.civicpatrol.member.MembershipId;
import org.civicpatrol.member.TrainingKind;
import org.civicpatrol.member.TrainingObligation;
import org.civicpatrol.member.TrainingRecord;
import org.civicpatrol.member.TrainingRequirement;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.time.DateRange;

/**
 * Memberships by patrol and by member, and members' training by date: who is appointed when,
 * and what they owe of training.
 */
final class MembershipIndex {

    private static final Grouping<PatrolId, Membership> BY_PATROL = Grouping.by(Membership::patrol);
    private static final Grouping<MemberId, Membership> BY_MEMBER = Grouping.by(Membership::member);
    private static final Grouping<MemberId, TrainingRecord> TRAINING_BY_MEMBER = Grouping.byDate(
            r -> ImmutableList.of(r.member()), TrainingRecord::date, Comparator.comparing(TrainingRecord::kind));

    /** Memberships, found by id, by patrol and by member. */
    static final Store.Kind<MembershipId, Membership> KIND =
            Store.Kind.withIds("membership", "memberships", Membership::id, BY_PATROL, BY_MEMBER);

    /** Training records, found by member and date. */
    static final Store.Kind<Void, TrainingRecord> TRAINING_KIND =
            Store.Kind.withoutIds("training record", "training records", TRAINING_BY_MEMBER);

    private final Store<MembershipId, Membership> memberships;
    private final Groups<PatrolId, Membership> byPatrol;
    private final Groups<MemberId, Membership> byMember;
    private final Store<Void, TrainingRecord> trainingRecords;
    private final Groups<MemberId, TrainingRecord> trainingByMember;

    MembershipIndex(Store<MembershipId, Membership> memberships, Store<Void, TrainingRecord> trainingRecords) {
        this.memberships = memberships;
        this.byPatrol = memberships.groups(BY_PATROL);
        this.byMember = memberships.groups(BY_MEMBER);
        this.trainingRecords = trainingRecords;
        this.trainingByMember = trainingRecords.groups(TRAINING_BY_MEMBER);
    }

    Store<MembershipId, Membership> table() {
        return memberships;
    }

    Store<Void, TrainingRecord> trainingRecords() {
        return trainingRecords;
    }

    ImmutableList<Membership> of(PatrolId id) {
        return byPatrol.get(id);
    }

    ImmutableList<Membership> of(MemberId id) {
        return byMember.get(id);
    }

    ImmutableList<Membership> activeOf(PatrolId id, LocalDate date) {
        List<Membership> active = new ArrayList<>();
        for (Membership membership : byPatrol.get(id)) {
            if (membership.isActiveOn(date)) {
                active.add(membership);
            }
        }
        return ImmutableList.copyOf(active);
    }

    Optional<Membership> on(MemberId id, LocalDate date) {
        return on(byMember.get(id), date);
    }

    // The judgement of training below reads a member's memberships and training records once and
    // passes them on: each lookup by id is a walk of a hash trie, which a roll-up would otherwise
    // repeat several times for every active member.

    private static Optional<Membership> on(List<Membership> memberships, LocalDate date) {
        for (Membership membership : memberships) {
            if (membership.isActiveOn(date)) {
                return Optional.of(membership);
            }
        }
        return Optional.empty();
    }

    Optional<LocalDate> firstAppointmentOf(MemberId id) {
        return firstAppointmentOf(byMember.get(id));
    }

    private static Optional<LocalDate> firstAppointmentOf(List<Membership> memberships) {
        LocalDate first = null;
        for (Membership membership : memberships) {
            Optional<LocalDate> appointed = membership.appointedOn();
            if (appointed.isPresent() && (first == null || appointed.get().isBefore(first))) {
                first = appointed.get();
            }
        }
        return Optional.ofNullable(first);
    }

    ImmutableList<TrainingRecord> trainingOf(MemberId id) {
        return trainingByMember.get(id);
    }

    Duration trainingTimeOf(MemberId id, TrainingKind kind, DateRange period) {
        return trainingTime(trainingByMember.get(id, period), kind, period);
    }

    /** The time of training of {@code kind} among {@code records} (one member's) in {@code period}. */
    private static Duration trainingTime(List<TrainingRecord> records, TrainingKind kind, DateRange period) {
        Duration total = Duration.ZERO;
        for (TrainingRecord record : records) {
            if (record.kind() == kind && period.contains(record.date())) {
                total = total.plus(record.duration());
            }
        }
        return total;
    }

    /** The one judgement of training; see {@link Registry#trainingObligationsOf}. */
    ImmutableList<TrainingObligation> obligationsOf(MemberId id, LocalDate asOf, TrainingRequirement requirement) {
        ImmutableList<Membership> memberships = byMember.get(id);
        if (memberships.isEmpty()) {
            return ImmutableList.of();
        }
        ImmutableList<TrainingRecord> records = trainingByMember.get(id);
        Optional<LocalDate> appointed = newAppointmentOf(memberships, asOf, requirement.restartsAfterBreak());
        if (appointed.isEmpty()) {
            return ImmutableList.of();
        }
        LocalDate start = appointed.get();
        ImmutableList.Builder<TrainingObligation> owed = ImmutableList.builderWithExpectedSize(2);
        Optional<TrainingObligation> basic = basicOwed(id, records, start, asOf, requirement);
        basic.ifPresent(owed::add);
        if (asOf.getYear() > Year.MIN_VALUE) {
            Year year = Year.from(asOf).minusYears(1);
            if (owesInService(year, memberships, records, start, asOf, basic, requirement)) {
                DateRange inService = DateRange.ofYear(year);
                owed.add(obligation(id, TrainingKind.IN_SERVICE, inService, requirement.inServicePerYear(), records));
            }
        }
        return owed.build();
    }

    /**
     * Returns the in-service training of the calendar year of {@code asOf}, still running: owed
     * on the same terms as a past year's ({@link #obligationsOf}), counting the sessions from the
     * year's first day up to and including {@code asOf}; empty if the member does not owe it.
     */
    Optional<TrainingObligation> inServiceSoFarOf(MemberId id, LocalDate asOf, TrainingRequirement requirement) {
        ImmutableList<Membership> memberships = byMember.get(id);
        ImmutableList<TrainingRecord> records = trainingByMember.get(id);
        Optional<LocalDate> appointed = newAppointmentOf(memberships, asOf, requirement.restartsAfterBreak());
        if (appointed.isEmpty()) {
            return Optional.empty();
        }
        LocalDate start = appointed.get();
        Optional<TrainingObligation> basic = basicOwed(id, records, start, asOf, requirement);
        Year year = Year.from(asOf);
        if (!owesInService(year, memberships, records, start, asOf, basic, requirement)) {
            return Optional.empty();
        }
        DateRange soFar = asOf.equals(LocalDate.MAX)
                ? DateRange.startingOn(year.atDay(1))
                : DateRange.of(year.atDay(1), asOf.plusDays(1));
        return Optional.of(obligation(id, TrainingKind.IN_SERVICE, soFar, requirement.inServicePerYear(), records));
    }

    /** The basic training owed since {@code start}, once its period is over by {@code asOf}. */
    private static Optional<TrainingObligation> basicOwed(
            MemberId id,
            List<TrainingRecord> records,
            LocalDate start,
            LocalDate asOf,
            TrainingRequirement requirement) {
        LocalDate basicEnd = requirement.basicPeriodEnd(start);
        if (basicEnd.isAfter(asOf)) {
            return Optional.empty();
        }
        DateRange period = DateRange.of(start, basicEnd);
        return Optional.of(obligation(id, TrainingKind.BASIC, period, requirement.basic(), records));
    }

    /** The training of {@code kind} owed in {@code period}, with the time {@code records} hold in it. */
    private static TrainingObligation obligation(
            MemberId id, TrainingKind kind, DateRange period, Duration required, List<TrainingRecord> records) {
        return TrainingObligation.of(id, kind, period, required, trainingTime(records, kind, period));
    }

    /**
     * Tells whether in-service training is owed for {@code year}: in the years after the year
     * the basic training was completed, for a year on whose first day the member was already in
     * the current, unbroken appointment (a run that reaches {@code asOf} unbroken covers that
     * day; without restarts, ask the memberships).
     */
    private static boolean owesInService(
            Year year,
            List<Membership> memberships,
            List<TrainingRecord> records,
            LocalDate start,
            LocalDate asOf,
            Optional<TrainingObligation> basic,
            TrainingRequirement requirement) {
        LocalDate yearStart = year.atDay(1);
        boolean appointedAllYear = !start.isAfter(yearStart)
                && (requirement.restartsAfterBreak()
                        || on(memberships, yearStart).isPresent());
        return appointedAllYear && basicCompletedBefore(records, start, asOf, yearStart, basic, requirement);
    }

    /**
     * Returns the date of the member's new appointment that the membership active on {@code asOf}
     * belongs to: the start of the unbroken run of appointments up to {@code asOf} (memberships
     * that meet or overlap), or, if rejoining does not restart training, the first appointment
     * ever; empty if the member is not appointed on {@code asOf}.
     */
    private static Optional<LocalDate> newAppointmentOf(
            List<Membership> memberships, LocalDate asOf, boolean restartsAfterBreak) {
        Optional<Membership> active = on(memberships, asOf);
        if (active.isEmpty()) {
            return Optional.empty();
        }
        if (!restartsAfterBreak) {
            return firstAppointmentOf(memberships).filter(date -> !date.isAfter(asOf));
        }
        LocalDate start = active.get().tenure().orElseThrow().start();
        boolean extended = true;
        while (extended && start.isAfter(LocalDate.MIN)) {
            extended = false;
            LocalDate dayBefore = start.minusDays(1);
            for (Membership membership : memberships) {
                Optional<DateRange> tenure = membership.tenure();
                if (tenure.isPresent()
                        && tenure.get().start().isBefore(start)
                        && !tenure.get().end().isBefore(start)
                        && !tenure.get().start().isAfter(dayBefore)) {
                    start = tenure.get().start();
                    extended = true;
                }
            }
        }
        return Optional.of(start);
    }

    /**
     * Whether the member completed the basic training before {@code yearStart}: most members met
     * the basic obligation in its period, which ended by then; others are looked up.
     */
    private static boolean basicCompletedBefore(
            List<TrainingRecord> records,
            LocalDate start,
            LocalDate asOf,
            LocalDate yearStart,
            Optional<TrainingObligation> basic,
            TrainingRequirement requirement) {
        if (basic.isPresent()
                && basic.get().isMet()
                && !basic.get().period().end().isAfter(yearStart)) {
            return true; // completed within the basic period, which was over by the year's start
        }
        Optional<LocalDate> completed = basicCompletedOn(records, start, asOf, requirement);
        return completed.isPresent() && completed.get().isBefore(yearStart);
    }

    /**
     * Returns the date on which the member's basic sessions from {@code start} on, up to {@code
     * asOf}, first add up to the requirement, in time or late; empty if they do not.
     */
    private static Optional<LocalDate> basicCompletedOn(
            List<TrainingRecord> records, LocalDate start, LocalDate asOf, TrainingRequirement requirement) {
        if (requirement.basic().isZero()) {
            return Optional.of(start);
        }
        Duration done = Duration.ZERO;
        for (TrainingRecord record : records) { // by date
            if (record.date().isBefore(start)) {
                continue;
            }
            if (record.date().isAfter(asOf)) {
                break;
            }
            if (record.kind() == TrainingKind.BASIC) {
                done = done.plus(record.duration());
                if (done.compareTo(requirement.basic()) >= 0) {
                    return Optional.of(record.date());
                }
            }
        }
        return Optional.empty();
    }
}
