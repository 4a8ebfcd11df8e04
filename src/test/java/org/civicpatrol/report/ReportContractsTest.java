package org.civicpatrol.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.civicpatrol.fixtures.Contracts;
import org.civicpatrol.fixtures.Fixtures;
import org.civicpatrol.funding.GrantCategory;
import org.civicpatrol.funding.Recipient;
import org.civicpatrol.member.TrainingRequirement;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.sample.DaejeonSample;
import org.civicpatrol.time.DateRange;
import org.junit.jupiter.api.Test;

/** The null and equality contracts of the aggregation API. */
class ReportContractsTest {

    private static NullPointerTester tester() {
        return Contracts.nullPointerTester()
                .setDefault(Registry.class, Registry.empty())
                .setDefault(
                        org.civicpatrol.funding.Grant.class,
                        Fixtures.aGrant("g-1", Recipient.of(PatrolId.of("tanbang")), GrantCategory.PUBLICITY, 1_000))
                .setDefault(
                        org.civicpatrol.activity.Activity.class,
                        Fixtures.aNightPatrol(
                                "a-1",
                                "tanbang",
                                java.time.LocalDateTime.of(2016, 11, 29, 20, 0),
                                java.time.Duration.ofHours(1)))
                .setDefault(
                        org.civicpatrol.time.DateRange.class,
                        org.civicpatrol.time.DateRange.ofYear(java.time.Year.of(2016)))
                .setDefault(AgeBands.class, AgeBands.standard())
                .setDefault(AgeBand.class, AgeBand.between(0, 30))
                .setDefault(TrainingRequirement.class, TrainingRequirement.korea())
                .setDefault(SummaryOptions.class, SummaryOptions.standard())
                .setDefault(HourlyRates.class, HourlyRates.of(Map.of(LocalDate.of(2016, 1, 1), Fixtures.won(6_030))))
                .setDefault(ActivitySummary.class, ActivitySummary.empty())
                .setDefault(MemberSummary.class, MemberSummary.empty())
                .setDefault(FundingSummary.class, FundingSummary.empty())
                .setDefault(TrainingSummary.class, TrainingSummary.empty())
                .setDefault(CoverageSummary.class, CoverageSummary.empty())
                .setDefault(Summary.class, Summary.empty());
    }

    @Test
    void everyPublicClassRejectsNulls() {
        Summary summary = Summary.empty();
        List<Class<?>> checked = Contracts.assertPublicClassesRejectNulls(
                "org.civicpatrol.report",
                tester(),
                RollUp.of(Registry.empty(), LocalDate.of(2016, 11, 29), DateRange.ofYear(Year.of(2016))),
                AgeBands.standard(),
                AgeBand.between(30, 40),
                AgeBand.unknown(),
                HourlyRates.of(Map.of(LocalDate.of(2016, 1, 1), Fixtures.won(6_030))),
                SummaryOptions.standard(),
                ActivitySummary.empty(),
                MemberSummary.empty(),
                FundingSummary.empty(),
                TrainingSummary.empty(),
                CoverageSummary.empty(),
                summary,
                new Node<>(Fixtures.tanbangDong(), 0, summary));

        assertThat(checked).contains(Node.class, RollUp.class);
    }

    @Test
    void valuesAreEqualByContent() {
        new EqualsTester()
                .addEqualityGroup(
                        HourlyRates.of(Map.of(LocalDate.of(2016, 1, 1), Fixtures.won(6_030))),
                        HourlyRates.of(Map.of(LocalDate.of(2016, 1, 1), Fixtures.won(6_030))))
                .addEqualityGroup(HourlyRates.of(Map.of(LocalDate.of(2016, 1, 1), Fixtures.won(6_470))))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(AgeBands.standard(), AgeBands.of(30, 40, 50, 60))
                .addEqualityGroup(AgeBands.of(25, 65))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(
                        SummaryOptions.standard(), SummaryOptions.standard().withCoverageThreshold(1))
                .addEqualityGroup(SummaryOptions.standard().withCoverageThreshold(2))
                .addEqualityGroup(SummaryOptions.standard().withAgeBands(AgeBands.of(25, 65)))
                .addEqualityGroup(SummaryOptions.standard().withGrantsOfFiscalYear(java.time.Year.of(2016)))
                .addEqualityGroup(SummaryOptions.standard()
                        .withTrainingRequirement(TrainingRequirement.of(
                                java.time.Duration.ofHours(8), java.time.Period.ofYears(1), java.time.Duration.ZERO)))
                .testEquals();
        Recipient tanbang = Recipient.of(PatrolId.of("tanbang"));
        new EqualsTester()
                .addEqualityGroup(FundingSummary.empty(), FundingSummary.empty().plus(FundingSummary.empty()))
                .addEqualityGroup(
                        FundingSummary.of(
                                Fixtures.aGrant("g-1", tanbang, GrantCategory.PUBLICITY, 1_000), List.of(), List.of()),
                        FundingSummary.of(
                                Fixtures.aGrant("g-2", tanbang, GrantCategory.PUBLICITY, 1_000), List.of(), List.of()))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(Summary.empty(), Summary.empty().plus(Summary.empty()))
                .addEqualityGroup(
                        ActivitySummary.empty(), ActivitySummary.empty().plus(ActivitySummary.empty()))
                .addEqualityGroup(MemberSummary.empty())
                .addEqualityGroup(TrainingSummary.empty())
                .addEqualityGroup(CoverageSummary.empty())
                .testEquals();
    }

    @Test
    void distinctSummariesHaveUsefulHashCodesAndStrings() {
        // The Daejeon sample's provinces, gus and dongs: summaries of every kind, most of them distinct.
        List<Summary> summaries = RollUp.of(
                        DaejeonSample.registry(), DaejeonSample.AS_OF, DaejeonSample.YEAR_OF_ACTIVITIES)
                .byDistrict(DaejeonSample.DAEJEON)
                .stream()
                .limit(40)
                .map(Node::summary)
                .toList();

        assertThat(Contracts.assertHashCodesAndStringsAreUseful(summaries)).isGreaterThan(1);
        assertThat(Contracts.assertHashCodesAndStringsAreUseful(
                        summaries.stream().map(Summary::members).toList()))
                .isGreaterThan(1);
        assertThat(Contracts.assertHashCodesAndStringsAreUseful(
                        summaries.stream().map(Summary::activities).toList()))
                .isGreaterThan(1);
        assertThat(Contracts.assertHashCodesAndStringsAreUseful(
                        summaries.stream().map(Summary::funding).toList()))
                .isGreaterThan(1);
        assertThat(Contracts.assertHashCodesAndStringsAreUseful(
                        summaries.stream().map(Summary::training).toList()))
                .isGreaterThan(1);
        assertThat(Contracts.assertHashCodesAndStringsAreUseful(
                        summaries.stream().map(Summary::coverage).toList()))
                .isGreaterThan(1);
    }

    @Test
    void distinctOptionsAndBandsHaveUsefulHashCodesAndStrings() {
        assertThat(Contracts.assertHashCodesAndStringsAreUseful(List.of(
                        AgeBand.between(30, 40),
                        AgeBand.between(30, 50),
                        AgeBand.between(40, 50),
                        AgeBand.atLeast(30),
                        AgeBand.atLeast(60),
                        AgeBand.unknown())))
                .isEqualTo(6);
        assertThat(Contracts.assertHashCodesAndStringsAreUseful(
                        List.of(AgeBands.standard(), AgeBands.of(25, 65), AgeBands.of(25))))
                .isEqualTo(3);
        assertThat(Contracts.assertHashCodesAndStringsAreUseful(List.of(
                        SummaryOptions.standard(),
                        SummaryOptions.standard().withCoverageThreshold(2),
                        SummaryOptions.standard().withAgeBands(AgeBands.of(25, 65)),
                        SummaryOptions.standard().withGrantsOfFiscalYear(Year.of(2016)))))
                .isEqualTo(4);
        assertThat(Contracts.assertHashCodesAndStringsAreUseful(List.of(
                        HourlyRates.of(Map.of(LocalDate.of(2016, 1, 1), Fixtures.won(6_030))),
                        HourlyRates.of(Map.of(LocalDate.of(2016, 1, 1), Fixtures.won(6_030))),
                        HourlyRates.of(Map.of(LocalDate.of(2016, 1, 1), Fixtures.won(6_470))),
                        HourlyRates.of(Map.of(LocalDate.of(2017, 1, 1), Fixtures.won(6_030))))))
                .isEqualTo(3);
        assertThat(SummaryOptions.standard()
                        .withGrantsOfFiscalYear(Year.of(2016))
                        .toString())
                .contains("2016");
    }

    @Test
    void nodesAreValues() {
        Summary summary = RollUp.of(DaejeonSample.registry(), DaejeonSample.AS_OF, DaejeonSample.YEAR_OF_ACTIVITIES)
                .ofPatrols(List.of(DaejeonSample.TANBANG));
        new EqualsTester()
                .addEqualityGroup(
                        new Node<>(Fixtures.tanbangDong(), 2, summary), new Node<>(Fixtures.tanbangDong(), 2, summary))
                .addEqualityGroup(new Node<>(Fixtures.tanbangDong(), 1, summary))
                .addEqualityGroup(new Node<>(Fixtures.dunsan2Dong(), 2, summary))
                .addEqualityGroup(new Node<>(Fixtures.tanbangDong(), 2, Summary.empty()))
                .testEquals();
        assertThat(Contracts.assertHashCodesAndStringsAreUseful(List.of(
                        new Node<>(Fixtures.tanbangDong(), 2, summary),
                        new Node<>(Fixtures.tanbangDong(), 1, summary),
                        new Node<>(Fixtures.dunsan2Dong(), 2, summary))))
                .isEqualTo(3);
        assertThat(new Node<>(Fixtures.tanbangDong(), 2, summary).toString())
                .startsWith("Node{")
                .contains("depth=2");
    }

    @Test
    void aRollUpSaysWhatItSummarises() {
        assertThat(RollUp.of(Registry.empty(), LocalDate.of(2016, 11, 29), DateRange.ofYear(Year.of(2016))))
                .hasToString(
                        "RollUp{asOf=2016-11-29, period=[2016-01-01..2017-01-01), " + SummaryOptions.standard() + "}");
    }

    @Test
    void memberSummariesOfDifferentBandsCannotBeAdded() {
        Summary standard = RollUp.of(DaejeonSample.registry(), DaejeonSample.AS_OF, DaejeonSample.YEAR_OF_ACTIVITIES)
                .ofPatrols(List.of(DaejeonSample.TANBANG));
        Summary twoBands = RollUp.of(DaejeonSample.registry(), DaejeonSample.AS_OF, DaejeonSample.YEAR_OF_ACTIVITIES)
                .withOptions(SummaryOptions.standard().withAgeBands(AgeBands.of(40)))
                .ofPatrols(List.of(DaejeonSample.DUNSAN_2));

        assertThatThrownBy(() -> standard.members().plus(twoBands.members()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("member summaries with different age bands cannot be added: " + AgeBands.standard()
                        + " and " + AgeBands.of(40));
        assertThat(standard.members().plus(MemberSummary.empty())).isSameAs(standard.members());
        // Nobody is nobody, whatever the bands; somebody counted in other bands is another summary.
        MemberSummary nobodyInTwoBands = RollUp.of(
                        Registry.empty(), DaejeonSample.AS_OF, DaejeonSample.YEAR_OF_ACTIVITIES)
                .withOptions(SummaryOptions.standard().withAgeBands(AgeBands.of(40)))
                .ofPatrols(List.of())
                .members();
        assertThat(nobodyInTwoBands).isEqualTo(MemberSummary.empty()).hasSameHashCodeAs(MemberSummary.empty());
        assertThat(MemberSummary.empty()).isEqualTo(nobodyInTwoBands);
        assertThat(twoBands.members()).isNotEqualTo(MemberSummary.empty());
        assertThat(MemberSummary.empty().plus(twoBands.members())).isSameAs(twoBands.members());
    }

    @Test
    void optionsRejectAThresholdBelowOne() {
        assertThatThrownBy(() -> SummaryOptions.standard().withCoverageThreshold(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("coverage threshold must be at least one activity: 0");
    }
}
