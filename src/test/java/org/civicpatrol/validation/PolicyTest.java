package org.civicpatrol.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.function.UnaryOperator;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import org.civicpatrol.equipment.EquipmentKind;
import org.civicpatrol.equipment.LightColour;
import org.civicpatrol.funding.GrantCategory;
import org.civicpatrol.geo.AuthorityKind;
import org.civicpatrol.geo.KoreanDistrictLevels;
import org.civicpatrol.member.DisqualificationKind;
import org.civicpatrol.member.TrainingRequirement;
import org.civicpatrol.patrol.FederationTier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyTest {

    @Test
    void koreaHasTheNumbersOfTheAct() {
        Policy korea = Policy.korea();

        assertThat(korea.minimumAge()).isEqualTo(19);
        assertThat(korea.lookBackOf(DisqualificationKind.PRISON_SENTENCE)).isEqualTo(Period.ofYears(5));
        assertThat(korea.lookBackOf(DisqualificationKind.SEXUAL_OFFENCE_SENTENCE))
                .isEqualTo(Period.ofYears(10));
        assertThat(korea.lookBackOf(DisqualificationKind.SUSPENDED_SENTENCE)).isEqualTo(Period.ZERO);
        assertThat(korea.minimumComplement()).isEqualTo(10);
        assertThat(korea.maximumComplement()).isEqualTo(70);
        assertThat(korea.officerTerm()).isEqualTo(Period.ofYears(3));
        assertThat(korea.officerRenewals()).isEqualTo(1);
        assertThat(korea.residenceLevel()).isEqualTo(KoreanDistrictLevels.MUNICIPALITY);
        assertThat(korea.unexcusedAbsenceLimit()).isEqualTo(3);
        assertThat(korea.trainingRequirement().basic()).isEqualTo(Duration.ofHours(12));
        assertThat(korea.trainingRequirement().basicPeriod()).isEqualTo(Period.ofYears(2));
        assertThat(korea.trainingRequirement().inServicePerYear()).isEqualTo(Duration.ofHours(12));
        assertThat(korea.trainingRequirement()).isEqualTo(TrainingRequirement.korea());
        assertThat(korea.protectedPatrolName()).hasValue("자율방범대");
        assertThat(korea.policeRequesters())
                .containsExactlyInAnyOrder(
                        org.civicpatrol.geo.PoliceUnitKind.PROVINCIAL_AGENCY,
                        org.civicpatrol.geo.PoliceUnitKind.STATION,
                        org.civicpatrol.geo.PoliceUnitKind.DIVISION,
                        org.civicpatrol.geo.PoliceUnitKind.BOX);
        assertThat(korea.localRequestersFrom())
                .containsEntry(AuthorityKind.MUNICIPAL_GOVERNMENT, LocalDate.MIN)
                .containsEntry(AuthorityKind.NEIGHBOURHOOD_OFFICE, LocalDate.of(2026, 2, 15));
        assertThat(korea.warningLightColours()).containsExactly(LightColour.BLUE);
        assertThat(korea.minimumCandela()).isEqualTo(135);
        assertThat(korea.maximumCandela()).isEqualTo(2_500);
        assertThat(korea.allowedEquipment())
                .doesNotContain(
                        EquipmentKind.STUN_GUN,
                        EquipmentKind.PEPPER_SPRAY,
                        EquipmentKind.STRIKING_BATON,
                        EquipmentKind.HANDCUFFS)
                .contains(EquipmentKind.LIGHT_BATON, EquipmentKind.FLASHLIGHT, EquipmentKind.WHISTLE);
        assertThat(korea.eligibleCategories().get(RecipientTier.PATROL))
                .contains(GrantCategory.UNIFORMS_AND_EQUIPMENT, GrantCategory.INSURANCE)
                .doesNotContain(GrantCategory.AWARDS, GrantCategory.TRAINING);
        assertThat(korea.eligibleCategories().get(RecipientTier.of(FederationTier.PROVINCIAL)))
                .containsExactlyInAnyOrder(
                        GrantCategory.VEHICLES,
                        GrantCategory.POSTS_AND_OFFICES,
                        GrantCategory.PUBLICITY,
                        GrantCategory.OTHER);
        assertThat(korea.allowedFunders().get(RecipientTier.PATROL))
                .containsExactlyInAnyOrder(
                        AuthorityKind.MUNICIPAL_GOVERNMENT, AuthorityKind.PROVINCIAL_GOVERNMENT, AuthorityKind.POLICE);
        assertThat(korea.allowedFunders().get(RecipientTier.of(FederationTier.DISTRICT)))
                .containsExactlyInAnyOrder(
                        AuthorityKind.MUNICIPAL_GOVERNMENT, AuthorityKind.PROVINCIAL_GOVERNMENT, AuthorityKind.POLICE);
        assertThat(korea.allowedFunders().get(RecipientTier.of(FederationTier.PROVINCIAL)))
                .containsExactlyInAnyOrder(AuthorityKind.PROVINCIAL_GOVERNMENT, AuthorityKind.POLICE);
        assertThat(korea.allowedFunders().get(RecipientTier.NATIONAL_FEDERATION))
                .containsExactlyInAnyOrder(AuthorityKind.POLICE, AuthorityKind.NATIONAL_GOVERNMENT);
        assertThat(korea.policeFunders()).containsExactly(org.civicpatrol.geo.PoliceUnitKind.NATIONAL_AGENCY);
        assertThat(korea.severalFederationsAllowedFrom()).contains(LocalDate.of(2026, 2, 15));
        assertThat(korea.stationsForSeveralFederations()).isEqualTo(2);
    }

    @Test
    void koreanNamesMatchTheOfficialPattern() {
        Policy korea = Policy.korea();

        assertThat(korea.compiledNamePattern().matcher("탄방동 자율방범대").matches()).isTrue();
        assertThat(korea.compiledNamePattern().matcher("탄방동 여성자율방범대").matches()).isTrue();
        assertThat(korea.compiledNamePattern().matcher("자율방범대").matches()).isFalse();
        assertThat(korea.compiledNamePattern().matcher("탄방동 방범대").matches()).isFalse();
    }

    @Test
    void anotherJurisdictionChangesOnlyItsNumbers() {
        Policy other = new Policy.Builder()
                .from(Policy.korea())
                .minimumAge(18)
                .minimumComplement(4)
                .build();

        assertThat(other.minimumAge()).isEqualTo(18);
        assertThat(other.minimumComplement()).isEqualTo(4);
        assertThat(other.maximumComplement()).isEqualTo(70);
        new EqualsTester()
                .addEqualityGroup(
                        Policy.korea(),
                        new Policy.Builder().from(Policy.korea()).build())
                .addEqualityGroup(other)
                .testEquals();
    }

    static Stream<Arguments> invalidPolicies() {
        return Stream.of(
                Arguments.of(
                        (UnaryOperator<Policy.Builder>) b -> b.minimumAge(-1), "minimum age must not be negative: -1"),
                Arguments.of(
                        (UnaryOperator<Policy.Builder>) b ->
                                b.putDisqualificationLookBack(DisqualificationKind.ADULT_WARDSHIP, Period.ofYears(-1)),
                        "look-back of ADULT_WARDSHIP must not be negative: P-1Y"),
                Arguments.of(
                        (UnaryOperator<Policy.Builder>) b -> b.minimumComplement(71),
                        "complement must satisfy 0 <= minimum <= maximum: 71..70"),
                Arguments.of(
                        (UnaryOperator<Policy.Builder>) b -> b.officerTerm(Period.ZERO),
                        "officer term must be positive: P0D"),
                Arguments.of(
                        (UnaryOperator<Policy.Builder>) b -> b.officerRenewals(-1),
                        "officer renewals must not be negative: -1"),
                Arguments.of(
                        (UnaryOperator<Policy.Builder>) b -> b.maximumActivityDuration(Duration.ZERO),
                        "maximum activity duration must be positive: PT0S"),
                Arguments.of(
                        (UnaryOperator<Policy.Builder>) b -> b.unexcusedAbsenceLimit(0),
                        "unexcused absence limit must be at least 1: 0"),
                Arguments.of(
                        (UnaryOperator<Policy.Builder>) b -> b.minimumCandela(3_000),
                        "candela range must satisfy 0 <= minimum <= maximum, both finite: 3000.0..2500.0"),
                Arguments.of(
                        (UnaryOperator<Policy.Builder>) b -> b.maximumCandela(Double.POSITIVE_INFINITY),
                        "candela range must satisfy 0 <= minimum <= maximum, both finite: 135.0..Infinity"),
                Arguments.of(
                        (UnaryOperator<Policy.Builder>) b -> b.stationsForSeveralFederations(0),
                        "stations for several federations must be at least 1: 0"),
                Arguments.of(
                        (UnaryOperator<Policy.Builder>) b -> b.agenciesForSeveralFederations(0),
                        "agencies for several federations must be at least 1: 0"),
                Arguments.of(
                        (UnaryOperator<Policy.Builder>) b -> b.minimumComplement(-1),
                        "complement must satisfy 0 <= minimum <= maximum: -1..70"),
                Arguments.of(
                        (UnaryOperator<Policy.Builder>) b -> b.minimumCandela(-1),
                        "candela range must satisfy 0 <= minimum <= maximum, both finite: -1.0..2500.0"),
                Arguments.of(
                        (UnaryOperator<Policy.Builder>) b -> b.minimumCandela(Double.NaN),
                        "candela range must satisfy 0 <= minimum <= maximum, both finite: NaN..2500.0"),
                Arguments.of(
                        (UnaryOperator<Policy.Builder>) b -> b.officerTerm(Period.ofDays(-1)),
                        "officer term must be positive: P-1D"),
                Arguments.of(
                        (UnaryOperator<Policy.Builder>) b -> b.protectedPatrolName("\u00A0"),
                        "protected patrol name must not be blank"));
    }

    /** Each limit's own value is meaningful: the checks reject only beyond it. */
    static Stream<Arguments> limitPolicies() {
        return Stream.of(
                Arguments.of((UnaryOperator<Policy.Builder>) b -> b.minimumAge(0)),
                Arguments.of((UnaryOperator<Policy.Builder>)
                        b -> b.putDisqualificationLookBack(DisqualificationKind.ADULT_WARDSHIP, Period.ZERO)),
                Arguments.of((UnaryOperator<Policy.Builder>) b -> b.minimumComplement(0)),
                Arguments.of((UnaryOperator<Policy.Builder>) b -> b.minimumComplement(70)),
                Arguments.of((UnaryOperator<Policy.Builder>) b -> b.officerTerm(Period.ofDays(1))),
                Arguments.of((UnaryOperator<Policy.Builder>) b -> b.officerRenewals(0)),
                Arguments.of((UnaryOperator<Policy.Builder>) b -> b.maximumActivityDuration(Duration.ofSeconds(1))),
                Arguments.of((UnaryOperator<Policy.Builder>) b -> b.unexcusedAbsenceLimit(1)),
                Arguments.of((UnaryOperator<Policy.Builder>) b -> b.minimumCandela(0)),
                Arguments.of((UnaryOperator<Policy.Builder>) b -> b.minimumCandela(2_500)),
                Arguments.of((UnaryOperator<Policy.Builder>) b -> b.agenciesForSeveralFederations(1)),
                Arguments.of((UnaryOperator<Policy.Builder>) b -> b.stationsForSeveralFederations(1)),
                Arguments.of((UnaryOperator<Policy.Builder>) b -> b.protectedPatrolName("x")));
    }

    @ParameterizedTest
    @MethodSource("limitPolicies")
    void theLimitsThemselvesAreAccepted(UnaryOperator<Policy.Builder> change) {
        Policy.Builder builder = new Policy.Builder().from(Policy.korea());

        assertThatNoException().isThrownBy(() -> change.apply(builder).build());
    }

    @ParameterizedTest
    @MethodSource("invalidPolicies")
    void meaninglessNumbersAreRejected(UnaryOperator<Policy.Builder> change, String message) {
        Policy.Builder builder = new Policy.Builder().from(Policy.korea());

        assertThatThrownBy(() -> change.apply(builder).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void aMalformedNamePatternIsRejected() {
        assertThatThrownBy(() -> new Policy.Builder()
                        .from(Policy.korea())
                        .patrolNamePattern("(unclosed")
                        .build())
                .isInstanceOf(PatternSyntaxException.class)
                .hasMessageStartingWith("Unclosed group");
    }
}
