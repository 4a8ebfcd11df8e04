package org.civicpatrol.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Activities' dates, worked out over a kept span of offsets, are those of LocalDate.ofInstant. */
class LocalDatesTest {

    private static final List<ZoneId> ZONES = List.of(
            Activity.DEFAULT_ZONE,
            ZoneId.of("America/New_York"),
            ZoneId.of("Europe/London"),
            ZoneId.of("Australia/Lord_Howe"),
            ZoneId.of("Pacific/Kiritimati"),
            ZoneOffset.ofHoursMinutes(-9, -30),
            ZoneOffset.UTC);

    @Test
    void everyInstantAroundEveryTransitionHasTheDateOfLocalDateOfInstant() {
        List<Instant> instants = new ArrayList<>();
        for (ZoneId zone : ZONES) {
            List<ZoneOffsetTransition> transitions =
                    new ArrayList<>(zone.getRules().getTransitions());
            for (int year = 2020; year <= 2030; year++) {
                for (ZoneOffsetTransitionRule rule : zone.getRules().getTransitionRules()) {
                    transitions.add(rule.createTransition(year));
                }
            }
            for (ZoneOffsetTransition transition : transitions) {
                for (long delta = -2; delta <= 2; delta++) {
                    instants.add(transition.getInstant().plusSeconds(delta));
                    instants.add(transition.getInstant().plusSeconds(delta).plusNanos(999_999_999));
                }
            }
        }
        int checked = 0;
        // every instant in every zone, and in a changing order, so that spans are both kept and
        // replaced, forwards and backwards in time
        for (ZoneId zone : ZONES) {
            for (Instant instant : instants) {
                assertThat(LocalDates.of(instant, zone))
                        .as("%s in %s", instant, zone)
                        .isEqualTo(LocalDate.ofInstant(instant, zone));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(10_000);
    }

    @Test
    void randomInstantsInAlternatingZonesHaveTheDatesOfLocalDateOfInstant() {
        SplittableRandom random = new SplittableRandom(13);
        long first = LocalDate.of(1900, 1, 1).toEpochDay() * 86_400;
        long last = LocalDate.of(2100, 1, 1).toEpochDay() * 86_400;
        for (int i = 0; i < 200_000; i++) {
            ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
            Instant instant = Instant.ofEpochSecond(random.nextLong(first, last), random.nextInt(1_000_000_000));
            assertThat(LocalDates.of(instant, zone))
                    .as("%s in %s", instant, zone)
                    .isEqualTo(LocalDate.ofInstant(instant, zone));
        }
    }

    @Test
    void theSecondBeforeATransitionIsDatedAfterTheTransitionItself() {
        ZoneId seoul = Activity.DEFAULT_ZONE;
        int checked = 0;
        for (ZoneOffsetTransition transition : seoul.getRules().getTransitions()) {
            Instant at = transition.getInstant();
            for (Instant instant : List.of(at, at.minusSeconds(1), at.minusNanos(1), at.plusSeconds(1), at)) {
                assertThat(LocalDates.of(instant, seoul))
                        .as("%s", instant)
                        .isEqualTo(LocalDate.ofInstant(instant, seoul));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(50);
    }
}
