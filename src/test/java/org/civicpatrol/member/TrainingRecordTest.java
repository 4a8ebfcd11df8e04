package org.civicpatrol.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TrainingRecordTest {

    private static final LocalDate DAY = LocalDate.of(2016, 4, 9);

    @Test
    void recordsASession() {
        TrainingRecord record = TrainingRecord.of(MemberId.of("m-1"), TrainingKind.BASIC, DAY, Duration.ofHours(4));
        assertThat(record.member()).isEqualTo(MemberId.of("m-1"));
        assertThat(record.kind()).isEqualTo(TrainingKind.BASIC);
        assertThat(record.date()).isEqualTo(DAY);
        assertThat(record.duration()).isEqualTo(Duration.ofHours(4));
        assertThat(TrainingRecord.of(MemberId.of("m-1"), TrainingKind.IN_SERVICE, DAY, Duration.ofDays(1))
                        .duration())
                .isEqualTo(Duration.ofHours(24));
    }

    static Stream<Arguments> meaninglessDurations() {
        return Stream.of(
                Arguments.of(Duration.ZERO, "PT0S"),
                Arguments.of(Duration.ofMinutes(-30), "PT-30M"),
                Arguments.of(Duration.ofHours(24).plusSeconds(1), "PT24H1S"));
    }

    @ParameterizedTest
    @MethodSource("meaninglessDurations")
    void meaninglessDurationsAreRejected(Duration duration, String shown) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TrainingRecord.of(MemberId.of("m-1"), TrainingKind.BASIC, DAY, duration))
                .withMessage(
                        "training of member m-1 on 2016-04-09 must last more than nothing and at most a day: " + shown);
    }
}
