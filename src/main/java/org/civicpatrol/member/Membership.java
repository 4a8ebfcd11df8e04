package org.civicpatrol.member;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.civicpatrol.internal.MissingAttributesException;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.time.DateRange;
import org.immutables.value.Value;

/**
 * The appointment of a member to a patrol: a dated status history and dated roles.
 *
 * <p>The history runs recommended → appointed → dismissed or resigned; a recommendation may be
 * missing from old records, and a recommendation may end without an appointment. A person who
 * rejoins gets a new membership, so a membership is appointed at most once. The person is a
 * member from the date of appointment up to, not including, the date of the end.
 *
 * <p>A member holds {@link Role#MEMBER} unless one of the {@linkplain #roles() role assignments}
 * covers the date; assignments do not overlap. Whether they lie within the appointment, and
 * whether officers' terms follow the rules, is left to validation.
 *
 * <pre>{@code
 * Membership membership = new Membership.Builder()
 *         .id(MembershipId.of("ms-0001"))
 *         .member(MemberId.of("m-0001"))
 *         .patrol(PatrolId.of("tanbang"))
 *         .recommendedOn(LocalDate.of(2014, 2, 20))
 *         .appointedOn(LocalDate.of(2014, 3, 1))
 *         .addRole(Role.LEADER, DateRange.of(LocalDate.of(2014, 3, 1), LocalDate.of(2017, 3, 1)))
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Membership {

    Membership() {}

    /**
     * Returns the identifier of the membership.
     *
     * @return the id
     */
    public abstract MembershipId id();

    /**
     * Returns the member appointed.
     *
     * @return the member's id
     */
    public abstract MemberId member();

    /**
     * Returns the patrol the member is appointed to.
     *
     * @return the patrol's id
     */
    public abstract PatrolId patrol();

    /**
     * Returns the status changes in the order they happened.
     *
     * @return one or more changes, dates never decreasing
     */
    public abstract List<StatusChange> history();

    /**
     * Returns the roles held, in the order given; they never overlap.
     *
     * @return the role assignments, possibly none
     */
    public abstract List<RoleAssignment> roles();

    @Value.Check
    final void check() {
        checkArgument(!history().isEmpty(), "membership %s has no status history", id());
        StatusChange first = history().get(0);
        checkArgument(
                first.status() == MembershipStatus.RECOMMENDED || first.status() == MembershipStatus.APPOINTED,
                "membership %s starts with %s on %s instead of a recommendation or an appointment",
                id(),
                first.status(),
                first.date());
        for (int i = 1; i < history().size(); i++) {
            StatusChange previous = history().get(i - 1);
            StatusChange next = history().get(i);
            checkArgument(
                    previous.status().canMoveTo(next.status()),
                    "membership %s cannot move from %s (on %s) to %s (on %s)",
                    id(),
                    previous.status(),
                    previous.date(),
                    next.status(),
                    next.date());
            checkArgument(
                    !next.date().isBefore(previous.date()),
                    "membership %s is %s on %s, before it is %s on %s",
                    id(),
                    next.status(),
                    next.date(),
                    previous.status(),
                    previous.date());
        }
        List<RoleAssignment> byStart = roles().stream()
                .sorted(Comparator.comparing(assignment -> assignment.term().start()))
                .toList();
        for (int i = 1; i < byStart.size(); i++) {
            RoleAssignment previous = byStart.get(i - 1);
            RoleAssignment next = byStart.get(i);
            checkArgument(
                    !previous.term().overlaps(next.term()),
                    "membership %s has overlapping roles %s %s and %s %s",
                    id(),
                    previous.role(),
                    previous.term(),
                    next.role(),
                    next.term());
        }
    }

    /**
     * Returns the latest status of the membership.
     *
     * @return the status of the last change
     */
    public MembershipStatus status() {
        return last().status();
    }

    /**
     * Returns the status on {@code date}: that of the last change on or before it.
     *
     * @param date the date
     * @return the status, or empty before the first change
     */
    public Optional<MembershipStatus> statusOn(LocalDate date) {
        MembershipStatus status = null;
        for (StatusChange change : history()) {
            if (change.date().isAfter(date)) {
                break;
            }
            status = change.status();
        }
        return Optional.ofNullable(status);
    }

    /**
     * Returns whether the person is an appointed member on {@code date}.
     *
     * @param date the date
     * @return true if the status on {@code date} is {@link MembershipStatus#APPOINTED}
     */
    public boolean isActiveOn(LocalDate date) {
        return statusOn(date).equals(Optional.of(MembershipStatus.APPOINTED));
    }

    /**
     * Returns the date of appointment, if the member has been appointed.
     *
     * @return the first date as a member
     */
    public Optional<LocalDate> appointedOn() {
        return dateOf(MembershipStatus.APPOINTED);
    }

    /**
     * Returns the date on which the membership ended, if it has.
     *
     * @return the date of the dismissal or resignation, the first date no longer as a member
     */
    public Optional<LocalDate> endedOn() {
        StatusChange last = last();
        return last.status().isTerminal() ? Optional.of(last.date()) : Optional.empty();
    }

    /**
     * Returns the dates on which the person is a member: from appointment to the end.
     *
     * @return the tenure, or empty if never appointed
     */
    public Optional<DateRange> tenure() {
        return appointedOn()
                .map(start ->
                        endedOn().map(end -> DateRange.of(start, end)).orElseGet(() -> DateRange.startingOn(start)));
    }

    /**
     * Returns the role the member holds on {@code date}.
     *
     * @param date the date
     * @return the role of the assignment covering {@code date}, {@link Role#MEMBER} if none does,
     *     or empty if the person is not an appointed member on that date
     */
    public Optional<Role> roleOn(LocalDate date) {
        if (!isActiveOn(date)) {
            return Optional.empty();
        }
        for (RoleAssignment assignment : roles()) { // a loop: validation asks this of every membership
            if (assignment.isHeldOn(date)) {
                return Optional.of(assignment.role());
            }
        }
        return Optional.of(Role.MEMBER);
    }

    /**
     * Returns this membership, recommended until now, appointed on {@code date}.
     *
     * @param date the date of appointment
     * @return the appointed membership
     * @throws IllegalStateException if the membership is not a recommendation in progress
     * @throws IllegalArgumentException if {@code date} is before the recommendation
     */
    public Membership appointedOn(LocalDate date) {
        return withChange(StatusChange.of(MembershipStatus.APPOINTED, date));
    }

    /**
     * Returns this membership ended by dismissal on {@code date}.
     *
     * @param date the first date on which the person is no longer a member
     * @param reason the ground for dismissal
     * @return the ended membership
     * @throws IllegalStateException if the membership has already ended
     * @throws IllegalArgumentException if {@code date} is before the latest change
     */
    public Membership dismissedOn(LocalDate date, SeparationReason reason) {
        return withChange(StatusChange.of(MembershipStatus.DISMISSED, date, reason));
    }

    /**
     * Returns this membership ended by resignation on {@code date}.
     *
     * @param date the first date on which the person is no longer a member
     * @param reason why the member left
     * @return the ended membership
     * @throws IllegalStateException if the membership has already ended
     * @throws IllegalArgumentException if {@code date} is before the latest change
     */
    public Membership resignedOn(LocalDate date, SeparationReason reason) {
        return withChange(StatusChange.of(MembershipStatus.RESIGNED, date, reason));
    }

    /**
     * Returns this membership with {@code role} held for {@code term}.
     *
     * @param role the role
     * @param term the dates on which it is held
     * @return the membership with the added assignment
     * @throws IllegalArgumentException if the term is empty or overlaps another assignment
     */
    public Membership withRole(Role role, DateRange term) {
        return new Builder().from(this).addRole(role, term).build();
    }

    private Membership withChange(StatusChange change) {
        checkState(
                status().canMoveTo(change.status()),
                "membership %s cannot move from %s to %s",
                id(),
                status(),
                change.status());
        return new Builder().from(this).addHistory(change).build();
    }

    private StatusChange last() {
        return history().get(history().size() - 1);
    }

    private Optional<LocalDate> dateOf(MembershipStatus status) {
        for (StatusChange change : history()) {
            if (change.status() == status) {
                return Optional.of(change.date());
            }
        }
        return Optional.empty();
    }

    /**
     * Builds a {@link Membership}.
     *
     * <p>{@code id}, {@code member} and {@code patrol} must be set; every other attribute is
     * optional, or a collection that starts empty. A method named after an attribute sets it,
     * replacing what was set (for a collection, all its elements); an {@code add} method adds
     * elements; {@code from} copies the attributes of a value, adding to collections. A builder is
     * not thread-safe, and can build more than once.
     */
    public static final class Builder extends ImmutableMembership.Builder {
        /** Creates an empty builder. */
        public Builder() {}

        /**
         * Builds the {@link Membership} from the attributes set.
         *
         * @return the new {@code Membership}
         * @throws IllegalStateException if {@code id}, {@code member} or {@code patrol} is not set;
         *     the message names the type and each attribute not set
         * @throws IllegalArgumentException if the attributes do not make a valid {@code Membership}
         */
        @Override
        public Membership build() {
            return MissingAttributesException.build(Membership.class, super::build);
        }

        /**
         * Adds a recommendation on {@code date} to the history.
         *
         * @param date the date of recommendation
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder recommendedOn(LocalDate date) {
            return addHistory(StatusChange.of(MembershipStatus.RECOMMENDED, date));
        }

        /**
         * Adds an appointment on {@code date} to the history.
         *
         * @param date the date of appointment
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder appointedOn(LocalDate date) {
            return addHistory(StatusChange.of(MembershipStatus.APPOINTED, date));
        }

        /**
         * Adds a dismissal on {@code date} to the history.
         *
         * @param date the first date on which the person is no longer a member
         * @param reason the ground for dismissal
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder dismissedOn(LocalDate date, SeparationReason reason) {
            return addHistory(StatusChange.of(MembershipStatus.DISMISSED, date, reason));
        }

        /**
         * Adds a resignation on {@code date} to the history.
         *
         * @param date the first date on which the person is no longer a member
         * @param reason why the member left
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder resignedOn(LocalDate date, SeparationReason reason) {
            return addHistory(StatusChange.of(MembershipStatus.RESIGNED, date, reason));
        }

        /**
         * Adds the assignment of {@code role} for {@code term}.
         *
         * @param role the role
         * @param term the dates on which it is held
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder addRole(Role role, DateRange term) {
            return addRole(RoleAssignment.of(role, term));
        }
    }
}
