package org.civicpatrol.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.Membership;
import org.civicpatrol.patrol.FederationId;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.sample.DaejeonSample;
import org.civicpatrol.sample.RegistryGenerator;
import org.civicpatrol.validation.BuiltInRules;
import org.civicpatrol.validation.Policy;
import org.civicpatrol.validation.Rule;
import org.civicpatrol.validation.RuleCode;
import org.civicpatrol.validation.RuleContext;
import org.civicpatrol.validation.RuleDefinition;
import org.civicpatrol.validation.RuleSet;
import org.civicpatrol.validation.Severity;
import org.civicpatrol.validation.Subject;
import org.civicpatrol.validation.SubjectKind;
import org.civicpatrol.validation.ValidationReport;
import org.civicpatrol.validation.Validator;
import org.civicpatrol.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * A police liaison lists a patrol's findings in one call: every violation says which patrols and
 * federations it concerns, worked out alike for every rule, including findings about the
 * patrol's members.
 */
class FindingsAboutAPatrolTest {

    @Test
    void aPatrolsFindingsIncludeThoseAboutItsMembers() {
        Registry sample = DaejeonSample.registry();
        ValidationReport report = Validator.korea().validate(sample, DaejeonSample.AS_OF);
        MemberId absentee = DaejeonSample.chronicAbsentee(sample.membershipsOf(DaejeonSample.TANBANG));

        ValidationReport tanbang = report.about(Subject.of(DaejeonSample.TANBANG));

        assertThat(tanbang.violations())
                .filteredOn(v -> v.rule().equals(BuiltInRules.MEMBER_UNEXCUSED_ABSENCES))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.subject()).isEqualTo(Subject.of(absentee));
                    assertThat(v.patrols()).containsExactly(DaejeonSample.TANBANG);
                });
        assertThat(tanbang.violations()).allSatisfy(v -> assertThat(v.patrols()).contains(DaejeonSample.TANBANG));
        // The other patrols' members are not in it.
        assertThat(report.about(Subject.of(DaejeonSample.DUNSAN_2)).violations())
                .noneMatch(v -> v.subject().equals(Subject.of(absentee)));
    }

    @Test
    void aFederationsFindingsIncludeThoseOfItsPatrols() {
        Registry sample = DaejeonSample.registry();
        ValidationReport report = Validator.korea().validate(sample, DaejeonSample.AS_OF);
        FederationId federation =
                sample.patrol(DaejeonSample.TANBANG).flatMap(Patrol::federation).orElseThrow();

        ValidationReport ofFederation = report.about(Subject.of(federation));

        assertThat(ofFederation.violations())
                .containsAll(report.about(Subject.of(DaejeonSample.TANBANG)).violations());
        assertThat(ofFederation.violations())
                .allSatisfy(v -> assertThat(v.federations()).contains(federation));
    }

    /**
     * In a generated registry with a fifth of everything broken, every finding about a patrol, a
     * membership, a vehicle, an activity or a member the registry holds names a patrol, whatever
     * the rule; findings about geography name none.
     */
    @Test
    void everyRuleNamesThePatrolsOfWhatItFinds() {
        Registry registry =
                RegistryGenerator.withSeed(15).patrols(60).breakage(0.2).generate();
        LocalDate asOf = LocalDate.of(2016, 12, 31);
        ValidationReport report = Validator.korea().validate(registry, asOf);
        Set<SubjectKind> ofPatrols = EnumSet.of(
                SubjectKind.PATROL,
                SubjectKind.MEMBERSHIP,
                SubjectKind.VEHICLE,
                SubjectKind.ACTIVITY,
                SubjectKind.MEMBER);
        int checked = 0;
        Set<SubjectKind> seen = EnumSet.noneOf(SubjectKind.class);
        for (Violation v : report.violations()) {
            if (ofPatrols.contains(v.subject().kind()) && holds(registry, v.subject())) {
                assertThat(v.patrols()).as(v.toString()).isNotEmpty();
                seen.add(v.subject().kind());
                checked++;
            }
            if (v.subject().kind() == SubjectKind.DISTRICT && v.related().isEmpty()) {
                assertThat(v.patrols()).as(v.toString()).isEmpty();
            }
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(seen).isEqualTo(ofPatrols);
        assertThat(report.count(Severity.ERROR)).isPositive();
    }

    /**
     * A member no longer active on the date is placed with every patrol of their memberships;
     * one active on it, with the patrols of the memberships active then. Reported through a
     * custom rule, which reports as the built-in ones do.
     */
    @Test
    void aMemberIsPlacedWithThePatrolsOfTheDate() {
        Registry sample = DaejeonSample.registry();
        Membership former = sample.memberships().stream()
                .filter(m ->
                        sample.membershipsOf(m.member()).stream().noneMatch(n -> n.isActiveOn(DaejeonSample.AS_OF)))
                .findFirst()
                .orElseThrow();
        Membership current = sample.memberships().stream()
                .filter(m -> m.isActiveOn(DaejeonSample.AS_OF))
                .findFirst()
                .orElseThrow();

        Violation aboutFormer = reportAbout(sample, Subject.of(former.member()));
        Violation aboutCurrent = reportAbout(sample, Subject.of(current.member()));
        Violation aboutDistrict = reportAbout(sample, Subject.of(DaejeonSample.DAEJEON));

        assertThat(aboutFormer.patrols())
                .containsExactlyInAnyOrderElementsOf(sample.membershipsOf(former.member()).stream()
                        .map(Membership::patrol)
                        .collect(java.util.stream.Collectors.toSet()));
        assertThat(aboutCurrent.patrols())
                .containsExactlyInAnyOrderElementsOf(sample.membershipsOf(current.member()).stream()
                        .filter(m -> m.isActiveOn(DaejeonSample.AS_OF))
                        .map(Membership::patrol)
                        .collect(java.util.stream.Collectors.toSet()));
        assertThat(aboutDistrict.patrols()).isEmpty();
        assertThat(aboutDistrict.federations()).isEmpty();
    }

    /**
     * A custom rule's subject may hold text that is no valid patrol id (a subject's id need only
     * be non-blank): validation does not throw, the violation concerns no patrol, and asking a
     * report about that subject finds it.
     */
    @Test
    void aSubjectThatIsNoValidIdConcernsNothingAndThrowsNothing() {
        Subject odd = Subject.of(SubjectKind.PATROL, " p-1\u0000");

        Violation v = reportAbout(DaejeonSample.registry(), odd);

        assertThat(v.patrols()).isEmpty();
        assertThat(v.concerns(odd)).isTrue();
        assertThat(ValidationReport.of(java.util.List.of(v)).about(odd).violations())
                .containsExactly(v);
        assertThat(v.concerns(Subject.of(DaejeonSample.TANBANG))).isFalse();
    }

    /** Validates {@code registry} with one rule that reports {@code subject}, and returns it. */
    private static Violation reportAbout(Registry registry, Subject subject) {
        Rule rule = new Rule() {
            @Override
            public RuleDefinition definition() {
                return RuleDefinition.of(RuleCode.of("CITY_PROBE"), Severity.INFO, "A probe.", "none");
            }

            @Override
            public void check(RuleContext context) {
                context.report(subject, context.asOf(), "probe");
            }
        };
        ValidationReport report =
                Validator.of(Policy.korea(), RuleSet.empty().with(rule)).validate(registry, DaejeonSample.AS_OF);
        assertThat(report.violations()).hasSize(1);
        return report.violations().get(0);
    }

    private static boolean holds(Registry registry, Subject subject) {
        return switch (subject.kind()) {
            case PATROL -> registry.patrol(PatrolId.of(subject.id())).isPresent();
            case MEMBERSHIP ->
                registry.membership(org.civicpatrol.member.MembershipId.of(subject.id()))
                        .isPresent();
            case VEHICLE ->
                registry.vehicle(org.civicpatrol.equipment.VehicleId.of(subject.id()))
                        .isPresent();
            case ACTIVITY ->
                registry.activity(org.civicpatrol.activity.ActivityId.of(subject.id()))
                        .isPresent();
            case MEMBER -> !registry.membershipsOf(MemberId.of(subject.id())).isEmpty();
            default -> false;
        };
    }
}
