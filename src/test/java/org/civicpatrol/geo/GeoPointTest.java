package org.civicpatrol.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GeoPointTest {

    static Stream<Arguments> outOfRange() {
        return Stream.of(
                Arguments.of(90.5, 127.0, "latitude must be from -90 to 90 degrees: 90.5"),
                Arguments.of(-91.0, 127.0, "latitude must be from -90 to 90 degrees: -91.0"),
                Arguments.of(Double.NaN, 127.0, "latitude must be from -90 to 90 degrees: NaN"),
                Arguments.of(36.35, 180.01, "longitude must be from -180 to 180 degrees: 180.01"),
                Arguments.of(36.35, Double.NEGATIVE_INFINITY, "longitude must be from -180 to 180 degrees: -Infinity"));
    }

    @ParameterizedTest
    @MethodSource("outOfRange")
    void coordinatesOutOfRangeAreRejected(double latitude, double longitude, String message) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GeoPoint.of(latitude, longitude))
                .withMessage(message);
    }

    @Test
    void boundsAreIncluded() {
        assertThat(GeoPoint.of(90, 180).latitude()).isEqualTo(90.0);
        assertThat(GeoPoint.of(-90, -180).longitude()).isEqualTo(-180.0);
        assertThat(GeoPoint.of(36.3504, 127.3845)).hasToString("(36.3504, 127.3845)");
    }
}
