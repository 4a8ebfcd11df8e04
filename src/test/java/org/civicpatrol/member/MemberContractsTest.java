package org.civicpatrol.member;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.civicpatrol.fixtures.Contracts;
import org.civicpatrol.fixtures.Fixtures;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.patrol.FederationId;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.time.DateRange;
import org.junit.jupiter.api.Test;

class MemberContractsTest {

    private static final LocalDate DAY = LocalDate.of(2016, 11, 29);

    private static FederationOfficer president() {
        return new FederationOfficer.Builder()
                .member(MemberId.of("m-1"))
                .federation(FederationId.of("seo-gu"))
                .role(FederationRole.PRESIDENT)
                .term(DateRange.startingOn(DAY))
                .build();
    }

    @Test
    void idsAreValues() {
        assertThat(Contracts.assertRecordsAreValues("org.civicpatrol.member"))
                .containsExactlyInAnyOrder(MemberId.class, MembershipId.class);
    }

    @Test
    void everyPublicClassRejectsNulls() {
        List<Class<?>> checked = Contracts.assertPublicClassesRejectNulls(
                "org.civicpatrol.member",
                Contracts.nullPointerTester(),
                MemberId.of("a"),
                MembershipId.of("a"),
                Fixtures.aMember("m-1", LocalDate.of(1960, 1, 1)),
                new Member.Builder()
                        .id(MemberId.of("m-2"))
                        .name("Sample Person 2")
                        .build(), // no birth date
                new Membership.Builder()
                        .id(MembershipId.of("ms-1"))
                        .member(MemberId.of("m-1"))
                        .patrol(PatrolId.of("tanbang"))
                        .recommendedOn(DAY.minusDays(10))
                        .build(),
                Fixtures.anAppointment("ms-1", "m-1", "tanbang", DAY),
                StatusChange.of(MembershipStatus.APPOINTED, DAY),
                RoleAssignment.of(Role.LEADER, DateRange.startingOn(DAY)),
                president(),
                TrainingRecord.of(MemberId.of("m-1"), TrainingKind.BASIC, DAY, Duration.ofHours(4)),
                TrainingRequirement.korea(),
                TrainingObligation.of(
                        MemberId.of("m-1"),
                        TrainingKind.BASIC,
                        DateRange.startingOn(DAY),
                        Duration.ZERO,
                        Duration.ZERO),
                Disqualification.of(DisqualificationKind.ADULT_WARDSHIP, DateRange.startingOn(DAY)),
                Residence.of(DistrictId.of("3017055500"), DateRange.startingOn(DAY)));

        assertThat(checked).contains(Membership.Builder.class, TrainingRequirement.class, TrainingObligation.class);
    }

    @Test
    void equalityFollowsTheAttributes() {
        new EqualsTester()
                .addEqualityGroup(MemberId.of("m-1"), MemberId.of("m-1"))
                .addEqualityGroup(MemberId.of("m-2"))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(MembershipId.of("ms-1"), MembershipId.of("ms-1"))
                .addEqualityGroup(MembershipId.of("ms-2"))
                .testEquals();
        Member member = Fixtures.aMember("m-1", LocalDate.of(1960, 1, 1));
        new EqualsTester()
                .addEqualityGroup(member, Fixtures.aMember("m-1", LocalDate.of(1960, 1, 1)))
                .addEqualityGroup(Fixtures.aMember("m-1", LocalDate.of(1961, 1, 1)))
                .addEqualityGroup(
                        new Member.Builder().from(member).sex(Sex.FEMALE).build())
                .addEqualityGroup(Fixtures.aMember("m-2", LocalDate.of(1960, 1, 1)))
                .testEquals();
        Membership appointment = Fixtures.anAppointment("ms-1", "m-1", "tanbang", DAY);
        new EqualsTester()
                .addEqualityGroup(appointment, Fixtures.anAppointment("ms-1", "m-1", "tanbang", DAY))
                .addEqualityGroup(appointment.resignedOn(DAY.plusDays(1), SeparationReason.VOLUNTARY))
                .addEqualityGroup(appointment.resignedOn(DAY.plusDays(1), SeparationReason.MOVED_AWAY))
                .addEqualityGroup(appointment.withRole(Role.LEADER, DateRange.startingOn(DAY)))
                .addEqualityGroup(Fixtures.anAppointment("ms-1", "m-1", "dunsan-2", DAY))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(
                        StatusChange.of(MembershipStatus.APPOINTED, DAY),
                        StatusChange.of(MembershipStatus.APPOINTED, DAY))
                .addEqualityGroup(StatusChange.of(MembershipStatus.APPOINTED, DAY.plusDays(1)))
                .addEqualityGroup(StatusChange.of(MembershipStatus.RESIGNED, DAY))
                .addEqualityGroup(StatusChange.of(MembershipStatus.RESIGNED, DAY, SeparationReason.OTHER))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(
                        RoleAssignment.of(Role.LEADER, DateRange.startingOn(DAY)),
                        RoleAssignment.of(Role.LEADER, DateRange.startingOn(DAY)))
                .addEqualityGroup(RoleAssignment.of(Role.DEPUTY, DateRange.startingOn(DAY)))
                .addEqualityGroup(RoleAssignment.of(Role.LEADER, DateRange.startingOn(DAY.plusDays(1))))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(president(), president())
                .addEqualityGroup(new FederationOfficer.Builder()
                        .from(president())
                        .role(FederationRole.AUDITOR)
                        .build())
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(
                        TrainingRecord.of(MemberId.of("m-1"), TrainingKind.BASIC, DAY, Duration.ofHours(4)),
                        TrainingRecord.of(
                                MemberId.of("m-1"),
                                TrainingKind.BASIC,
                                DAY,
                                Duration.ofHours(3).plusMinutes(60)))
                .addEqualityGroup(TrainingRecord.of(MemberId.of("m-2"), TrainingKind.BASIC, DAY, Duration.ofHours(4)))
                .addEqualityGroup(
                        TrainingRecord.of(MemberId.of("m-1"), TrainingKind.IN_SERVICE, DAY, Duration.ofHours(4)))
                .addEqualityGroup(
                        TrainingRecord.of(MemberId.of("m-1"), TrainingKind.BASIC, DAY.plusDays(1), Duration.ofHours(4)))
                .addEqualityGroup(TrainingRecord.of(MemberId.of("m-1"), TrainingKind.BASIC, DAY, Duration.ofHours(3)))
                .testEquals();
    }
}
