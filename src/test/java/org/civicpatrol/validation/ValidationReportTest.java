package org.civicpatrol.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.patrol.PatrolId;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

    private static final LocalDate DAY = LocalDate.of(2016, 11, 29);

    private static Violation violation(RuleCode rule, Severity severity, Subject subject, String message) {
        return new Violation.Builder()
                .rule(rule)
                .severity(severity)
                .subject(subject)
                .date(DAY)
                .message(message)
                .build();
    }

    private static final Subject TANBANG = Subject.of(PatrolId.of("tanbang"));
    private static final Subject M1 = Subject.of(MemberId.of("m-1"));
    private static final Violation NO_LEADER =
            violation(BuiltInRules.PATROL_WITHOUT_LEADER, Severity.ERROR, TANBANG, "no leader");
    private static final Violation NO_DEPUTY =
            violation(BuiltInRules.PATROL_WITHOUT_DEPUTY, Severity.WARNING, TANBANG, "no deputy");
    private static final Violation ABSENT =
            violation(BuiltInRules.MEMBER_UNEXCUSED_ABSENCES, Severity.WARNING, M1, "absent");
    private static final Violation OLD = violation(
            BuiltInRules.PATROL_AREA_OUTSIDE_DISTRICT_VALIDITY, Severity.INFO, TANBANG, "older than its code");

    @Test
    void theEmptyReportIsValid() {
        ValidationReport empty = ValidationReport.empty();

        assertThat(empty.isValid()).isTrue();
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.size()).isZero();
        assertThat(empty.countsBySeverity())
                .containsExactly(
                        java.util.Map.entry(Severity.ERROR, 0),
                        java.util.Map.entry(Severity.WARNING, 0),
                        java.util.Map.entry(Severity.INFO, 0));
        assertThat(empty.countsByRule()).isEmpty();
        assertThat(empty).hasToString("ValidationReport{ERROR=0, WARNING=0, INFO=0}");
    }

    @Test
    void violationsAreInCanonicalOrderWithCounts() {
        ValidationReport report = ValidationReport.of(List.of(OLD, ABSENT, NO_DEPUTY, NO_LEADER));

        assertThat(report.violations()).containsExactly(NO_LEADER, ABSENT, NO_DEPUTY, OLD);
        assertThat(report.isValid()).isFalse();
        assertThat(report.count(Severity.ERROR)).isEqualTo(1);
        assertThat(report.count(Severity.WARNING)).isEqualTo(2);
        assertThat(report.count(Severity.INFO)).isEqualTo(1);
        assertThat(report.count(BuiltInRules.PATROL_WITHOUT_DEPUTY)).isEqualTo(1);
        assertThat(report.count(BuiltInRules.REFERENCE_UNRESOLVED)).isZero();
        assertThat(report.countsByRule().keySet())
                .containsExactly(
                        BuiltInRules.MEMBER_UNEXCUSED_ABSENCES,
                        BuiltInRules.PATROL_AREA_OUTSIDE_DISTRICT_VALIDITY,
                        BuiltInRules.PATROL_WITHOUT_DEPUTY,
                        BuiltInRules.PATROL_WITHOUT_LEADER);
        assertThat(report).hasToString("ValidationReport{ERROR=1, WARNING=2, INFO=1}");
        assertThat(report.size()).isEqualTo(4);
    }

    @Test
    void violationsDifferingOnlyInWhatTheyRelateToAreOrderedByIt() {
        Violation aboutDunsan = new Violation.Builder()
                .from(ABSENT)
                .addRelated(Subject.of(PatrolId.of("dunsan")))
                .build();
        Violation aboutTanbang =
                new Violation.Builder().from(ABSENT).addRelated(TANBANG).build();

        assertThat(ValidationReport.of(List.of(aboutTanbang, aboutDunsan)).violations())
                .containsExactly(aboutDunsan, aboutTanbang);
        assertThat(ValidationReport.of(List.of(aboutDunsan, aboutTanbang)).violations())
                .containsExactly(aboutDunsan, aboutTanbang);
    }

    @Test
    void reportsAndRuleSetsHaveUsefulHashCodes() {
        assertThat(org.civicpatrol.fixtures.Contracts.assertHashCodesAndStringsAreUseful(List.of(
                        ValidationReport.empty(),
                        ValidationReport.of(List.of(NO_LEADER)),
                        ValidationReport.of(List.of(NO_LEADER, ABSENT)),
                        ValidationReport.of(List.of(ABSENT, NO_LEADER)))))
                .isEqualTo(3);
        assertThat(org.civicpatrol.fixtures.Contracts.assertHashCodesAndStringsAreUseful(List.of(
                        RuleSet.builtIn(),
                        RuleSet.empty(),
                        RuleSet.builtIn().without(BuiltInRules.ACTIVITY_TOO_LONG),
                        RuleSet.builtIn().withSeverity(BuiltInRules.ACTIVITY_TOO_LONG, Severity.INFO))))
                .isEqualTo(4);
        Rule first = RuleSet.builtIn().enabledRules().get(0);
        assertThat(first).hasToString(first.definition().code().toString());
        assertThat(Validator.korea().toString()).startsWith("Validator{RuleSet{rules=");
    }

    @Test
    void warningsAndInfosLeaveARegistryValid() {
        assertThat(ValidationReport.of(List.of(NO_DEPUTY, ABSENT, OLD)).isValid())
                .isTrue();
    }

    @Test
    void reportsFilterByRuleSeverityAndSubject() {
        Violation related = new Violation.Builder()
                .from(ABSENT)
                .subject(Subject.of(MemberId.of("m-2")))
                .addRelated(TANBANG)
                .build();
        ValidationReport report = ValidationReport.of(List.of(NO_LEADER, NO_DEPUTY, ABSENT, related));

        assertThat(report.filter(BuiltInRules.PATROL_WITHOUT_DEPUTY).violations())
                .containsExactly(NO_DEPUTY);
        assertThat(report.filter(Severity.WARNING).violations()).containsExactly(ABSENT, related, NO_DEPUTY);
        assertThat(report.about(TANBANG).violations()).containsExactly(NO_LEADER, related, NO_DEPUTY);
        assertThat(report.about(M1).violations()).containsExactly(ABSENT);
        assertThat(report.filter(BuiltInRules.REFERENCE_UNRESOLVED)).isEqualTo(ValidationReport.empty());
    }

    @Test
    void plusKeepsEveryViolation() {
        ValidationReport a = ValidationReport.of(List.of(NO_LEADER, ABSENT));
        ValidationReport b = ValidationReport.of(List.of(ABSENT, OLD));

        assertThat(a.plus(b).violations()).containsExactly(NO_LEADER, ABSENT, ABSENT, OLD);
        assertThat(a.plus(b).count(BuiltInRules.MEMBER_UNEXCUSED_ABSENCES)).isEqualTo(2);
    }

    /** Identity, commutativity, associativity, and split-and-merge equals whole, over seeded data. */
    @Test
    void plusIsACommutativeMonoid() {
        for (long seed = 1; seed <= 300; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            List<Violation> all = randomViolations(random, random.nextInt(30));
            int i = random.nextInt(all.size() + 1);
            int j = i + random.nextInt(all.size() - i + 1);
            ValidationReport a = ValidationReport.of(all.subList(0, i));
            ValidationReport b = ValidationReport.of(all.subList(i, j));
            ValidationReport c = ValidationReport.of(all.subList(j, all.size()));

            String context = "seed " + seed;
            assertThat(a.plus(ValidationReport.empty())).as(context).isEqualTo(a);
            assertThat(ValidationReport.empty().plus(a)).as(context).isEqualTo(a);
            assertThat(a.plus(b)).as(context).isEqualTo(b.plus(a));
            assertThat(a.plus(b).plus(c)).as(context).isEqualTo(a.plus(b.plus(c)));
            assertThat(a.plus(b).plus(c)).as(context).isEqualTo(ValidationReport.of(all));
        }
    }

    private static List<Violation> randomViolations(SplittableRandom random, int count) {
        List<RuleCode> codes =
                BuiltInRules.catalogue().stream().map(RuleDefinition::code).toList();
        List<Violation> result = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            result.add(new Violation.Builder()
                    .rule(codes.get(random.nextInt(codes.size())))
                    .severity(List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)
                            .get(random.nextInt(3)))
                    .subject(Subject.of(MemberId.of("m-" + random.nextInt(5))))
                    .date(DAY.plusDays(random.nextInt(3)))
                    .message("message " + random.nextInt(3))
                    .build());
        }
        return result;
    }

    @Test
    void equalityFollowsTheViolations() {
        new EqualsTester()
                .addEqualityGroup(
                        ValidationReport.of(List.of(NO_LEADER, ABSENT)),
                        ValidationReport.of(List.of(ABSENT, NO_LEADER)),
                        ValidationReport.of(List.of(ABSENT)).plus(ValidationReport.of(List.of(NO_LEADER))))
                .addEqualityGroup(ValidationReport.of(List.of(NO_LEADER, ABSENT, ABSENT)))
                .addEqualityGroup(ValidationReport.empty(), ValidationReport.of(List.of()))
                .testEquals();
    }
}
