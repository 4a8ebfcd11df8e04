package org.civicpatrol.registry;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMultiset;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    private final EntityTable<ActivityId, Activity> activities;
    private final DatedIndex<PatrolId, Activity> byPatrol;
    private final DatedIndex<MemberId, Activity> byMember;
    private final DatedIndex<DistrictId, Activity> byDistrict;
    private final DatedIndex<SiteId, Activity> bySite;

    ActivityIndex(List<Activity> values) {
        activities = EntityTable.of(values, Activity::id, "activities");
        Comparator<Activity> byStart = Comparator.comparing(Activity::start);
        byPatrol = DatedIndex.of(activities.values(), ActivityIndex::patrolsOf, Activity::date, byStart);
        byMember = DatedIndex.of(activities.values(), ActivityIndex::membersOf, Activity::date, byStart);
        byDistrict = DatedIndex.of(activities.values(), Activity::districts, Activity::date, byStart);
        bySite = DatedIndex.of(activities.values(), Activity::sites, Activity::date, byStart);
    }

    private static List<PatrolId> patrolsOf(Activity activity) {
        List<PatrolId> patrols = new ArrayList<>(1 + activity.jointPatrols().size());
        patrols.add(activity.patrol());
        patrols.addAll(activity.jointPatrols());
        return patrols;
    }

    private static List<MemberId> membersOf(Activity activity) {
        List<MemberId> members = new ArrayList<>(activity.attendance().size());
        for (Attendance attendance : activity.attendance()) {
            members.add(attendance.member());
        }
        return members;
    }

    EntityTable<ActivityId, Activity> table() {
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
