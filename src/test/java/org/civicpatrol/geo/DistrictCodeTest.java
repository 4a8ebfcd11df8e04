package org.civicpatrol.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class DistrictCodeTest {

    @Test
    void blankSystemIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DistrictCode.of(" ", "1"))
                .withMessage(
                        "district code system must begin and end with a visible character and hold no control character: \" \"");
    }

    @Test
    void paddedValueIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DistrictCode.of("KR-ADM", "3017055500 "))
                .withMessage(
                        "district code of system KR-ADM must begin and end with a visible character and hold no control character: \"3017055500 \"");
    }

    @Test
    void sameDigitsInAnotherSystemAreAnotherCode() {
        assertThat(DistrictCode.of("KR-ADM", "3017055500")).isNotEqualTo(DistrictCode.of("KR-LEGAL", "3017055500"));
        assertThat(DistrictCode.of("KR-ADM", "3017055500").isOf("KR-ADM")).isTrue();
        assertThat(DistrictCode.of("KR-ADM", "3017055500").isOf("KR-LEGAL")).isFalse();
        assertThat(DistrictCode.of("KR-ADM", "3017055500")).hasToString("KR-ADM:3017055500");
    }
}
