package org.civicpatrol.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.activity.ActivityId;
import org.civicpatrol.activity.Attendance;
import org.civicpatrol.activity.SiteId;
import org.civicpatrol.fixtures.Fixtures;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.member.Member;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.Membership;
import org.civicpatrol.member.MembershipId;
import org.civicpatrol.member.Role;
import org.civicpatrol.member.TrainingObligation;
import org.civicpatrol.member.TrainingRequirement;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.sample.RegistryGenerator;
import org.junit.jupiter.api.Test;

/**
 * What the rules of one run share must be what each rule would have worked out for itself: the
 * rule table and the sample's findings check the rules, and this checks the shared facts against
 * the registry directly, on a generated registry with broken references (attendees it does not
 * hold among them).
 */
class RunFactsTest {

    // The generator makes no sites and no joint patrols: one site is added, so that a held site
    // is asked about too, and one activity becomes a joint patrol.
    private static final Registry REGISTRY = withJointPatrol(RegistryGenerator.withSeed(11)
            .patrols(6)
            .breakage(0.2)
            .generate()
            .change()
            .addSite(Fixtures.namseonPark())
            .apply());

    private static Registry withJointPatrol(Registry registry) {
        Activity first = registry.activities().iterator().next();
        PatrolId other = registry.patrols().stream()
                .map(p -> p.id())
                .filter(id -> !id.equals(first.patrol()))
                .findFirst()
                .orElseThrow();
        Activity joint =
                new Activity.Builder().from(first).addJointPatrols(other).build();
        return registry.change().replaceActivity(joint).apply();
    }

    // In the middle of the generated activities, so that some fall on each side.
    private static final LocalDate AS_OF = LocalDate.of(2016, 6, 30);

    @Test
    void activitiesAreTheRegistrysInItsOrderEachUpToTheDateIfDatedOnOrBeforeIt() {
        RunFacts run = new RunFacts(REGISTRY, AS_OF);
        int until = 0;

        assertThat(run.activities()).containsExactlyElementsOf(REGISTRY.activities());
        for (int i = 0; i < run.activities().size(); i++) {
            Activity a = run.activities().get(i);
            assertThat(run.date(i)).isEqualTo(a.date());
            assertThat(run.isUntil(i)).isEqualTo(!a.date().isAfter(AS_OF));
            until += run.isUntil(i) ? 1 : 0;
        }
        assertThat(until).isPositive().isLessThan(run.activities().size());
    }

    @Test
    void anActivityOnTheValidationDateIsUpToItAndOneOnTheDayAfterIsNot() {
        Activity first = REGISTRY.activities().iterator().next();
        RunFacts onTheDay = new RunFacts(REGISTRY, first.date());
        RunFacts theDayBefore = new RunFacts(REGISTRY, first.date().minusDays(1));

        assertThat(onTheDay.isUntil(0)).isTrue();
        assertThat(theDayBefore.isUntil(0)).isFalse();
    }

    @Test
    void activitiesAsNumbersAnswerAsTheActivitiesThemselves() {
        RunFacts run = new RunFacts(REGISTRY, AS_OF);
        List<Activity> activities = run.activities();
        int joint = 0;
        for (int i = 0; i < activities.size(); i++) {
            Activity a = activities.get(i);
            assertThat(run.day(i)).isEqualTo(a.date().toEpochDay());
            assertThat(run.isJoint(i)).isEqualTo(!a.jointPatrols().isEmpty());
            assertThat(run.organiser(i))
                    .isEqualTo(run.organiserNumber(a.patrol()))
                    .isNotNegative();
            joint += run.isJoint(i) ? 1 : 0;
            for (int j = 0; j < i; j++) {
                assertThat(run.organiser(i) == run.organiser(j))
                        .isEqualTo(a.patrol().equals(activities.get(j).patrol()));
            }
        }
        assertThat(joint).isPositive().isLessThan(activities.size());
        assertThat(run.organiserNumber(PatrolId.of("no-such-patrol"))).isEqualTo(-1);
    }

    @Test
    void startsEndsAndDurationsCompareAsTheActivitiesInstantsAndDurationsDo() {
        RunFacts run = new RunFacts(REGISTRY, AS_OF);
        List<Activity> activities = run.activities();
        // the generated durations, and a maximum a second and a nanosecond off each
        List<Duration> maxima = new ArrayList<>();
        for (Activity a : activities.subList(0, 10)) {
            maxima.add(a.duration());
            maxima.add(a.duration().minusSeconds(1));
            maxima.add(a.duration().plusNanos(1));
        }
        int longer = 0;
        for (int i = 0; i < activities.size(); i++) {
            Activity a = activities.get(i);
            for (Duration maximum : maxima) {
                boolean expected = a.duration().compareTo(maximum) > 0;
                assertThat(run.lastsLongerThan(i, maximum)).isEqualTo(expected);
                longer += expected ? 1 : 0;
            }
            // neighbours and a spread of others, the pairs a member's activities make
            for (int j = Math.max(0, i - 3); j < activities.size(); j += 1 + j / 4) {
                Activity b = activities.get(j);
                assertThat(Integer.signum(run.compareStarts(i, j)))
                        .isEqualTo(Integer.signum(a.start().compareTo(b.start())));
                assertThat(Integer.signum(run.compareEnds(i, j)))
                        .isEqualTo(Integer.signum(a.end().compareTo(b.end())));
                assertThat(Integer.signum(run.compareStartWithEnd(i, j)))
                        .isEqualTo(Integer.signum(a.start().compareTo(b.end())));
            }
        }
        assertThat(longer).isPositive().isLessThan(activities.size() * maxima.size());
    }

    @Test
    void anActivitysOrganiserIsTheRegistrysPatrolOrEmptyIfItDoesNotHoldIt() {
        Activity first = REGISTRY.activities().iterator().next();
        Registry registry = REGISTRY.change()
                .addActivity(new Activity.Builder()
                        .from(first)
                        .id(ActivityId.of("a-of-no-patrol"))
                        .patrol(PatrolId.of("no-patrol"))
                        .build())
                .apply();
        RunFacts run = new RunFacts(registry, AS_OF);
        List<Activity> activities = run.activities();
        int missing = 0;
        // asked twice: the second answer comes from what the first remembered
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < activities.size(); i++) {
                Optional<Patrol> expected = registry.patrol(activities.get(i).patrol());
                if (expected.isPresent()) {
                    assertThat(run.organiserPatrol(i)).containsSame(expected.get());
                } else {
                    assertThat(run.organiserPatrol(i)).isEmpty();
                    missing++;
                }
            }
        }
        assertThat(missing).isEqualTo(2);
    }

    @Test
    void attendanceByMemberHoldsEveryRecordOnceUnderItsMemberWithItsStatus() {
        RunFacts run = new RunFacts(REGISTRY, AS_OF);
        Map<MemberId, List<String>> expected = new HashMap<>();
        List<Activity> activities = run.activities();
        for (int i = 0; i < activities.size(); i++) {
            for (Attendance record : activities.get(i).attendance()) {
                expected.computeIfAbsent(record.member(), m -> new ArrayList<>())
                        .add(i + " " + record.status());
            }
        }

        Map<MemberId, List<String>> actual = new HashMap<>();
        run.attendanceByMember().forEach((member, where) -> {
            List<String> indices = new ArrayList<>();
            for (int k = 0; k < where.size(); k++) {
                indices.add(where.activity(k) + " " + where.status(k));
            }
            actual.put(member, indices);
        });

        assertThat(actual).isEqualTo(expected);
        assertThat(expected.keySet()).anyMatch(member -> REGISTRY.member(member).isEmpty());
        // every status is recorded somewhere, so that each is seen to come through
        assertThat(expected.values().stream().flatMap(List::stream).map(e -> e.substring(e.indexOf(' ') + 1)))
                .contains("PRESENT", "EXCUSED_ABSENCE", "UNEXCUSED_ABSENCE");
    }

    @Test
    void whetherAnIdIsHeldIsTheRegistrysAnswerForHeldAndMissingIds() {
        RunFacts run = new RunFacts(REGISTRY, AS_OF);
        Member member = REGISTRY.members().iterator().next();
        PatrolId patrol = REGISTRY.patrols().iterator().next().id();
        DistrictId district = REGISTRY.districts().iterator().next().id();

        // asked twice: the second answer comes from what the first remembered
        for (int round = 0; round < 2; round++) {
            assertThat(run.hasMember(member.id())).isTrue();
            assertThat(run.hasMember(MemberId.of("nobody"))).isFalse();
            assertThat(run.hasPatrol(patrol)).isTrue();
            assertThat(run.hasPatrol(PatrolId.of("no-patrol"))).isFalse();
            assertThat(run.hasDistrict(district)).isTrue();
            assertThat(run.hasDistrict(DistrictId.of("no-district"))).isFalse();
            assertThat(run.hasSite(SiteId.of("no-site"))).isFalse();
        }
        assertThat(run.hasSite(Fixtures.namseonPark().id())).isTrue();
    }

    @Test
    void membersAndPatrolsAreTheRegistrysOwnForHeldAndMissingIds() {
        RunFacts run = new RunFacts(REGISTRY, AS_OF);

        // asked twice: the second answer comes from what the first remembered
        for (int round = 0; round < 2; round++) {
            for (Member member : REGISTRY.members()) {
                assertThat(run.member(member.id())).containsSame(member);
            }
            for (Patrol patrol : REGISTRY.patrols()) {
                assertThat(run.patrol(patrol.id())).containsSame(patrol);
            }
            assertThat(run.member(MemberId.of("nobody"))).isEmpty();
            assertThat(run.patrol(PatrolId.of("no-patrol"))).isEmpty();
        }
    }

    @Test
    void membershipsByMemberAreTheRegistrysForEveryMemberInTheOrderOfTheirFirstMembership() {
        // a membership replaced keeps its place (here the first, given to the last one's member)
        // and a removed one leaves a gap, so the order added is not the order of building
        List<Membership> all = new ArrayList<>(REGISTRY.memberships());
        Membership first = all.get(0);
        MemberId last = all.get(all.size() - 1).member();
        Registry registry = REGISTRY.change()
                .replaceMembership(
                        new Membership.Builder().from(first).member(last).build())
                .removeMembership(all.get(1).id())
                .addMembership(new Membership.Builder()
                        .from(all.get(2))
                        .id(MembershipId.of("ms-again"))
                        .build())
                .addMembership(new Membership.Builder()
                        .from(all.get(3))
                        .id(MembershipId.of("ms-of-no-member"))
                        .member(MemberId.of("no-member"))
                        .build())
                .apply();
        RunFacts run = new RunFacts(registry, AS_OF);

        List<MemberId> firstSeen = new ArrayList<>();
        for (Membership m : registry.memberships()) {
            if (!firstSeen.contains(m.member())) {
                firstSeen.add(m.member());
            }
        }
        assertThat(run.membershipsByMember().keySet()).containsExactlyElementsOf(firstSeen);
        assertThat(firstSeen.get(0)).isEqualTo(last);
        for (MemberId member : firstSeen) {
            assertThat(run.membershipsOf(member)).containsExactlyElementsOf(registry.membershipsOf(member));
        }
        assertThat(run.membershipsOf(all.get(2).member())).hasSizeGreaterThan(1);
        assertThat(run.membershipsOf(MemberId.of("nobody"))).isEmpty();
        // a member the registry does not hold keeps its memberships too
        assertThat(firstSeen.get(firstSeen.size() - 1)).isEqualTo(MemberId.of("no-member"));
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> run.membershipsOf(last).clear());
    }

    @Test
    void holdersAreAPatrolsMembershipsWithTheRoleHeldOnTheDateInTheRegistrysOrder() {
        RunFacts run = new RunFacts(REGISTRY, AS_OF);
        Map<Role, Integer> held = new EnumMap<>(Role.class);

        // asked twice: the second answer comes from what the first remembered
        for (int round = 0; round < 2; round++) {
            for (Patrol patrol : REGISTRY.patrols()) {
                for (Role role : Role.values()) {
                    List<Membership> expected = REGISTRY.membershipsOf(patrol.id()).stream()
                            .filter(m -> m.roleOn(AS_OF).equals(Optional.of(role)))
                            .toList();
                    assertThat(run.holders(patrol.id(), role)).containsExactlyElementsOf(expected);
                    held.merge(role, expected.size(), Integer::sum);
                }
            }
        }
        assertThat(run.holders(PatrolId.of("no-patrol"), Role.LEADER)).isEmpty();
        // the generated patrols have leaders and plain members, and memberships not active on the date
        assertThat(held.get(Role.LEADER)).isPositive();
        assertThat(held.get(Role.MEMBER)).isPositive();
        assertThat(held.values().stream().mapToInt(Integer::intValue).sum() / 2)
                .isLessThan(REGISTRY.memberships().size());
    }

    @Test
    void holdersCannotBeChangedByARule() {
        RunFacts run = new RunFacts(REGISTRY, AS_OF);
        PatrolId patrol = REGISTRY.patrols().iterator().next().id();
        List<Membership> members = run.holders(patrol, Role.MEMBER);

        assertThat(members).isNotEmpty();
        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(members::clear);
        assertThat(run.holders(patrol, Role.MEMBER)).isNotEmpty();
    }

    @Test
    void trainingObligationsAreEveryMembersInTheRegistrysOrderUnderTheRequirementAsked() {
        RunFacts run = new RunFacts(REGISTRY, AS_OF);
        TrainingRequirement korea = TrainingRequirement.korea();
        TrainingRequirement stricter =
                TrainingRequirement.of(Duration.ofHours(100), Period.ofMonths(1), Duration.ofHours(100));

        assertThat(run.trainingObligations(korea)).containsExactlyElementsOf(obligations(korea));
        assertThat(run.trainingObligations(korea)).isSameAs(run.trainingObligations(korea));
        // another requirement is judged afresh, not answered from what was remembered
        assertThat(run.trainingObligations(stricter))
                .containsExactlyElementsOf(obligations(stricter))
                .isNotEqualTo(obligations(korea));
        assertThat(obligations(korea)).isNotEmpty();
    }

    private static List<TrainingObligation> obligations(TrainingRequirement requirement) {
        List<TrainingObligation> owed = new ArrayList<>();
        for (Member m : REGISTRY.members()) {
            owed.addAll(REGISTRY.trainingObligationsOf(m.id(), AS_OF, requirement));
        }
        return owed;
    }
}
