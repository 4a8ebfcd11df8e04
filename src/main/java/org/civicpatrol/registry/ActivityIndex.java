package org.civicpatrol.registry;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMultiset;
import com.google.common.collect.Lists;
import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.activity.ActivityId;
import org.civicpatrol.activity.Attendance;
import org.civicpatrol.activity.AttendanceStatus;
import org.civicpatrol.activity.SiteId;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.time.DateRange;

/** Activities by patrol, member, district and site, each sorted by date. */
final class ActivityIndex {

    private static final Comparator<Activity> BY_START = Comparator.comparing(Activity::start);
    // One date function for the four groupings, so that building works each date out once.
    private static final Function<Activity, LocalDate> DATE = Activity::date;
    private static final Grouping<PatrolId, Activity> BY_PATROL =
            Grouping.byDate(ActivityIndex::patrolsOf, DATE, BY_START);
    private static final Grouping<MemberId, Activity> BY_MEMBER =
            Grouping.byDate(ActivityIndex::membersOf, DATE, BY_START);
    private static final Grouping<DistrictId, Activity> BY_DISTRICT =
            Grouping.byDate(Activity::districts, DATE, BY_START);
    private static final Grouping<SiteId, Activity> BY_SITE = Grouping.byDate(Activity::sites, DATE, BY_START);

    /** Activities, found by id, and by patrol, member, district and site, each by date. */
    static final Store.Kind<ActivityId, Activity> KIND =
            Store.Kind.withIds("activity", "activities", Activity::id, BY_PATROL, BY_MEMBER, BY_DISTRICT, BY_SITE);

    private final Store<ActivityId, Activity> activities;
    private final Groups<PatrolId, Activity> byPatrol;
    private final Groups<MemberId, Activity> byMember;
    private final Groups<DistrictId, Activity> byDistrict;
    private final Groups<SiteId, Activity> bySite;

    ActivityIndex(Store<ActivityId, Activity> activities) {
        this.activities = activities;
        this.byPatrol = activities.groups(BY_PATROL);
        this.byMember = activities.groups(BY_MEMBER);
        this.byDistrict = activities.groups(BY_DISTRICT);
        this.bySite = activities.groups(BY_SITE);
    }

    // The keys of the groupings by patrol and by member are asked of every activity when a
    // registry is built: most activities have no joint patrol, and the attendees are read
    // through a view, so that neither makes a list of its own.

    private static List<PatrolId> patrolsOf(Activity activity) {
        if (activity.jointPatrols().isEmpty()) {
            return ImmutableList.of(activity.patrol());
        }
        return ImmutableList.<PatrolId>builderWithExpectedSize(
                        1 + activity.jointPatrols().size())
                .add(activity.patrol())
                .addAll(activity.jointPatrols())
                .build();
    }

    private static List<MemberId> membersOf(Activity activity) {
        return Lists.transform(activity.attendance(), Attendance::member);
    }

    Store<ActivityId, Activity> table() {
        return activities;
    }

    ImmutableList<Activity> of(PatrolId id, DateRange period) {
        return byPatrol.get(id, period);
    }

    ImmutableList<Activity> of(MemberId id, DateRange period) {
        return byMember.get(id, period);
    }

    ImmutableList<Activity> covering(DistrictId id, DateRange period) {
        return byDistrict.get(id, period);
    }

    ImmutableList<Activity> covering(SiteId id, DateRange period) {
        return bySite.get(id, period);
    }

    ImmutableMultiset<AttendanceStatus> attendanceOf(MemberId id, Year year) {
        ImmutableMultiset.Builder<AttendanceStatus> counts = ImmutableMultiset.builder();
        for (Activity activity : byMember.get(id, DateRange.ofYear(year))) {
            activity.attendanceOf(id).ifPresent(counts::add);
        }
        return counts.build();
    }
}
