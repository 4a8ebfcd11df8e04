package org.civicpatrol.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicpatrol.fixtures.Fixtures.aNightPatrol;

import com.google.common.testing.EqualsTester;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.civicpatrol.fixtures.Contracts;
import org.civicpatrol.fixtures.Fixtures;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.patrol.PatrolId;
import org.junit.jupiter.api.Test;

class ActivityContractsTest {

    private static final LocalDateTime EVENING = LocalDateTime.of(2016, 11, 29, 20, 30);

    @Test
    void idsAreValues() {
        assertThat(Contracts.assertRecordsAreValues("org.civicpatrol.activity"))
                .containsExactlyInAnyOrder(ActivityId.class, SiteId.class);
    }

    @Test
    void everyPublicClassRejectsNulls() {
        List<Class<?>> checked = Contracts.assertPublicClassesRejectNulls(
                "org.civicpatrol.activity",
                Contracts.nullPointerTester(),
                ActivityId.of("a-1"),
                SiteId.of("s-1"),
                aNightPatrol("a-1", "tanbang", EVENING, Duration.ofHours(1)),
                ActivityOutputs.of(1, 2, 3),
                Attendance.present(MemberId.of("m-1")),
                Guest.of("mayor", "대전광역시"),
                Fixtures.namseonPark());

        assertThat(checked).contains(Activity.Builder.class, Site.Builder.class);
    }

    @Test
    void equalityFollowsTheAttributes() {
        new EqualsTester()
                .addEqualityGroup(ActivityId.of("a-1"), ActivityId.of("a-1"))
                .addEqualityGroup(ActivityId.of("a-2"))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(SiteId.of("s-1"), SiteId.of("s-1"))
                .addEqualityGroup(SiteId.of("s-2"))
                .testEquals();
        Activity night = aNightPatrol("a-1", "tanbang", EVENING, Duration.ofHours(1));
        new EqualsTester()
                .addEqualityGroup(night, aNightPatrol("a-1", "tanbang", EVENING, Duration.ofHours(1)))
                .addEqualityGroup(aNightPatrol("a-2", "tanbang", EVENING, Duration.ofHours(1)))
                .addEqualityGroup(aNightPatrol("a-1", "tanbang", EVENING, Duration.ofHours(2)))
                .addEqualityGroup(aNightPatrol(
                        "a-1", "tanbang", EVENING, Duration.ofHours(1), Attendance.present(MemberId.of("m-1"))))
                .addEqualityGroup(new Activity.Builder()
                        .from(night)
                        .zone(ZoneId.of("Asia/Tokyo"))
                        .build())
                .addEqualityGroup(new Activity.Builder()
                        .from(night)
                        .addJointPatrol(PatrolId.of("dunsan-2"))
                        .build())
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(ActivityOutputs.of(1, 2, 3), ActivityOutputs.of(1, 2, 3))
                .addEqualityGroup(ActivityOutputs.of(3, 2, 1))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(Attendance.present(MemberId.of("m-1")), Attendance.present(MemberId.of("m-1")))
                .addEqualityGroup(Attendance.of(MemberId.of("m-1"), AttendanceStatus.EXCUSED_ABSENCE))
                .addEqualityGroup(Attendance.present(MemberId.of("m-2")))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(Guest.of("mayor", "대전광역시"), Guest.of("mayor", "대전광역시", 1))
                .addEqualityGroup(Guest.of("mayor", "대전광역시", 2))
                .addEqualityGroup(Guest.of("head", "서구"))
                .testEquals();
        Site park = Fixtures.namseonPark();
        new EqualsTester()
                .addEqualityGroup(park, Fixtures.namseonPark())
                .addEqualityGroup(
                        new Site.Builder().from(park).kind(SiteKind.OTHER).build())
                .testEquals();
    }
}
