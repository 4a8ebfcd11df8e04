package org.civicpatrol.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicpatrol.member.Member;
import org.civicpatrol.member.TrainingKind;
import org.civicpatrol.member.TrainingObligation;
import org.civicpatrol.member.TrainingRequirement;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.sample.DaejeonSample;
import org.civicpatrol.time.DateRange;
import org.junit.jupiter.api.Test;

/** The in-service training of the year still running: done so far, and what remains (issue 15). */
class TrainingSoFarTest {

    private static final TrainingRequirement KOREA = TrainingRequirement.korea();

    /**
     * Seen on the year's last day, the running year is the year that the obligations judge once
     * it is over, for every member of the sample appointed on both days.
     */
    @Test
    void onTheLastDayTheRunningYearIsTheYearJudgedTheDayAfter() {
        Registry sample = DaejeonSample.registry();
        LocalDate lastDay = LocalDate.of(2016, 12, 31);
        LocalDate dayAfter = LocalDate.of(2017, 1, 1);
        int owing = 0;
        int compared = 0;
        for (Member member : sample.members()) {
            if (sample.membershipOn(member.id(), lastDay).isEmpty()
                    || sample.membershipOn(member.id(), dayAfter).isEmpty()) {
                continue;
            }
            Optional<TrainingObligation> soFar = sample.inServiceTrainingSoFarOf(member.id(), lastDay, KOREA);
            Optional<TrainingObligation> judged = sample.trainingObligationsOf(member.id(), dayAfter, KOREA).stream()
                    .filter(o -> o.kind() == TrainingKind.IN_SERVICE)
                    .findFirst();
            assertThat(soFar).as(member.toString()).isEqualTo(judged);
            owing += soFar.isPresent() ? 1 : 0;
            compared++;
        }
        assertThat(compared).isGreaterThan(2_000);
        assertThat(owing).isGreaterThan(100);
    }

    /** Earlier in the year, only the sessions so far count, and the shortfall is what remains. */
    @Test
    void midYearOnlyTheSessionsSoFarCount() {
        Registry sample = DaejeonSample.registry();
        LocalDate midYear = LocalDate.of(2016, 6, 30);
        int checked = 0;
        for (Member member : sample.members()) {
            Optional<TrainingObligation> soFar = sample.inServiceTrainingSoFarOf(member.id(), midYear, KOREA);
            if (soFar.isEmpty()) {
                continue;
            }
            TrainingObligation o = soFar.get();
            assertThat(o.period()).isEqualTo(DateRange.of(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 7, 1)));
            assertThat(o.required()).isEqualTo(Duration.ofHours(12));
            assertThat(o.completed())
                    .isEqualTo(sample.trainingTimeOf(member.id(), TrainingKind.IN_SERVICE, o.period()));
            assertThat(o.shortfall()).isEqualTo(maxZero(o.required().minus(o.completed())));
            checked++;
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void aMemberNotAppointedOnTheDateOrUnknownOwesNothing() {
        Registry sample = DaejeonSample.registry();
        List<Member> formerMembers = sample.members().stream()
                .filter(m -> sample.membershipOn(m.id(), DaejeonSample.AS_OF).isEmpty())
                .toList();
        assertThat(formerMembers).isNotEmpty();
        for (Member former : formerMembers) {
            assertThat(sample.inServiceTrainingSoFarOf(former.id(), DaejeonSample.AS_OF, KOREA))
                    .isEmpty();
        }
        assertThat(sample.inServiceTrainingSoFarOf(
                        org.civicpatrol.member.MemberId.of("no-such-member"), DaejeonSample.AS_OF, KOREA))
                .isEmpty();
    }

    private static Duration maxZero(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
