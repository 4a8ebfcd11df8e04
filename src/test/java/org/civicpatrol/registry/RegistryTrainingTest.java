package org.civicpatrol.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.civicpatrol.fixtures.Fixtures;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.SeparationReason;
import org.civicpatrol.member.TrainingKind;
import org.civicpatrol.member.TrainingRecord;
import org.civicpatrol.time.DateRange;
import org.junit.jupiter.api.Test;

class RegistryTrainingTest {

    private static final MemberId M1 = MemberId.of("m-1");

    private final Registry registry = new Registry.Builder()
            .addMemberships(List.of(
                    Fixtures.anAppointment("ms-2", "m-1", "dunsan-2", LocalDate.of(2014, 5, 1)),
                    Fixtures.anAppointment("ms-1", "m-1", "tanbang", LocalDate.of(2010, 3, 1))
                            .resignedOn(LocalDate.of(2014, 4, 30), SeparationReason.MOVED_AWAY),
                    Fixtures.anAppointment("ms-3", "m-2", "tanbang", LocalDate.of(2016, 1, 1))))
            .addTrainingRecords(List.of(
                    TrainingRecord.of(M1, TrainingKind.BASIC, LocalDate.of(2010, 4, 1), Duration.ofHours(4)),
                    TrainingRecord.of(M1, TrainingKind.BASIC, LocalDate.of(2012, 2, 29), Duration.ofHours(8)),
                    TrainingRecord.of(M1, TrainingKind.BASIC, LocalDate.of(2012, 3, 1), Duration.ofHours(4)),
                    TrainingRecord.of(M1, TrainingKind.IN_SERVICE, LocalDate.of(2015, 12, 31), Duration.ofHours(3))))
            .build();

    @Test
    void trainingTimeCountsOneKindInAHalfOpenPeriod() {
        DateRange firstTwoYears = DateRange.of(LocalDate.of(2010, 3, 1), LocalDate.of(2012, 3, 1));

        assertThat(registry.trainingTimeOf(M1, TrainingKind.BASIC, firstTwoYears))
                .isEqualTo(Duration.ofHours(12));
        assertThat(registry.trainingTimeOf(M1, TrainingKind.IN_SERVICE, DateRange.ofYear(Year.of(2015))))
                .isEqualTo(Duration.ofHours(3));
        assertThat(registry.trainingTimeOf(M1, TrainingKind.IN_SERVICE, DateRange.ofYear(Year.of(2016))))
                .isEqualTo(Duration.ZERO);
        assertThat(registry.trainingTimeOf(MemberId.of("m-9"), TrainingKind.BASIC, DateRange.always()))
                .isEqualTo(Duration.ZERO);
    }

    @Test
    void theFirstAppointmentIsTheEarliestOfAnyMembership() {
        assertThat(registry.firstAppointmentOf(M1)).contains(LocalDate.of(2010, 3, 1));
        assertThat(registry.firstAppointmentOf(MemberId.of("m-2"))).contains(LocalDate.of(2016, 1, 1));
        assertThat(registry.firstAppointmentOf(MemberId.of("m-9"))).isEmpty();
    }
}
