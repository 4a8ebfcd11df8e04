package org.civicpatrol.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.civicpatrol.fixtures.Fixtures;
import org.civicpatrol.geo.DistrictId;
import org.junit.jupiter.api.Test;

class SiteTest {

    @Test
    void knowsItsConcerns() {
        Site park = Fixtures.namseonPark();
        assertThat(park.hasConcern(SiteConcern.YOUTH_MISBEHAVIOUR)).isTrue();
        assertThat(park.hasConcern(SiteConcern.WOMENS_SAFETY)).isTrue();
        assertThat(park.hasConcern(SiteConcern.TRAFFIC_SAFETY)).isFalse();
        assertThat(park.location()).isEmpty();
    }

    @Test
    void blankNameIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Site.Builder()
                        .id(SiteId.of("s-1"))
                        .name("  ")
                        .district(DistrictId.of("3017055500"))
                        .kind(SiteKind.ALLEY)
                        .build())
                .withMessage("site s-1 has a blank name");
    }

    @Test
    void blankIdIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SiteId.of(""))
                .withMessage("site id must begin and end with a visible character and hold no control character: \"\"");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ActivityId.of(" a-1"))
                .withMessage(
                        "activity id must begin and end with a visible character and hold no control character: \" a-1\"");
    }
}
