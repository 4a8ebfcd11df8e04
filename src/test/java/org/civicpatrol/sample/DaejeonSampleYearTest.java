package org.civicpatrol.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicpatrol.sample.DaejeonSample.AS_OF;
import static org.civicpatrol.sample.DaejeonSample.YEAR_OF_ACTIVITIES;

import java.time.Duration;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.activity.Attendance;
import org.civicpatrol.activity.AttendanceStatus;
import org.civicpatrol.activity.SiteConcern;
import org.civicpatrol.activity.SiteId;
import org.civicpatrol.equipment.LightColour;
import org.civicpatrol.equipment.Vehicle;
import org.civicpatrol.funding.Expenditure;
import org.civicpatrol.funding.Grant;
import org.civicpatrol.funding.GrantCategory;
import org.civicpatrol.funding.Refund;
import org.civicpatrol.geo.AuthorityKind;
import org.civicpatrol.member.Membership;
import org.civicpatrol.member.TrainingKind;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.registry.Registry;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The year of activities, training, equipment and grants in the Daejeon sample. */
class DaejeonSampleYearTest {

    private static final CurrencyUnit KRW = CurrencyUnit.of("KRW");

    private final Registry sample = DaejeonSample.registry();

    private List<Activity> regularActivities() {
        return sample.activities().stream()
                .filter(a -> !a.id().equals(DaejeonSample.JOINT_PATROL))
                .toList();
    }

    @Test
    void theCitysGrantsOf2016TotalExactly184MillionWon() {
        Money total = Money.zero(KRW);
        for (Grant grant : sample.grants()) {
            total = total.plus(grant.amount());
        }
        assertThat(total).isEqualTo(Money.ofMajor(KRW, DaejeonSample.GRANTS_TOTAL));
        assertThat(sample.grants()).allSatisfy(grant -> {
            assertThat(grant.fiscalYear()).isEqualTo(Year.of(2016));
            assertThat(grant.funder().kind()).isEqualTo(AuthorityKind.PROVINCIAL_GOVERNMENT);
            assertThat(grant.funder().district()).contains(DaejeonSample.DAEJEON);
            assertThat(grant.category()).isIn(GrantCategory.POSTS_AND_OFFICES, GrantCategory.UNIFORMS_AND_EQUIPMENT);
            assertThat(grant.recipient().isPatrol()).isTrue();
        });
    }

    @Test
    void grantsAreLumpyNotAFlatRate() {
        Set<Money> amounts = sample.grants().stream().map(Grant::amount).collect(Collectors.toSet());
        assertThat(amounts).hasSizeGreaterThan(5);
        assertThat(sample.grants().stream().map(Grant::category).distinct()).hasSize(2);
    }

    @Test
    void whatWasSpentAndReturnedAddsUpToWhatWasAwarded() {
        int refunded = 0;
        for (Grant grant : sample.grants()) {
            Money accounted = Money.zero(KRW);
            for (Expenditure expenditure : sample.expendituresOf(grant.id())) {
                accounted = accounted.plus(expenditure.amount());
                assertThat(expenditure.date()).isAfter(grant.awardedOn()).isBeforeOrEqualTo(AS_OF);
            }
            for (Refund refund : sample.refundsOf(grant.id())) {
                accounted = accounted.plus(refund.amount());
                refunded++;
            }
            assertThat(accounted).as("grant %s", grant.id()).isEqualTo(grant.amount());
        }
        assertThat(refunded).isPositive().isLessThan(sample.grants().size() / 2);
    }

    @Test
    void patrolsGoOutTwoOrThreeNightsAWeek() {
        for (Patrol patrol : sample.patrols()) {
            long nights = sample.activitiesOf(patrol.id(), YEAR_OF_ACTIVITIES).stream()
                    .filter(a -> a.patrol().equals(patrol.id()))
                    .count();
            // 52 weeks of 2 or 3 nights; fewer for a patrol with a short history of members.
            assertThat(nights).as("nights of %s", patrol.id()).isBetween(2L * 50, 3L * 53);
        }
    }

    @Test
    void threeToFiveMembersGoOutForAboutTwoHours() {
        List<Activity> activities = regularActivities();
        assertThat(activities).allSatisfy(a -> {
            assertThat(a.membersPresent()).isBetween(3, 5);
            assertThat(a.duration()).isBetween(Duration.ofMinutes(90), Duration.ofMinutes(150));
            assertThat(YEAR_OF_ACTIVITIES.contains(a.date())).isTrue();
        });
        long acrossMidnight =
                activities.stream().filter(Activity::crossesMidnight).count();
        assertThat(acrossMidnight).isBetween(activities.size() / 20L, activities.size() / 3L);
    }

    @Test
    void absencesAreFewAndMostlyExcused() {
        List<AttendanceStatus> statuses = sample.activities().stream()
                .flatMap(a -> a.attendance().stream())
                .map(Attendance::status)
                .toList();
        long excused = statuses.stream()
                .filter(s -> s == AttendanceStatus.EXCUSED_ABSENCE)
                .count();
        long unexcused = statuses.stream()
                .filter(s -> s == AttendanceStatus.UNEXCUSED_ABSENCE)
                .count();
        assertThat(unexcused).isPositive().isLessThan(excused);
        assertThat(excused + unexcused).isLessThan(statuses.size() / 20);
    }

    @Test
    void everyParticipantIsAMemberOfAPatrolInTheActivityThatDay() {
        for (Activity activity : sample.activities()) {
            for (Attendance attendance : activity.attendance()) {
                List<Membership> memberships = sample.membershipsOf(attendance.member());
                assertThat(memberships)
                        .as("%s at %s", attendance.member(), activity.id())
                        .anySatisfy(m -> {
                            assertThat(m.isActiveOn(activity.date())).isTrue();
                            assertThat(activity.involves(m.patrol())).isTrue();
                        });
            }
        }
    }

    @Test
    void theJointPatrolOf29NovemberIsInTheSample() {
        Activity joint = sample.activity(DaejeonSample.JOINT_PATROL).orElseThrow();
        assertThat(joint.date()).isEqualTo(AS_OF);
        assertThat(joint.duration()).isEqualTo(Duration.ofHours(1));
        assertThat(joint.involves(DaejeonSample.TANBANG)).isTrue();
        assertThat(joint.involves(DaejeonSample.DUNSAN_2)).isTrue();
        assertThat(joint.membersPresent()).isBetween(60, 100);
        assertThat(joint.participants()).isEqualTo(joint.membersPresent() + 9L);
        assertThat(sample.site(SiteId.of("namseon-park")).orElseThrow().concerns())
                .containsExactly(SiteConcern.YOUTH_MISBEHAVIOUR, SiteConcern.WOMENS_SAFETY);
        assertThat(sample.activitiesCovering(SiteId.of("namseon-park"), YEAR_OF_ACTIVITIES))
                .contains(joint);
        assertThat(sample.activitiesOf(DaejeonSample.TANBANG, YEAR_OF_ACTIVITIES).stream()
                        .filter(a -> a.date().equals(AS_OF)))
                .containsExactly(joint);
    }

    @Test
    void requestedActivitiesNameTheirAuthority() {
        assertThat(sample.activities().stream().filter(a -> a.type().isRequested()))
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.requestedBy()).isPresent());
    }

    @Test
    void membersAreTrainedAndVehiclesCarryBlueLights() {
        assertThat(sample.trainingRecords().stream().map(r -> r.kind()).distinct())
                .containsExactlyInAnyOrder(TrainingKind.BASIC, TrainingKind.IN_SERVICE);
        assertThat(sample.trainingRecords())
                .allSatisfy(r -> assertThat(r.date()).isBeforeOrEqualTo(AS_OF));
        assertThat(sample.vehicles()).isNotEmpty();
        assertThat(sample.vehicles().stream().map(Vehicle::warningLight))
                .allSatisfy(light -> assertThat(light).hasValueSatisfying(l -> {
                    assertThat(l.colour()).isEqualTo(LightColour.BLUE);
                    assertThat(l.candela()).isBetween(135.0, 2500.0);
                }));
        assertThat(sample.equipmentIssues()).isNotEmpty();
    }
}
