package org.civicpatrol.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.civicpatrol.member.Sex;
import org.junit.jupiter.api.Test;

/** Age bands and sex groups: the typed keys of member summaries. */
class AgeBandTest {

    @Test
    void aBandContainsItsLowerBoundAndNotItsUpperBound() {
        AgeBand thirties = AgeBand.between(30, 40);

        assertThat(thirties.contains(29)).isFalse();
        assertThat(thirties.contains(30)).isTrue();
        assertThat(thirties.contains(39)).isTrue();
        assertThat(thirties.contains(40)).isFalse();
        assertThat(thirties.from()).hasValue(30);
        assertThat(thirties.to()).hasValue(40);
        assertThat(AgeBand.atLeast(60).contains(Integer.MAX_VALUE)).isTrue();
        assertThat(AgeBand.atLeast(60).to()).isEmpty();
        assertThat(AgeBand.unknown().contains(0)).isFalse();
        assertThat(AgeBand.unknown().from()).isEmpty();
        assertThat(AgeBand.unknown().to()).isEmpty();
    }

    @Test
    void labelsSayTheBandInEnglish() {
        assertThat(AgeBand.between(0, 30)).hasToString("under 30");
        assertThat(AgeBand.between(30, 40).label()).isEqualTo("30-39");
        assertThat(AgeBand.between(18, 19).label()).isEqualTo("18");
        assertThat(AgeBand.atLeast(60).label()).isEqualTo("60 and over");
        assertThat(AgeBand.unknown().label()).isEqualTo("unknown");
    }

    @Test
    void bandsOrderYoungestFirstAndUnknownLast() {
        List<AgeBand> sorted = AgeBands.standard().bands().stream()
                .sorted(java.util.Comparator.reverseOrder())
                .sorted()
                .toList();

        assertThat(sorted).isEqualTo(AgeBands.standard().bands());
        assertThat(AgeBand.between(30, 35)).isLessThan(AgeBand.between(30, 40));
        assertThat(AgeBand.unknown()).isGreaterThan(AgeBand.atLeast(100));
        assertThat(AgeBand.unknown().compareTo(AgeBand.unknown())).isZero();
    }

    @Test
    void bandsAreEqualByTheirBounds() {
        new EqualsTester()
                .addEqualityGroup(AgeBand.between(30, 40), AgeBand.between(30, 40))
                .addEqualityGroup(AgeBand.between(30, 41))
                .addEqualityGroup(AgeBand.between(31, 40))
                .addEqualityGroup(AgeBand.atLeast(30))
                .addEqualityGroup(AgeBand.unknown(), AgeBands.of(10).bandOf(OptionalInt.empty()))
                .testEquals();
    }

    @Test
    void meaninglessBandsAreRejected() {
        assertThatThrownBy(() -> AgeBand.between(40, 40))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("age band must satisfy 0 <= from < to: 40..40");
        assertThatThrownBy(() -> AgeBand.between(-1, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("age band must satisfy 0 <= from < to: -1..10");
        assertThatThrownBy(() -> AgeBand.atLeast(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("age band must not start below 0: -1");
        assertThatThrownBy(AgeBands::of)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("age bands need at least one bound");
        assertThatThrownBy(() -> AgeBands.of(0, 30))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("age band bounds must be positive and strictly ascending: [0, 30]");
        assertThatThrownBy(() -> AgeBands.of(30, 30))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("age band bounds must be positive and strictly ascending: [30, 30]");
    }

    @Test
    void theSmallestMeaningfulBandsAreAccepted() {
        assertThat(AgeBand.atLeast(0).label()).isEqualTo("0 and over");
        assertThat(AgeBand.between(0, 1).label()).isEqualTo("under 1");
        assertThat(AgeBands.of(1, 2).bands())
                .containsExactly(AgeBand.between(0, 1), AgeBand.between(1, 2), AgeBand.atLeast(2), AgeBand.unknown());
    }

    @Test
    void everyRecordedSexHasAGroupAndUnrecordedIsUnknown() {
        assertThat(SexGroup.of(Optional.of(Sex.FEMALE))).isEqualTo(SexGroup.FEMALE);
        assertThat(SexGroup.of(Optional.of(Sex.MALE))).isEqualTo(SexGroup.MALE);
        assertThat(SexGroup.of(Optional.of(Sex.OTHER))).isEqualTo(SexGroup.OTHER);
        assertThat(SexGroup.of(Optional.empty())).isEqualTo(SexGroup.UNKNOWN);
    }

    @Test
    void bandsCanBeGivenLabelsOfTheCallersOwn() {
        AgeBands named = AgeBands.of(30, 60)
                .withLabels(Map.of(AgeBand.between(0, 30), "청년", AgeBand.atLeast(60), "older members"));

        assertThat(named.label(AgeBand.between(0, 30), Locale.ENGLISH)).isEqualTo("청년");
        assertThat(named.label(AgeBand.atLeast(60), Locale.KOREAN)).isEqualTo("older members");
        assertThat(named.label(AgeBand.between(30, 60), Locale.KOREAN)).isEqualTo("30~59세");
        assertThat(named.label(AgeBand.unknown(), Locale.ENGLISH)).isEqualTo("unknown");
        assertThat(AgeBands.of(30, 60).label(AgeBand.between(0, 30), Locale.KOREAN))
                .isEqualTo("30세 미만");
        // Labels name the bands and do not cut them.
        assertThat(named).isEqualTo(AgeBands.of(30, 60)).hasSameHashCodeAs(AgeBands.of(30, 60));
        assertThat(named.withLabels(Map.of()).label(AgeBand.between(0, 30), Locale.ENGLISH))
                .isEqualTo("under 30");
        new EqualsTester()
                .addEqualityGroup(
                        AgeBands.of(30, 60), named, AgeBands.of(30, 60).withLabels(Map.of()))
                .addEqualityGroup(AgeBands.of(30, 50))
                .addEqualityGroup(AgeBands.standard())
                .testEquals();
    }

    @Test
    void labelsOfBandsThatAreNotThereOrBlankAreRefused() {
        AgeBands bands = AgeBands.of(30, 60);

        assertThatThrownBy(() -> bands.withLabels(Map.of(AgeBand.between(0, 20), "young")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("under 20 is not one of AgeBands[under 30, 30-59, 60 and over, unknown]");
        assertThatThrownBy(() -> bands.withLabels(Map.of(AgeBand.unknown(), " ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the label of band unknown must be one non-blank line: \" \"");
        assertThatThrownBy(() -> bands.withLabels(Map.of(AgeBand.unknown(), "two\nlines")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bands.label(AgeBand.between(0, 20), Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("under 20 is not one of AgeBands[under 30, 30-59, 60 and over, unknown]");
    }
}
