package org.civicpatrol.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import org.civicpatrol.time.DateRange;
import org.junit.jupiter.api.Test;

class DistrictTest {

    private static District.Builder doanDong() {
        return new District.Builder()
                .id(DistrictId.of("3017059300"))
                .name("도안동")
                .level(KoreanDistrictLevels.NEIGHBOURHOOD)
                .parent(DistrictId.of("3017000000"))
                .validity(DateRange.startingOn(LocalDate.of(2022, 6, 20)));
    }

    @Test
    void isValidOnlyWithinItsValidity() {
        District doan = doanDong().build();
        assertThat(doan.isValidOn(LocalDate.of(2022, 6, 19))).isFalse();
        assertThat(doan.isValidOn(LocalDate.of(2022, 6, 20))).isTrue();
    }

    @Test
    void validityIsUnboundedByDefault() {
        District withoutValidity = new District.Builder()
                .id(DistrictId.of("x"))
                .name("Parish")
                .level(DistrictLevel.of("parish", 2))
                .build();
        assertThat(withoutValidity.validity()).isEqualTo(DateRange.always());
        assertThat(withoutValidity.parent()).isEmpty();
        assertThat(withoutValidity.code()).isEmpty();
    }

    @Test
    void blankNameIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> doanDong().name(" ").build())
                .withMessage("district 3017059300 has a blank name");
    }

    @Test
    void beingItsOwnParentIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> doanDong().parent(DistrictId.of("3017059300")).build())
                .withMessage("district 3017059300 names itself as its parent");
    }

    @Test
    void missingRequiredAttributeIsRejected() {
        assertThatIllegalStateException()
                .isThrownBy(() -> new District.Builder().id(DistrictId.of("x")).build())
                .withMessageContaining("name")
                .withMessageContaining("level");
    }

    @Test
    void otherCountriesHierarchiesAreExpressible() {
        DistrictLevel region = DistrictLevel.of("region", 0);
        DistrictLevel county = DistrictLevel.of("county", 1);
        DistrictLevel parish = DistrictLevel.of("parish", 2);
        DistrictLevel ward = DistrictLevel.of("ward", 3);
        District kent = new District.Builder()
                .id(DistrictId.of("kent"))
                .name("Kent")
                .level(county)
                .parent(DistrictId.of("south-east"))
                .code(DistrictCode.of("GSS", "E10000016"))
                .build();
        assertThat(region.isAbove(kent.level())).isTrue();
        assertThat(kent.level().isAbove(parish)).isTrue();
        assertThat(ward.isAbove(parish)).isFalse();
        assertThat(kent.code()).contains(DistrictCode.of("GSS", "E10000016"));
    }

    @Test
    void toStringNamesTheDistrict() {
        assertThat(doanDong().build().toString()).contains("3017059300").contains("도안동");
    }
}
