package org.civicpatrol.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KoreanAdministrativeCodeTest {

    static Stream<Arguments> malformedCodes() {
        return Stream.of(
                Arguments.of("301705550", "korean administrative code must be 10 ASCII digits: \"301705550\""),
                Arguments.of("30170555000", "korean administrative code must be 10 ASCII digits: \"30170555000\""),
                Arguments.of("30170555O0", "korean administrative code must be 10 ASCII digits: \"30170555O0\""),
                Arguments.of("３０１７０５５５００", "korean administrative code must be 10 ASCII digits: \"３０１７０５５５００\""),
                Arguments.of("", "korean administrative code must be 10 ASCII digits: \"\""),
                Arguments.of("0017055500", "korean administrative code has no province (00): 0017055500"),
                Arguments.of("3017055501", "korean administrative code must end in 00: 3017055501"),
                Arguments.of(
                        "3000055500",
                        "korean administrative code has a neighbourhood without a municipality: 3000055500"));
    }

    @ParameterizedTest
    @MethodSource("malformedCodes")
    void malformedCodesAreRejected(String code, String message) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> KoreanAdministrativeCode.of(code))
                .withMessage(message);
    }

    @Test
    void neighbourhoodKnowsItsMunicipalityAndProvince() {
        KoreanAdministrativeCode tanbang = KoreanAdministrativeCode.of("3017055500");
        assertThat(tanbang.isNeighbourhood()).isTrue();
        assertThat(KoreanAdministrativeCode.of("3017000000").isNeighbourhood()).isFalse();
        assertThat(KoreanAdministrativeCode.of("3000000000").isNeighbourhood()).isFalse();
        assertThat(tanbang.isMunicipality()).isFalse();
        assertThat(tanbang.isProvince()).isFalse();
        assertThat(tanbang.level()).isEqualTo(KoreanDistrictLevels.NEIGHBOURHOOD);
        assertThat(tanbang.municipalityCode()).contains(KoreanAdministrativeCode.of("3017000000"));
        assertThat(tanbang.provinceCode()).isEqualTo(KoreanAdministrativeCode.of("3000000000"));
        assertThat(tanbang.parent()).contains(KoreanAdministrativeCode.of("3017000000"));
    }

    @Test
    void municipalityIsItsOwnMunicipalityAndHasTheProvinceAsParent() {
        KoreanAdministrativeCode seoGu = KoreanAdministrativeCode.of("3017000000");
        assertThat(seoGu.isMunicipality()).isTrue();
        assertThat(seoGu.level()).isEqualTo(KoreanDistrictLevels.MUNICIPALITY);
        assertThat(seoGu.municipalityCode()).contains(seoGu);
        assertThat(seoGu.parent()).contains(KoreanAdministrativeCode.of("3000000000"));
    }

    @Test
    void provinceHasNoMunicipalityAndNoParent() {
        KoreanAdministrativeCode daejeon = KoreanAdministrativeCode.of("3000000000");
        assertThat(daejeon.isProvince()).isTrue();
        assertThat(daejeon.level()).isEqualTo(KoreanDistrictLevels.PROVINCE);
        assertThat(daejeon.provinceCode()).isSameAs(daejeon);
        assertThat(daejeon.municipalityCode()).isEmpty();
        assertThat(daejeon.parent()).isEmpty();
    }

    @Test
    void withinFollowsTheCodeHierarchy() {
        KoreanAdministrativeCode tanbang = KoreanAdministrativeCode.of("3017055500");
        assertThat(tanbang.isWithin(KoreanAdministrativeCode.of("3000000000"))).isTrue();
        assertThat(tanbang.isWithin(tanbang)).isTrue();
        assertThat(tanbang.isWithin(KoreanAdministrativeCode.of("3020000000"))).isFalse();
        assertThat(KoreanAdministrativeCode.of("3000000000").isWithin(tanbang)).isFalse();
    }

    @Test
    void convertsToAndFromAQualifiedDistrictCode() {
        KoreanAdministrativeCode tanbang = KoreanAdministrativeCode.of("3017055500");
        assertThat(tanbang.toDistrictCode()).isEqualTo(DistrictCode.of("KR-ADM", "3017055500"));
        assertThat(KoreanAdministrativeCode.from(tanbang.toDistrictCode())).isEqualTo(tanbang);
    }

    @Test
    void codeOfAnotherSystemIsRejected() {
        DistrictCode legalDong = DistrictCode.of("KR-LEGAL", "3017010100");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> KoreanAdministrativeCode.from(legalDong))
                .withMessage("district code KR-LEGAL:3017010100 is not of the Korean administrative system KR-ADM");
    }

    @Test
    void ordersByDigitsAndPrintsThem() {
        assertThat(KoreanAdministrativeCode.of("3017000000")).isLessThan(KoreanAdministrativeCode.of("3017055500"));
        assertThat(KoreanAdministrativeCode.of("3017055500")).hasToString("3017055500");
    }
}
