package org.civicpatrol.benchmark;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.activity.ActivityId;
import org.civicpatrol.activity.ActivityOutputs;
import org.civicpatrol.activity.ActivityType;
import org.civicpatrol.activity.Attendance;
import org.civicpatrol.activity.AttendanceStatus;
import org.civicpatrol.activity.Guest;
import org.civicpatrol.activity.PatrolMode;
import org.civicpatrol.activity.SiteId;
import org.civicpatrol.geo.Authority;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.patrol.PatrolId;

/**
 * The design issue 13 weighed and did not take: activities kept as primitive columns instead of
 * the objects their callers made. Each activity is a row of numbers (its patrol, type and zone as
 * numbers in a dictionary of the values met, its instants as epoch seconds and nanoseconds, its
 * sets and lists of other entities as numbers in a dictionary of the distinct sets met), and its
 * attendance two parallel arrays beside them, of member numbers and statuses. Only the ids stay
 * objects: they are what a registry finds its entities by.
 *
 * <p>A registry keeping activities so would have to make an {@link Activity} again each time a
 * caller asked for one; {@link #activity(int)} does, through the public builder, with the value's
 * checks. {@link Footprint} measures what the columns retain, and
 * {@link ColumnarAlternativeBenchmark} what making the activities again costs. This class is a
 * measuring device, not part of the library, and cannot be changed once made.
 */
// Enums kept by ordinal and instants as seconds and nanoseconds of the second: the point of columns.
@SuppressWarnings({"EnumOrdinal", "JavaInstantGetSecondsGetNano"})
final class ColumnarActivities {

    private static final ActivityType[] TYPES = ActivityType.values();
    private static final AttendanceStatus[] STATUSES = AttendanceStatus.values();
    private static final PatrolMode[] MODES = PatrolMode.values();

    private final ActivityId[] ids;
    private final int[] patrol;
    private final byte[] type;
    private final int[] requester; // -1 for none
    private final long[] startSecond;
    private final int[] startNano;
    private final long[] endSecond;
    private final int[] endNano;
    private final int[] zone;
    private final int[] jointPatrols;
    private final int[] districts;
    private final int[] sites;
    private final int[] modes; // bits by ordinal
    private final int[] outputs;
    private final int[] guests;
    private final int[] attendanceFrom; // one more than there are activities
    private final int[] attendanceMember;
    private final byte[] attendanceStatus;

    private final ImmutableList<PatrolId> patrols;
    private final ImmutableList<Authority> requesters;
    private final ImmutableList<ZoneId> zones;
    private final ImmutableList<Set<PatrolId>> jointPatrolSets;
    private final ImmutableList<Set<DistrictId>> districtSets;
    private final ImmutableList<Set<SiteId>> siteSets;
    private final ImmutableList<ActivityOutputs> outputsMet;
    private final ImmutableList<List<Guest>> guestLists;
    private final ImmutableList<MemberId> members;

    private ColumnarActivities(Collection<Activity> activities) {
        int count = activities.size();
        int records = 0;
        for (Activity activity : activities) {
            records += activity.attendance().size();
        }
        ids = new ActivityId[count];
        patrol = new int[count];
        type = new byte[count];
        requester = new int[count];
        startSecond = new long[count];
        startNano = new int[count];
        endSecond = new long[count];
        endNano = new int[count];
        zone = new int[count];
        jointPatrols = new int[count];
        districts = new int[count];
        sites = new int[count];
        modes = new int[count];
        outputs = new int[count];
        guests = new int[count];
        attendanceFrom = new int[count + 1];
        attendanceMember = new int[records];
        attendanceStatus = new byte[records];

        Dictionary<PatrolId> patrolsMet = new Dictionary<>();
        Dictionary<Authority> requestersMet = new Dictionary<>();
        Dictionary<ZoneId> zonesMet = new Dictionary<>();
        Dictionary<Set<PatrolId>> jointPatrolsMet = new Dictionary<>();
        Dictionary<Set<DistrictId>> districtsMet = new Dictionary<>();
        Dictionary<Set<SiteId>> sitesMet = new Dictionary<>();
        Dictionary<ActivityOutputs> outputsSeen = new Dictionary<>();
        Dictionary<List<Guest>> guestsMet = new Dictionary<>();
        Dictionary<MemberId> membersMet = new Dictionary<>();
        int row = 0;
        int record = 0;
        for (Activity activity : activities) {
            ids[row] = activity.id();
            patrol[row] = patrolsMet.numberOf(activity.patrol());
            type[row] = (byte) activity.type().ordinal();
            requester[row] = activity.requestedBy().map(requestersMet::numberOf).orElse(-1);
            startSecond[row] = activity.start().getEpochSecond();
            startNano[row] = activity.start().getNano();
            endSecond[row] = activity.end().getEpochSecond();
            endNano[row] = activity.end().getNano();
            zone[row] = zonesMet.numberOf(activity.zone());
            jointPatrols[row] = jointPatrolsMet.numberOf(activity.jointPatrols());
            districts[row] = districtsMet.numberOf(activity.districts());
            sites[row] = sitesMet.numberOf(activity.sites());
            int bits = 0;
            for (PatrolMode mode : activity.modes()) {
                bits |= 1 << mode.ordinal();
            }
            modes[row] = bits;
            outputs[row] = outputsSeen.numberOf(activity.outputs());
            guests[row] = guestsMet.numberOf(activity.guests());
            attendanceFrom[row] = record;
            for (Attendance attendance : activity.attendance()) {
                attendanceMember[record] = membersMet.numberOf(attendance.member());
                attendanceStatus[record] = (byte) attendance.status().ordinal();
                record++;
            }
            row++;
        }
        attendanceFrom[count] = record;
        patrols = patrolsMet.values();
        requesters = requestersMet.values();
        zones = zonesMet.values();
        jointPatrolSets = jointPatrolsMet.values();
        districtSets = districtsMet.values();
        siteSets = sitesMet.values();
        outputsMet = outputsSeen.values();
        guestLists = guestsMet.values();
        members = membersMet.values();
    }

    /**
     * Keeps {@code activities} as columns.
     *
     * @param activities the activities, in the order their rows are to have
     * @return the columns
     */
    static ColumnarActivities of(Collection<Activity> activities) {
        return new ColumnarActivities(activities);
    }

    /**
     * Returns how many activities there are.
     *
     * @return the number of rows
     */
    int size() {
        return ids.length;
    }

    /**
     * Makes the activity of a row again, as a registry that kept activities as columns would for
     * each caller that asked for it: through {@link Activity.Builder}, with the value's checks.
     *
     * @param row the row, from 0
     * @return an activity equal to the one the row was made from
     */
    Activity activity(int row) {
        Activity.Builder builder = new Activity.Builder();
        builder.id(ids[row])
                .patrol(patrols.get(patrol[row]))
                .type(TYPES[type[row]])
                .start(Instant.ofEpochSecond(startSecond[row], startNano[row]))
                .end(Instant.ofEpochSecond(endSecond[row], endNano[row]))
                .zone(zones.get(zone[row]))
                .addAllJointPatrols(jointPatrolSets.get(jointPatrols[row]))
                .addAllDistricts(districtSets.get(districts[row]))
                .addAllSites(siteSets.get(sites[row]))
                .outputs(outputsMet.get(outputs[row]))
                .addAllGuests(guestLists.get(guests[row]));
        if (requester[row] >= 0) {
            builder.requestedBy(requesters.get(requester[row]));
        }
        for (int bits = modes[row]; bits != 0; bits &= bits - 1) {
            builder.addModes(MODES[Integer.numberOfTrailingZeros(bits)]);
        }
        for (int record = attendanceFrom[row]; record < attendanceFrom[row + 1]; record++) {
            builder.addAttendance(
                    Attendance.of(members.get(attendanceMember[record]), STATUSES[attendanceStatus[record]]));
        }
        return builder.build();
    }

    /**
     * Returns the number of attendance records with a status of present in a row, read from the
     * columns, as the library's own roll-ups and rules would read them.
     *
     * @param row the row, from 0
     * @return the members present
     */
    int membersPresent(int row) {
        int present = 0;
        for (int record = attendanceFrom[row]; record < attendanceFrom[row + 1]; record++) {
            if (attendanceStatus[record] == AttendanceStatus.PRESENT.ordinal()) {
                present++;
            }
        }
        return present;
    }

    /**
     * Returns a row's length in whole seconds, read from the columns.
     *
     * @param row the row, from 0
     * @return the seconds from its start to its end, the nanoseconds left out
     */
    long seconds(int row) {
        return endSecond[row] - startSecond[row];
    }

    /** Numbers distinct values in the order they are first met. */
    private static final class Dictionary<T> {
        private final Map<T, Integer> numbers = new HashMap<>();
        private final List<T> values = new ArrayList<>();

        int numberOf(T value) {
            Integer number = numbers.get(value);
            if (number == null) {
                number = values.size();
                numbers.put(value, number);
                values.add(value);
            }
            return number;
        }

        ImmutableList<T> values() {
            return ImmutableList.copyOf(values);
        }
    }
}
