package org.civicpatrol.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class DistrictLevelTest {

    @Test
    void blankNameIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DistrictLevel.of("", 1))
                .withMessage("district level name must not be blank: \"\"");
    }

    @Test
    void negativeRankIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DistrictLevel.of("ward", -1))
                .withMessage("district level ward has a negative rank: -1");
    }

    @Test
    void ordersFromTheTopDown() {
        assertThat(KoreanDistrictLevels.all()).isSorted();
        assertThat(KoreanDistrictLevels.PROVINCE.isAbove(KoreanDistrictLevels.NEIGHBOURHOOD))
                .isTrue();
        assertThat(KoreanDistrictLevels.NEIGHBOURHOOD.isAbove(KoreanDistrictLevels.PROVINCE))
                .isFalse();
        assertThat(DistrictLevel.of("a", 1)).isLessThan(DistrictLevel.of("b", 1));
    }

    @Test
    void koreanConventionHasFiveLevels() {
        assertThat(KoreanDistrictLevels.all())
                .extracting(DistrictLevel::name)
                .containsExactly("nation", "province", "municipality", "administrative district", "neighbourhood");
        assertThat(KoreanDistrictLevels.all()).isSorted();
        assertThat(KoreanDistrictLevels.MUNICIPALITY).hasToString("municipality(2)");
    }
}
