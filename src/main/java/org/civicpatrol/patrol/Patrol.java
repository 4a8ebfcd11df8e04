package org.civicpatrol.patrol;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.geo.PoliceUnitId;
import org.civicpatrol.internal.MissingAttributesException;
import org.civicpatrol.internal.TextChecks;
import org.civicpatrol.time.DateRange;
import org.immutables.value.Value;

/**
 * A volunteer crime-prevention patrol (Korea's 자율방범대): its name, dates, activity area, competent
 * police unit, posts and federation.
 *
 * <p>A patrol's life starts when it is formed (or, if that date is unknown, when it is
 * registered) and ends when it is dissolved; its {@linkplain #statusOn(LocalDate) status} on any
 * date follows from these dates. The activity area is one or more districts, as a rule one 읍·면·동
 * (Act Art. 3(1)), and the competent police unit is named, not derived from the district, because
 * police jurisdictions cut across districts.
 *
 * <pre>{@code
 * Patrol tanbang = new Patrol.Builder()
 *         .id(PatrolId.of("tanbang"))
 *         .name("탄방동 자율방범대")
 *         .formedOn(LocalDate.of(1993, 3, 1))
 *         .registeredOn(LocalDate.of(1993, 3, 1))
 *         .addActivityArea(DistrictId.of("3017055500"))
 *         .policeUnit(PoliceUnitId.of("dunsan"))
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Patrol {

    Patrol() {}

    /**
     * Returns the identifier of the patrol.
     *
     * @return the id
     */
    public abstract PatrolId id();

    /**
     * Returns the official name, such as {@code 탄방동 자율방범대}. Whether it follows a jurisdiction's
     * name pattern is a matter for validation.
     *
     * @return the non-blank name
     */
    public abstract String name();

    /**
     * Returns the date on which residents formed the patrol, if known.
     *
     * @return the formation date
     */
    public abstract Optional<LocalDate> formedOn();

    /**
     * Returns the date on which the patrol was registered with the competent police unit, if it
     * has been.
     *
     * @return the registration date
     */
    public abstract Optional<LocalDate> registeredOn();

    /**
     * Returns the date on which the patrol was dissolved, if it has been.
     *
     * @return the dissolution date, the first date on which it no longer exists
     */
    public abstract Optional<LocalDate> dissolvedOn();

    /**
     * Returns the districts the patrol is active in, in the order given.
     *
     * @return one or more districts
     */
    public abstract Set<DistrictId> activityArea();

    /**
     * Returns the competent police unit, to which the patrol reports.
     *
     * @return the police unit's id
     */
    public abstract PoliceUnitId policeUnit();

    /**
     * Returns the patrol's posts, in the order given.
     *
     * @return the posts, possibly none
     */
    public abstract List<PatrolPost> posts();

    /**
     * Returns the police's approvals of a larger complement than the usual maximum, if any (Rule
     * Art. 3(1)); the latest one on or before a date applies on it.
     *
     * @return the approvals, possibly none
     */
    public abstract List<ComplementApproval> complementApprovals();

    /**
     * Returns the complement the police approved for {@code date}: that of the latest approval
     * on or before it.
     *
     * @param date the date
     * @return the approved maximum, or empty if no approval applies on {@code date}
     */
    public OptionalInt approvedComplementOn(LocalDate date) {
        Optional<ComplementApproval> latest =
                latestOnOrBefore(complementApprovals(), ComplementApproval::approvedOn, date);
        return latest.isPresent() ? OptionalInt.of(latest.get().maximum()) : OptionalInt.empty();
    }

    /**
     * Returns whether the registry records the patrol's roster: its memberships. Real lists from
     * public data (a station's list of patrol posts, a province's table of patrols with member
     * counts) have none; the rules that need a roster do not judge a patrol without one, and its
     * complement is judged by its {@linkplain #reportedHeadcounts() reported headcount}.
     * {@code true} unless set.
     *
     * @return whether the roster is recorded
     */
    @Value.Default
    public boolean rosterRecorded() {
        return true;
    }

    /**
     * Returns the numbers of members the patrol reported, each on a date, if any.
     *
     * @return the headcounts, possibly none
     */
    public abstract List<Headcount> reportedHeadcounts();

    /**
     * Returns the latest headcount the patrol reported on or before {@code date}.
     *
     * @param date the date
     * @return the headcount, or empty if none was reported by then
     */
    public Optional<Headcount> reportedHeadcountOn(LocalDate date) {
        return latestOnOrBefore(reportedHeadcounts(), Headcount::date, date);
    }

    /** Returns the dated fact with the latest date on or before {@code date}, the first added on a tie. */
    private static <T> Optional<T> latestOnOrBefore(List<T> facts, Function<T, LocalDate> dateOf, LocalDate date) {
        checkNotNull(date, "date");
        T latest = null;
        for (T fact : facts) {
            LocalDate day = dateOf.apply(fact);
            if (!day.isAfter(date) && (latest == null || day.isAfter(dateOf.apply(latest)))) {
                latest = fact;
            }
        }
        return Optional.ofNullable(latest);
    }

    /**
     * Returns the federation the patrol belongs to, if any.
     *
     * @return the federation's id
     */
    public abstract Optional<FederationId> federation();

    @Value.Check
    final void check() {
        checkArgument(!TextChecks.isBlank(name()), "patrol %s has a blank name", id());
        checkArgument(!activityArea().isEmpty(), "patrol %s has an empty activity area", id());
        checkArgument(
                formedOn().isPresent() || registeredOn().isPresent(),
                "patrol %s has neither a formation nor a registration date",
                id());
        formedOn()
                .ifPresent(formed -> registeredOn()
                        .ifPresent(registered -> checkArgument(
                                !registered.isBefore(formed),
                                "patrol %s is registered (%s) before it is formed (%s)",
                                id(),
                                registered,
                                formed)));
        // Registration is never before formation (checked above), so it is the later start.
        LocalDate latestStart = registeredOn().or(this::formedOn).orElseThrow();
        dissolvedOn()
                .ifPresent(dissolved -> checkArgument(
                        !dissolved.isBefore(latestStart),
                        "patrol %s is dissolved (%s) before it is %s (%s)",
                        id(),
                        dissolved,
                        registeredOn().isPresent() ? "registered" : "formed",
                        latestStart));
    }

    /**
     * Returns the dates on which the patrol exists, forming or registered: from its formation
     * (or registration, if the formation date is unknown) to its dissolution.
     *
     * @return the life of the patrol
     */
    public DateRange life() {
        LocalDate start = formedOn().or(this::registeredOn).orElseThrow();
        return dissolvedOn().map(end -> DateRange.of(start, end)).orElseGet(() -> DateRange.startingOn(start));
    }

    /**
     * Returns the status of the patrol on {@code date}, or empty before its life starts.
     *
     * @param date the date
     * @return forming, registered or dissolved
     */
    public Optional<PatrolStatus> statusOn(LocalDate date) {
        if (dissolvedOn().isPresent() && !date.isBefore(dissolvedOn().get())) {
            return Optional.of(PatrolStatus.DISSOLVED);
        }
        if (registeredOn().isPresent() && !date.isBefore(registeredOn().get())) {
            return Optional.of(PatrolStatus.REGISTERED);
        }
        if (formedOn().isPresent() && !date.isBefore(formedOn().get())) {
            return Optional.of(PatrolStatus.FORMING);
        }
        return Optional.empty();
    }

    /**
     * Returns whether the patrol is registered, and not dissolved, on {@code date}.
     *
     * @param date the date
     * @return true if its status on that date is {@link PatrolStatus#REGISTERED}
     */
    public boolean isRegisteredOn(LocalDate date) {
        return statusOn(date).equals(Optional.of(PatrolStatus.REGISTERED));
    }

    /**
     * Returns this patrol registered with the police on {@code date}.
     *
     * @param date the registration date
     * @return the registered patrol
     * @throws IllegalStateException if the patrol is already registered
     * @throws IllegalArgumentException if {@code date} is before its formation or after its
     *     dissolution
     */
    public Patrol registeredOn(LocalDate date) {
        checkNotNull(date, "date");
        checkState(
                registeredOn().isEmpty(),
                "patrol %s is already registered (on %s)",
                id(),
                registeredOn().orElse(null));
        return new Builder().from(this).registeredOn(date).build();
    }

    /**
     * Returns this patrol dissolved on {@code date}.
     *
     * @param date the dissolution date, the first date on which it no longer exists
     * @return the dissolved patrol
     * @throws IllegalStateException if the patrol is already dissolved
     * @throws IllegalArgumentException if {@code date} is before its registration or formation
     */
    public Patrol dissolvedOn(LocalDate date) {
        checkNotNull(date, "date");
        checkState(
                dissolvedOn().isEmpty(),
                "patrol %s is already dissolved (on %s)",
                id(),
                dissolvedOn().orElse(null));
        return new Builder().from(this).dissolvedOn(date).build();
    }

    /**
     * Returns this patrol under another name, as when a patrol takes the name of the 동 it now
     * serves; its history (dates, memberships, activities) is its own, by id.
     *
     * @param name the new official name
     * @return the renamed patrol
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public Patrol renamed(String name) {
        checkNotNull(name, "name");
        return new Builder().from(this).name(name).build();
    }

    /**
     * Returns this patrol under another competent police unit, as when the police redraw their
     * jurisdictions.
     *
     * @param policeUnit the id of the new competent police unit
     * @return the transferred patrol
     */
    public Patrol transferredTo(PoliceUnitId policeUnit) {
        checkNotNull(policeUnit, "policeUnit");
        return new Builder().from(this).policeUnit(policeUnit).build();
    }

    /**
     * Builds a {@link Patrol}.
     *
     * <p>{@code id}, {@code name} and {@code policeUnit} must be set; {@code rosterRecorded} has a
     * default; every other attribute is optional, or a collection that starts empty. A method named
     * after an attribute sets it, replacing what was set (for a collection, all its elements); an
     * {@code add} method adds elements; {@code from} copies the attributes of a value, adding to
     * collections. A builder is not thread-safe, and can build more than once.
     */
    public static final class Builder extends ImmutablePatrol.Builder {
        /** Creates an empty builder. */
        public Builder() {}

        /**
         * Builds the {@link Patrol} from the attributes set.
         *
         * @return the new {@code Patrol}
         * @throws IllegalStateException if {@code id}, {@code name} or {@code policeUnit} is not
         *     set; the message names the type and each attribute not set
         * @throws IllegalArgumentException if the attributes do not make a valid {@code Patrol}
         */
        @Override
        public Patrol build() {
            return MissingAttributesException.build(Patrol.class, super::build);
        }
    }
}
