package org.civicpatrol.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import org.civicpatrol.activity.ActivityId;
import org.civicpatrol.activity.SiteId;
import org.civicpatrol.equipment.VehicleId;
import org.civicpatrol.fixtures.Contracts;
import org.civicpatrol.funding.GrantId;
import org.civicpatrol.funding.Recipient;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.geo.PoliceUnitId;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.MembershipId;
import org.civicpatrol.patrol.FederationId;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.registry.Registry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule codes, subjects, rule definitions and violations. */
class ValidationValuesTest {

    private static final LocalDate DAY = LocalDate.of(2016, 11, 29);

    static NullPointerTester tester() {
        return Contracts.nullPointerTester()
                .setDefault(RuleCode.class, BuiltInRules.PATROL_WITHOUT_LEADER)
                .setDefault(Subject.class, Subject.of(PatrolId.of("tanbang")))
                .setDefault(Severity.class, Severity.ERROR)
                .setDefault(SubjectKind.class, SubjectKind.PATROL)
                .setDefault(Policy.class, Policy.korea())
                .setDefault(org.civicpatrol.registry.Registry.class, org.civicpatrol.registry.Registry.empty())
                .setDefault(RuleSet.class, RuleSet.builtIn())
                .setDefault(ValidationReport.class, ValidationReport.empty())
                .setDefault(Rule.class, RuleSet.builtIn().enabledRules().get(0))
                .setDefault(Violation.class, violation(Severity.ERROR, "m"))
                .setDefault(RuleTexts.class, RuleTexts.builtIn())
                .setDefault(
                        Message.class,
                        Message.of("message")
                                .with("patrol", PatrolId.of("tanbang"))
                                .with("date", DAY));
    }

    static Violation violation(Severity severity, String message) {
        return new Violation.Builder()
                .rule(BuiltInRules.PATROL_WITHOUT_LEADER)
                .severity(severity)
                .subject(Subject.of(PatrolId.of("tanbang")))
                .date(DAY)
                .message(message)
                .build();
    }

    @Test
    void ruleCodesAreUpperCaseWords() {
        assertThat(RuleCode.of("PATROL_WITHOUT_POST2")).hasToString("PATROL_WITHOUT_POST2");
        assertThat(RuleCode.of("A").compareTo(RuleCode.of("B"))).isNegative();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "patrol_without_post", "2PATROLS", "_X", "PATROL-WITHOUT", "PATROL WITHOUT"})
    void malformedRuleCodesAreRejected(String code) {
        assertThatThrownBy(() -> RuleCode.of(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule code must be upper-case letters, digits and underscores, starting with a letter: \""
                        + code + "\"");
    }

    @Test
    void subjectsNameTheirKindAndId() {
        assertThat(List.of(
                        Subject.of(DistrictId.of("3017055500")),
                        Subject.of(PoliceUnitId.of("dunsan")),
                        Subject.of(FederationId.of("seo-gu")),
                        Subject.of(PatrolId.of("tanbang")),
                        Subject.of(MemberId.of("m-1")),
                        Subject.of(MembershipId.of("ms-1")),
                        Subject.of(SiteId.of("namseon-park")),
                        Subject.of(ActivityId.of("a-1")),
                        Subject.of(VehicleId.of("v-1")),
                        Subject.of(GrantId.of("g-1")),
                        Subject.of(Recipient.of(FederationId.of("seo-gu")))))
                .map(Subject::toString)
                .containsExactly(
                        "district 3017055500",
                        "police unit dunsan",
                        "federation seo-gu",
                        "patrol tanbang",
                        "member m-1",
                        "membership ms-1",
                        "site namseon-park",
                        "activity a-1",
                        "vehicle v-1",
                        "grant g-1",
                        "federation seo-gu");
        assertThat(Subject.of(Recipient.of(PatrolId.of("tanbang")))).isEqualTo(Subject.of(PatrolId.of("tanbang")));
    }

    @Test
    void subjectsOrderByKindThenId() {
        assertThat(
                        List.of(
                                        Subject.of(PatrolId.of("b")),
                                        Subject.of(DistrictId.of("z")),
                                        Subject.of(PatrolId.of("a")))
                                .stream()
                                .sorted()
                                .map(Subject::toString))
                .containsExactly("district z", "patrol a", "patrol b");
    }

    @Test
    void blankSubjectIdsAreRejected() {
        assertThatThrownBy(() -> Subject.of(SubjectKind.VEHICLE, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("vehicle subject id must not be blank");
    }

    @Test
    void ruleDefinitionsHaveOneLineDescriptionsAndSources() {
        RuleCode code = RuleCode.of("X");
        assertThatThrownBy(() -> RuleDefinition.of(code, Severity.INFO, "two\nlines", "general"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule X needs a one-line description: \"two\nlines\"");
        assertThatThrownBy(() -> RuleDefinition.of(code, Severity.INFO, "A description.", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule X needs a one-line source: \" \"");
    }

    @Test
    void violationsShowSeverityRuleSubjectDateAndMessage() {
        Violation violation = new Violation.Builder()
                .from(violation(Severity.ERROR, "patrol tanbang has no leader"))
                .addRelated(Subject.of(MembershipId.of("ms-1")))
                .build();

        assertThat(violation)
                .hasToString("ERROR PATROL_WITHOUT_LEADER patrol tanbang on 2016-11-29: patrol tanbang has no leader");
        assertThat(violation.concerns(Subject.of(PatrolId.of("tanbang")))).isTrue();
        assertThat(violation.concerns(Subject.of(MembershipId.of("ms-1")))).isTrue();
        assertThat(violation.concerns(Subject.of(MembershipId.of("ms-2")))).isFalse();
    }

    @Test
    void blankMessagesAreRejected() {
        assertThatThrownBy(() -> violation(Severity.ERROR, "  "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("violation of PATROL_WITHOUT_LEADER about patrol tanbang has a blank message");
    }

    @Test
    void everyPublicClassRejectsNulls() {
        RuleContext context = new RuleContext(
                Registry.empty(),
                DAY,
                Policy.korea(),
                BuiltInRules.PATROL_WITHOUT_LEADER,
                Severity.ERROR,
                RuleTexts.builtIn(),
                new RunFacts(Registry.empty(), DAY));
        List<Class<?>> checked = Contracts.assertPublicClassesRejectNulls(
                "org.civicpatrol.validation",
                tester(),
                RuleCode.of("X"),
                Subject.of(PatrolId.of("tanbang")),
                RuleDefinition.of(RuleCode.of("X"), Severity.INFO, "A rule.", "general"),
                violation(Severity.ERROR, "m"),
                Policy.korea(),
                RuleSet.builtIn(),
                Validator.korea(),
                ValidationReport.of(List.of(violation(Severity.ERROR, "m"))),
                RuleSet.builtIn().enabledRules().get(0),
                context,
                Message.of("message").with("patrol", PatrolId.of("tanbang")),
                RuleTexts.builtIn());

        assertThat(checked)
                .contains(RuleContext.class, Rule.class, Violation.Builder.class, Message.class, RuleTexts.class);
    }

    @Test
    void equalityFollowsTheAttributes() {
        new EqualsTester()
                .addEqualityGroup(RuleCode.of("X"), RuleCode.of("X"))
                .addEqualityGroup(RuleCode.of("Y"))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(Subject.of(PatrolId.of("a")), Subject.of(SubjectKind.PATROL, "a"))
                .addEqualityGroup(Subject.of(MemberId.of("a")))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(violation(Severity.ERROR, "m"), violation(Severity.ERROR, "m"))
                .addEqualityGroup(violation(Severity.WARNING, "m"))
                .addEqualityGroup(violation(Severity.ERROR, "n"))
                .testEquals();
    }
}
