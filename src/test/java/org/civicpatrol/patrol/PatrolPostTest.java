package org.civicpatrol.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.geo.GeoPoint;
import org.junit.jupiter.api.Test;

class PatrolPostTest {

    @Test
    void blankNameIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PatrolPost.of(" ", DistrictId.of("3017055500")))
                .withMessage("patrol post in district 3017055500 has a blank name");
    }

    @Test
    void locationIsOptional() {
        assertThat(PatrolPost.of("제1초소", DistrictId.of("3017055500")).location())
                .isEmpty();
        assertThat(PatrolPost.of("제1초소", DistrictId.of("3017055500"), GeoPoint.of(36.34, 127.39))
                        .location())
                .contains(GeoPoint.of(36.34, 127.39));
    }
}
