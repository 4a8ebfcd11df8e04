package org.civicpatrol.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.civicpatrol.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AuthorityTest {

    @Test
    void aGovernmentGovernsADistrict() {
        Authority city = Fixtures.daejeonCity();
        assertThat(city.kind()).isEqualTo(AuthorityKind.PROVINCIAL_GOVERNMENT);
        assertThat(city.district()).contains(DistrictId.of("3000000000"));
        assertThat(city.policeUnit()).isEmpty();
        assertThat(city).hasToString("대전광역시 (PROVINCIAL_GOVERNMENT, 3000000000)");
    }

    @Test
    void thePoliceAreAPoliceUnit() {
        Authority station = Fixtures.dunsanPolice();
        assertThat(station.kind()).isEqualTo(AuthorityKind.POLICE);
        assertThat(station.policeUnit()).contains(PoliceUnitId.of("dunsan"));
        assertThat(station.district()).isEmpty();
        assertThat(station).hasToString("둔산경찰서 (POLICE, dunsan)");
    }

    @ParameterizedTest
    @EnumSource(AuthorityKind.class)
    void everyKindButThePoliceIsAGovernment(AuthorityKind kind) {
        assertThat(kind.isGovernment()).isEqualTo(kind != AuthorityKind.POLICE);
    }

    @Test
    void thePoliceAreNotAGovernment() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Authority.government(AuthorityKind.POLICE, "둔산경찰서", DistrictId.of("3017000000")))
                .withMessage("POLICE is not a government; use Authority.police for a police unit");
    }

    @Test
    void blankNameIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Authority.police(" ", PoliceUnitId.of("dunsan")))
                .withMessage("authority has a blank name");
    }

    @Test
    void aGovernmentWithoutDistrictOrWithAPoliceUnitIsRejected() {
        // Unreachable through the factories; the generated builder is package-private.
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ImmutableAuthority.builder()
                        .kind(AuthorityKind.MUNICIPAL_GOVERNMENT)
                        .name("서구")
                        .build())
                .withMessage("government 서구 has no district");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ImmutableAuthority.builder()
                        .kind(AuthorityKind.MUNICIPAL_GOVERNMENT)
                        .name("서구")
                        .district(DistrictId.of("3017000000"))
                        .policeUnit(PoliceUnitId.of("dunsan"))
                        .build())
                .withMessage("government 서구 names a police unit");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ImmutableAuthority.builder()
                        .kind(AuthorityKind.POLICE)
                        .name("둔산경찰서")
                        .district(DistrictId.of("3017000000"))
                        .policeUnit(PoliceUnitId.of("dunsan"))
                        .build())
                .withMessage("police authority 둔산경찰서 names a district");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ImmutableAuthority.builder()
                        .kind(AuthorityKind.POLICE)
                        .name("둔산경찰서")
                        .build())
                .withMessage("police authority 둔산경찰서 has no police unit");
    }
}
