package org.civicpatrol.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Year;
import org.civicpatrol.geo.PoliceUnit;
import org.civicpatrol.geo.PoliceUnitId;
import org.civicpatrol.geo.PoliceUnitKind;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.report.ActivitySummary;
import org.civicpatrol.report.CoverageSummary;
import org.civicpatrol.report.FundingSummary;
import org.civicpatrol.report.Node;
import org.civicpatrol.report.RollUp;
import org.civicpatrol.report.Summary;
import org.civicpatrol.report.TrainingSummary;
import org.civicpatrol.sample.DaejeonSample;
import org.civicpatrol.sample.RegistryGenerator;
import org.civicpatrol.time.DateRange;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** What a city's monthly and national reports ask of the roll-up (issue 15). */
class CityReportsTest {

    private static final CurrencyUnit KRW = CurrencyUnit.of("KRW");
    private static final CurrencyUnit USD = CurrencyUnit.of("USD");

    @Test
    void personHoursByMonthAddUpToThePersonHoursOfTheSameMonthsAsTheActivities() {
        ActivitySummary activities = RollUp.of(
                        DaejeonSample.registry(), DaejeonSample.AS_OF, DaejeonSample.YEAR_OF_ACTIVITIES)
                .byDistrict(DaejeonSample.DAEJEON)
                .get(0)
                .summary()
                .activities();

        assertThat(activities.personHoursByMonth().keySet())
                .isEqualTo(activities.byMonth().keySet());
        assertThat(activities.personHoursByMonth()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(activities.personHoursByMonth().values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum())
                .isCloseTo(activities.personHours(), within(1e-6));
        assertThat(activities.personHoursByMonth().values())
                .allSatisfy(hours -> assertThat(hours).isPositive());
        assertThat(ActivitySummary.empty().personHoursByMonth()).isEmpty();
    }

    @Test
    void anEmptyFundingSummaryGivesZeroInTheCurrencyAskedFor() {
        FundingSummary empty = FundingSummary.empty();

        assertThat(empty.awardedIn(KRW)).isEqualTo(Money.zero(KRW));
        assertThat(empty.spentIn(KRW)).isEqualTo(Money.zero(KRW));
        assertThat(empty.returnedIn(USD)).isEqualTo(Money.zero(USD));
        assertThatIllegalStateException().isThrownBy(empty::awarded);

        FundingSummary city = RollUp.of(DaejeonSample.registry(), DaejeonSample.AS_OF, DaejeonSample.YEAR_OF_ACTIVITIES)
                .byDistrict(DaejeonSample.DAEJEON)
                .get(0)
                .summary()
                .funding();
        assertThat(city.awardedIn(KRW)).isEqualTo(city.awarded()).isEqualTo(Money.of(KRW, DaejeonSample.GRANTS_TOTAL));
        assertThat(city.spentIn(KRW)).isEqualTo(city.spent());
        assertThat(city.awardedIn(USD)).isEqualTo(Money.zero(USD));
    }

    /**
     * Each member's unexcused absences add up to the count, and over the calendar year the
     * members at the policy's limit are exactly those the unexcused-absence rule reports.
     */
    @Test
    void unexcusedAbsencesByMemberAreTheListBehindTheCountAndTheRule() {
        Registry sample = DaejeonSample.registry();
        ActivitySummary year = RollUp.of(sample, DaejeonSample.AS_OF, DateRange.ofYear(Year.of(2016)))
                .byDistrict(DaejeonSample.DAEJEON)
                .get(0)
                .summary()
                .activities();

        assertThat(year.unexcusedAbsencesByMember().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(year.unexcusedAbsenceCount())
                .isPositive();
        assertThat(year.unexcusedAbsencesByMember().values())
                .allSatisfy(n -> assertThat(n).isPositive());
        java.util.Set<org.civicpatrol.member.MemberId> atTheLimit = year.unexcusedAbsencesByMember().entrySet().stream()
                .filter(e -> e.getValue()
                        >= org.civicpatrol.validation.Policy.korea().unexcusedAbsenceLimit())
                .map(java.util.Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet());
        java.util.Set<org.civicpatrol.member.MemberId> reported = org.civicpatrol.validation.Validator.korea()
                .validate(sample, DaejeonSample.AS_OF)
                .filter(org.civicpatrol.validation.BuiltInRules.MEMBER_UNEXCUSED_ABSENCES)
                .violations()
                .stream()
                .map(v -> org.civicpatrol.member.MemberId.of(v.subject().id()))
                .collect(java.util.stream.Collectors.toSet());
        assertThat(atTheLimit)
                .containsExactly(DaejeonSample.chronicAbsentee(sample.membershipsOf(DaejeonSample.TANBANG)))
                .isEqualTo(reported);
        assertThat(ActivitySummary.empty().unexcusedAbsencesByMember()).isEmpty();
    }

    /** The lists behind the figures: who and what each count and share is made of. */
    @Test
    void theListsBehindTheFiguresAreWhatTheyCount() {
        Registry sample = DaejeonSample.registry();
        Patrol idle = new Patrol.Builder()
                .id(PatrolId.of("p-idle"))
                .name("유휴동 자율방범대")
                .registeredOn(LocalDate.of(2015, 1, 5))
                .addActivityArea(org.civicpatrol.geo.DistrictId.of("3017055500"))
                .policeUnit(sample.patrol(DaejeonSample.TANBANG).orElseThrow().policeUnit())
                .build();
        Registry registry = sample.change().addPatrol(idle).apply();
        Summary city = RollUp.of(registry, DaejeonSample.AS_OF, DaejeonSample.YEAR_OF_ACTIVITIES)
                .byDistrict(DaejeonSample.DAEJEON)
                .get(0)
                .summary();

        assertThat(city.patrolsWithoutActivity()).contains(idle.id()).doesNotContainAnyElementsOf(city.activePatrols());
        assertThat(city.patrolsWithoutActivity())
                .hasSize(city.registeredPatrols().size() - city.activePatrols().size());

        TrainingSummary training = city.training();
        assertThat(training.basicDue()).hasSize(training.basicDueCount());
        assertThat(training.basicCompleted()).hasSize(training.basicCompletedCount());
        assertThat(training.basicBehind())
                .hasSize(training.basicDueCount() - training.basicCompletedCount())
                .doesNotContainAnyElementsOf(training.basicCompleted());
        assertThat(training.basicDue()).containsAll(training.basicBehind()).containsAll(training.basicCompleted());
        assertThat(training.inServiceDue()).hasSize(training.inServiceDueCount());
        assertThat(training.inServiceBehind())
                .hasSize(training.inServiceDueCount() - training.inServiceCompletedCount())
                .isNotEmpty();
        assertThat(training.inServiceCompleted()).hasSize(training.inServiceCompletedCount());
        // The members behind are the training rules' findings.
        assertThat(training.basicBehind()).hasSize(36);
        assertThat(training.inServiceBehind()).hasSize(76);

        CoverageSummary coverage = city.coverage();
        assertThat(coverage.neighbourhoodsNotCovered())
                .hasSize(coverage.neighbourhoods().size()
                        - coverage.coveredNeighbourhoods().size())
                .doesNotContainAnyElementsOf(coverage.coveredNeighbourhoods());
        assertThat(coverage.sitesNotCovered())
                .hasSize(coverage.sitesWithConcerns().size()
                        - coverage.sitesCovered().size());
    }

    /**
     * A second national hierarchy and a unit whose parent is missing are roots too; each root's
     * nodes are those of its own roll-up, in the order the roots were added.
     */
    @Test
    void aPoliceRollUpCanStartFromEveryRootAtOnce() {
        Registry generated = RegistryGenerator.withSeed(8).patrols(40).generate();
        PoliceUnit coastGuard = new PoliceUnit.Builder()
                .id(PoliceUnitId.of("coast-guard"))
                .name("Coast guard")
                .kind(PoliceUnitKind.NATIONAL_AGENCY)
                .build();
        PoliceUnit orphan = new PoliceUnit.Builder()
                .id(PoliceUnitId.of("orphan-station"))
                .name("Orphan station")
                .kind(PoliceUnitKind.STATION)
                .parent(PoliceUnitId.of("no-such-agency"))
                .build();
        Registry registry = generated
                .change()
                .addPoliceUnit(coastGuard)
                .addPoliceUnit(orphan)
                .apply();
        RollUp rollUp = RollUp.of(registry, LocalDate.of(2016, 12, 31), DateRange.ofYear(Year.of(2016)));

        ImmutableList<Node<PoliceUnit>> all = rollUp.byPoliceUnit();

        ImmutableList<Node<PoliceUnit>> expected = ImmutableList.<Node<PoliceUnit>>builder()
                .addAll(rollUp.byPoliceUnit(PoliceUnitId.of("police")))
                .addAll(rollUp.byPoliceUnit(coastGuard.id()))
                .addAll(rollUp.byPoliceUnit(orphan.id()))
                .build();
        assertThat(all).isEqualTo(expected);
        assertThat(all).filteredOn(node -> node.depth() == 0).hasSize(3);
        assertThat(all).hasSize(registry.policeUnits().size());
        assertThat(all.get(0).summary().members().count())
                .isEqualTo(rollUp.byDistrict(org.civicpatrol.geo.DistrictId.of("KR"))
                        .get(0)
                        .summary()
                        .members()
                        .count());
    }
}
