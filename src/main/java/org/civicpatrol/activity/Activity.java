package org.civicpatrol.activity;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicpatrol.geo.Authority;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.internal.MissingAttributesException;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.patrol.PatrolId;
import org.immutables.value.Value;

/**
 * One activity of a patrol: a night patrol, a youth guidance round, or an activity requested by
 * the police or a local government, with its participants, where it went and what it produced.
 *
 * <p><b>Time.</b> An activity spans the instants from {@link #start()} (inclusive) to {@link
 * #end()} (exclusive) and is recorded in a {@linkplain #zone() time zone}, Asia/Seoul unless
 * given. Its {@linkplain #duration() duration} is the exact time between the two instants, so an
 * activity across a change of daylight-saving time lasts what the clock on the wall did not show.
 * Its {@linkplain #date() date} is the local date on which it starts: a patrol from 22:00 to
 * 00:30 belongs to the evening it started on.
 *
 * <p><b>Participants.</b> Members appear in the {@linkplain #attendance() attendance}, each at
 * most once, present or absent; {@linkplain #guests() guests} are officials and police officers
 * who are not members and never count as such. A joint patrol is organised by {@link #patrol()}
 * with the {@linkplain #jointPatrols() joint patrols}, whose members may attend too.
 *
 * <p>Whether the participants are members of the patrols on that date, whether a requested
 * activity names its authority and whether its duration is plausible are rules that validation
 * checks; construction rejects only an activity that ends before it starts, a patrol joined with
 * itself, a member listed twice and instants so far from now that they have no local date.
 *
 * <pre>{@code
 * Activity night = new Activity.Builder()
 *         .id(ActivityId.of("a-1"))
 *         .patrol(PatrolId.of("tanbang"))
 *         .type(ActivityType.CRIME_PREVENTION_PATROL)
 *         .start(Instant.parse("2016-11-29T11:30:00Z"))
 *         .end(Instant.parse("2016-11-29T12:30:00Z"))
 *         .addAttendance(Attendance.present(MemberId.of("m-1")))
 *         .addGuest(Guest.of("mayor", "대전광역시"))
 *         .addDistrict(DistrictId.of("3017055500"))
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Activity {

    /** The zone of an activity for which none is given: Asia/Seoul. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Seoul");

    private static final long FIRST_LOCAL_SECOND = LocalDateTime.MIN.toEpochSecond(ZoneOffset.UTC);
    private static final long LAST_LOCAL_SECOND = LocalDateTime.MAX.toEpochSecond(ZoneOffset.UTC);

    Activity() {}

    /**
     * Returns the identifier of the activity.
     *
     * @return the id
     */
    public abstract ActivityId id();

    /**
     * Returns the patrol that held, or for a joint patrol organised, the activity.
     *
     * @return the patrol's id
     */
    public abstract PatrolId patrol();

    /**
     * Returns the other patrols that took part in a joint patrol, in the order given.
     *
     * @return the other patrols' ids, possibly none, never including {@link #patrol()}
     */
    public abstract Set<PatrolId> jointPatrols();

    /**
     * Returns the statutory type of the activity.
     *
     * @return the type
     */
    public abstract ActivityType type();

    /**
     * Returns the authority that requested the activity, if any. Activities of a {@linkplain
     * ActivityType#isRequested() requested type} should name one, which validation checks.
     *
     * @return the requesting authority
     */
    public abstract Optional<Authority> requestedBy();

    /**
     * Returns the instant at which the activity started.
     *
     * @return the start, inclusive
     */
    public abstract Instant start();

    /**
     * Returns the instant at which the activity ended.
     *
     * @return the end, exclusive, after the start
     */
    public abstract Instant end();

    /**
     * Returns the time zone in which the activity took place, Asia/Seoul unless given.
     *
     * @return the zone
     */
    @Value.Default
    public ZoneId zone() {
        return DEFAULT_ZONE;
    }

    /**
     * Returns the members rostered for the activity and whether each took part, in the order
     * given.
     *
     * @return the attendance, each member at most once
     */
    public abstract List<Attendance> attendance();

    /**
     * Returns the participants who are not members, in the order given.
     *
     * @return the guests, possibly none
     */
    public abstract List<Guest> guests();

    /**
     * Returns the districts the activity covered, in the order given.
     *
     * @return the districts, possibly none if not recorded
     */
    public abstract Set<DistrictId> districts();

    /**
     * Returns the sites the activity covered, in the order given.
     *
     * @return the sites, possibly none
     */
    public abstract Set<SiteId> sites();

    /**
     * Returns how the participants moved around.
     *
     * @return the modes, possibly none if not recorded
     */
    public abstract Set<PatrolMode> modes();

    /**
     * Returns what the activity produced, no outputs unless given.
     *
     * @return the outputs
     */
    @Value.Default
    public ActivityOutputs outputs() {
        return ActivityOutputs.empty();
    }

    @Value.Check
    final void check() {
        checkArgument(
                hasLocalTime(start()) && hasLocalTime(end()),
                "activity %s has an instant without a local date in %s: %s to %s",
                id(),
                zone(),
                start(),
                end());
        // Local times, as the activity was entered: 20:30 in Seoul, not 11:30Z.
        checkArgument(
                end().isAfter(start()),
                "activity %s must end after it starts: %s to %s (%s)",
                id(),
                start().atZone(zone()).toLocalDateTime(),
                end().atZone(zone()).toLocalDateTime(),
                zone());
        checkArgument(
                !jointPatrols().contains(patrol()),
                "activity %s names patrol %s as its own joint patrol",
                id(),
                patrol());
        Set<MemberId> seen = new HashSet<>();
        for (Attendance attendance : attendance()) {
            checkArgument(
                    seen.add(attendance.member()), "activity %s lists member %s twice", id(), attendance.member());
        }
    }

    private boolean hasLocalTime(Instant instant) {
        long localSecond =
                instant.getEpochSecond() + zone().getRules().getOffset(instant).getTotalSeconds();
        return localSecond >= FIRST_LOCAL_SECOND && localSecond <= LAST_LOCAL_SECOND;
    }

    /**
     * Returns the local date on which the activity started, in its zone.
     *
     * @return the date
     */
    public LocalDate date() {
        return LocalDates.of(start(), zone());
    }

    /**
     * Returns the local date and time at which the activity started, in its zone.
     *
     * @return the local start
     */
    public LocalDateTime localStart() {
        return LocalDateTime.ofInstant(start(), zone());
    }

    /**
     * Returns the local date and time at which the activity ended, in its zone.
     *
     * @return the local end
     */
    public LocalDateTime localEnd() {
        return LocalDateTime.ofInstant(end(), zone());
    }

    /**
     * Returns the exact time between start and end, whatever the local clocks showed.
     *
     * @return the positive duration
     */
    public Duration duration() {
        return Duration.between(start(), end());
    }

    /**
     * Returns whether the activity ended on a later local date than it started: whether it went
     * on past midnight. An activity that ends exactly at midnight does not.
     *
     * @return true if it crossed midnight
     */
    public boolean crossesMidnight() {
        return LocalDate.ofInstant(end().minusNanos(1), zone()).isAfter(date());
    }

    /**
     * Returns whether {@code patrol} held the activity or joined it.
     *
     * @param patrol the patrol's id
     * @return true if it is {@link #patrol()} or one of {@link #jointPatrols()}
     */
    public boolean involves(PatrolId patrol) {
        checkNotNull(patrol, "patrol");
        return patrol().equals(patrol) || jointPatrols().contains(patrol);
    }

    /**
     * Returns the attendance status of {@code member}.
     *
     * @param member the member's id
     * @return the status, or empty if the member was not rostered
     */
    public Optional<AttendanceStatus> attendanceOf(MemberId member) {
        checkNotNull(member, "member");
        for (Attendance attendance : attendance()) {
            if (attendance.member().equals(member)) {
                return Optional.of(attendance.status());
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the number of members who took part. Guests are not counted.
     *
     * @return the number of members present
     */
    public int membersPresent() {
        int present = 0;
        for (Attendance attendance : attendance()) {
            if (attendance.isPresent()) {
                present++;
            }
        }
        return present;
    }

    /**
     * Returns the number of people who took part: members present and guests.
     *
     * @return the number of participants
     */
    public long participants() {
        long guests = 0;
        for (Guest guest : guests()) {
            guests += guest.headcount();
        }
        return membersPresent() + guests;
    }

    /**
     * Builds an {@link Activity}.
     *
     * <p>{@code id}, {@code patrol}, {@code type}, {@code start} and {@code end} must be set;
     * {@code zone} and {@code outputs} have defaults; every other attribute is optional, or a
     * collection that starts empty. A method named after an attribute sets it, replacing what was
     * set (for a collection, all its elements); an {@code add} method adds elements; {@code from}
     * copies the attributes of a value, adding to collections. A builder is not thread-safe, and
     * can build more than once.
     */
    public static final class Builder extends ImmutableActivity.Builder {
        /** Creates an empty builder. */
        public Builder() {}

        /**
         * Builds the {@link Activity} from the attributes set.
         *
         * @return the new {@code Activity}
         * @throws IllegalStateException if {@code id}, {@code patrol}, {@code type}, {@code start}
         *     or {@code end} is not set; the message names the type and each attribute not set
         * @throws IllegalArgumentException if the attributes do not make a valid {@code Activity}
         */
        @Override
        public Activity build() {
            return MissingAttributesException.build(Activity.class, super::build);
        }
    }
}
