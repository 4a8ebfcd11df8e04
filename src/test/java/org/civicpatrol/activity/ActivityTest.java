package org.civicpatrol.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.civicpatrol.fixtures.Fixtures.aNightPatrol;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.civicpatrol.fixtures.Fixtures;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.patrol.PatrolId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ActivityTest {

    private static final MemberId KIM = MemberId.of("m-1");
    private static final MemberId LEE = MemberId.of("m-2");
    private static final MemberId PARK = MemberId.of("m-3");

    private static Activity.Builder between(Instant start, Instant end) {
        return new Activity.Builder()
                .id(ActivityId.of("a-1"))
                .patrol(PatrolId.of("tanbang"))
                .type(ActivityType.CRIME_PREVENTION_PATROL)
                .start(start)
                .end(end);
    }

    @Test
    void defaultsToSeoulTimeAndNoOutputs() {
        Activity activity = aNightPatrol("a-1", "tanbang", LocalDateTime.of(2016, 11, 29, 20, 30), Duration.ofHours(1));
        assertThat(activity.zone()).isEqualTo(ZoneId.of("Asia/Seoul"));
        assertThat(activity.outputs()).isEqualTo(ActivityOutputs.empty());
        assertThat(activity.start()).isEqualTo(Instant.parse("2016-11-29T11:30:00Z"));
        assertThat(activity.date()).isEqualTo(LocalDate.of(2016, 11, 29));
        assertThat(activity.localStart()).isEqualTo(LocalDateTime.of(2016, 11, 29, 20, 30));
        assertThat(activity.localEnd()).isEqualTo(LocalDateTime.of(2016, 11, 29, 21, 30));
        assertThat(activity.crossesMidnight()).isFalse();
    }

    @Test
    void aPatrolAcrossMidnightBelongsToTheEveningItStarted() {
        Activity activity =
                aNightPatrol("a-1", "tanbang", LocalDateTime.of(2016, 12, 31, 22, 30), Duration.ofMinutes(150));
        assertThat(activity.date()).isEqualTo(LocalDate.of(2016, 12, 31));
        assertThat(activity.localEnd()).isEqualTo(LocalDateTime.of(2017, 1, 1, 1, 0));
        assertThat(activity.crossesMidnight()).isTrue();
        assertThat(activity.duration()).isEqualTo(Duration.ofMinutes(150));
    }

    @Test
    void endingExactlyAtMidnightDoesNotCrossIt() {
        Activity activity = aNightPatrol("a-1", "tanbang", LocalDateTime.of(2016, 11, 29, 22, 0), Duration.ofHours(2));
        assertThat(activity.localEnd()).isEqualTo(LocalDateTime.of(2016, 11, 30, 0, 0));
        assertThat(activity.crossesMidnight()).isFalse();
    }

    @Test
    void durationIsExactAcrossTheEndOfDaylightSavingTime() {
        // London, 30 October 2016: clocks went back from 02:00 BST to 01:00 GMT.
        ZoneId london = ZoneId.of("Europe/London");
        Activity activity = between(
                        LocalDateTime.of(2016, 10, 29, 23, 0).atZone(london).toInstant(),
                        LocalDateTime.of(2016, 10, 30, 2, 0).atZone(london).toInstant())
                .zone(london)
                .build();
        assertThat(activity.duration()).isEqualTo(Duration.ofHours(4));
        assertThat(activity.date()).isEqualTo(LocalDate.of(2016, 10, 29));
        assertThat(activity.crossesMidnight()).isTrue();
    }

    @Test
    void durationIsExactAcrossTheStartOfDaylightSavingTime() {
        // London, 27 March 2016: clocks went forward from 01:00 GMT to 02:00 BST.
        ZoneId london = ZoneId.of("Europe/London");
        Activity activity = between(
                        LocalDateTime.of(2016, 3, 26, 23, 30).atZone(london).toInstant(),
                        LocalDateTime.of(2016, 3, 27, 2, 30).atZone(london).toInstant())
                .zone(london)
                .build();
        assertThat(activity.duration()).isEqualTo(Duration.ofHours(2));
        assertThat(activity.localEnd()).isEqualTo(LocalDateTime.of(2016, 3, 27, 2, 30));
    }

    @Test
    void theZoneDecidesTheDate() {
        Instant start = Instant.parse("2016-11-29T16:00:00Z");
        Activity seoul = between(start, start.plusSeconds(3600)).build();
        Activity newYork = between(start, start.plusSeconds(3600))
                .zone(ZoneId.of("America/New_York"))
                .build();
        assertThat(seoul.date()).isEqualTo(LocalDate.of(2016, 11, 30));
        assertThat(newYork.date()).isEqualTo(LocalDate.of(2016, 11, 29));
    }

    @Test
    void membersAndGuestsAreCountedApart() {
        Activity activity = new Activity.Builder()
                .from(aNightPatrol(
                        "a-1",
                        "tanbang",
                        LocalDateTime.of(2016, 11, 29, 20, 30),
                        Duration.ofHours(1),
                        Attendance.present(KIM),
                        Attendance.of(LEE, AttendanceStatus.EXCUSED_ABSENCE),
                        Attendance.of(PARK, AttendanceStatus.UNEXCUSED_ABSENCE)))
                .addGuests(Guest.of("mayor", "대전광역시"), Guest.of("police officer", "둔산경찰서", 6))
                .build();
        assertThat(activity.membersPresent()).isEqualTo(1);
        assertThat(activity.participants()).isEqualTo(8);
        assertThat(activity.attendanceOf(KIM)).contains(AttendanceStatus.PRESENT);
        assertThat(activity.attendanceOf(PARK)).contains(AttendanceStatus.UNEXCUSED_ABSENCE);
        assertThat(activity.attendanceOf(MemberId.of("m-9"))).isEmpty();
    }

    @Test
    void involvesTheOrganiserAndTheJointPatrols() {
        Activity joint = new Activity.Builder()
                .from(aNightPatrol("a-1", "tanbang", LocalDateTime.of(2016, 11, 29, 20, 30), Duration.ofHours(1)))
                .addJointPatrol(PatrolId.of("dunsan-2"))
                .build();
        assertThat(joint.involves(PatrolId.of("tanbang"))).isTrue();
        assertThat(joint.involves(PatrolId.of("dunsan-2"))).isTrue();
        assertThat(joint.involves(PatrolId.of("wolpyeong-1"))).isFalse();
    }

    @Test
    void endingBeforeOrWhenStartingIsRejected() {
        Instant start = Instant.parse("2016-11-29T11:30:00Z");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> between(start, start.minusSeconds(1)).build())
                .withMessage(
                        "activity a-1 must end after it starts: 2016-11-29T20:30 to 2016-11-29T20:29:59 (Asia/Seoul)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> between(start, start).build())
                .withMessage(
                        "activity a-1 must end after it starts: 2016-11-29T20:30 to 2016-11-29T20:30 (Asia/Seoul)");
    }

    @Test
    void instantsWithoutALocalDateAreRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> between(Instant.MAX.minusSeconds(60), Instant.MAX).build())
                .withMessage("activity a-1 has an instant without a local date in Asia/Seoul:"
                        + " +1000000000-12-31T23:58:59.999999999Z to +1000000000-12-31T23:59:59.999999999Z");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> between(Instant.MIN, Instant.MIN.plusSeconds(60))
                        .zone(ZoneId.of("America/New_York"))
                        .build())
                .withMessageStartingWith("activity a-1 has an instant without a local date in America/New_York:");
    }

    @Test
    void theFirstAndLastLocalTimesAreTheBoundaries() {
        ZoneId seoulTime = java.time.ZoneOffset.ofHours(9);
        Instant last =
                LocalDateTime.MAX.atOffset(java.time.ZoneOffset.ofHours(9)).toInstant();
        Instant first =
                LocalDateTime.MIN.atOffset(java.time.ZoneOffset.ofHours(9)).toInstant();

        assertThat(between(last.minusSeconds(60), last).zone(seoulTime).build().date())
                .isEqualTo(LocalDate.MAX);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> between(last.minusSeconds(60), last.plusSeconds(1))
                        .zone(seoulTime)
                        .build())
                .withMessageStartingWith("activity a-1 has an instant without a local date in +09:00:");
        assertThat(between(first, first.plusSeconds(60)).zone(seoulTime).build().date())
                .isEqualTo(LocalDate.MIN);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> between(first.minusSeconds(1), first.plusSeconds(60))
                        .zone(seoulTime)
                        .build())
                .withMessageStartingWith("activity a-1 has an instant without a local date in +09:00:");
    }

    @Test
    void aPatrolJoinedWithItselfIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Activity.Builder()
                        .from(aNightPatrol(
                                "a-1", "tanbang", LocalDateTime.of(2016, 11, 29, 20, 30), Duration.ofHours(1)))
                        .addJointPatrols(PatrolId.of("dunsan-2"), PatrolId.of("tanbang"))
                        .build())
                .withMessage("activity a-1 names patrol tanbang as its own joint patrol");
    }

    @Test
    void aMemberListedTwiceIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> aNightPatrol(
                        "a-1",
                        "tanbang",
                        LocalDateTime.of(2016, 11, 29, 20, 30),
                        Duration.ofHours(1),
                        Attendance.present(KIM),
                        Attendance.present(LEE),
                        Attendance.of(KIM, AttendanceStatus.EXCUSED_ABSENCE)))
                .withMessage("activity a-1 lists member m-1 twice");
    }

    @Test
    void toStringNamesMembersByIdOnly() {
        // An activity holds no personal data at all: members appear by id.
        Activity activity = aNightPatrol(
                "a-1", "tanbang", LocalDateTime.of(2016, 11, 29, 20, 30), Duration.ofHours(1), Attendance.present(KIM));
        assertThat(activity.toString())
                .startsWith("Activity{id=a-1, patrol=tanbang")
                .contains("Attendance{member=m-1, status=PRESENT}");
    }

    @ParameterizedTest
    @EnumSource(ActivityType.class)
    void onlyPoliceAndLocalGovernmentRequestsAreRequested(ActivityType type) {
        assertThat(type.isRequested())
                .isEqualTo(type == ActivityType.POLICE_REQUEST || type == ActivityType.LOCAL_GOVERNMENT_REQUEST);
    }

    @ParameterizedTest
    @EnumSource(AttendanceStatus.class)
    void onlyPresenceIsPresence(AttendanceStatus status) {
        assertThat(status.isPresent()).isEqualTo(status == AttendanceStatus.PRESENT);
        assertThat(Attendance.of(KIM, status).isPresent()).isEqualTo(status.isPresent());
    }

    @Test
    void aRequestedActivityNamesItsAuthority() {
        Activity requested = new Activity.Builder()
                .from(aNightPatrol("a-1", "tanbang", LocalDateTime.of(2016, 11, 29, 20, 30), Duration.ofHours(1)))
                .type(ActivityType.POLICE_REQUEST)
                .requestedBy(Fixtures.dunsanPolice())
                .build();
        assertThat(requested.requestedBy()).isEqualTo(Optional.of(Fixtures.dunsanPolice()));
    }
}
