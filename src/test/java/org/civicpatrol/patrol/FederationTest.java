package org.civicpatrol.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.time.DateRange;
import org.junit.jupiter.api.Test;

class FederationTest {

    private static Federation.Builder seoGu() {
        return new Federation.Builder()
                .id(FederationId.of("seo-gu"))
                .name("서구 자율방범연합대")
                .tier(FederationTier.DISTRICT)
                .territory(DistrictId.of("3017000000"))
                .parent(FederationId.of("daejeon"));
    }

    @Test
    void blankNameIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> seoGu().name("").build())
                .withMessage("federation seo-gu has a blank name");
    }

    @Test
    void beingItsOwnParentIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> seoGu().parent(FederationId.of("seo-gu")).build())
                .withMessage("federation seo-gu names itself as its parent");
    }

    @Test
    void dissolutionBeforeFoundingIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> seoGu().foundedOn(LocalDate.of(2000, 1, 1))
                        .dissolvedOn(LocalDate.of(1999, 1, 1))
                        .build())
                .withMessage("federation seo-gu is dissolved (1999-01-01) before it is founded (2000-01-01)");
    }

    @Test
    void lifeRunsFromFoundingToDissolution() {
        Federation federation = seoGu().foundedOn(LocalDate.of(2000, 1, 1)).build();
        assertThat(federation.life()).isEqualTo(DateRange.startingOn(LocalDate.of(2000, 1, 1)));
        assertThat(federation.existsOn(LocalDate.of(1999, 12, 31))).isFalse();
        Federation dissolved = federation.dissolvedOn(LocalDate.of(2010, 1, 1));
        assertThat(dissolved.existsOn(LocalDate.of(2010, 1, 1))).isFalse();
        assertThat(dissolved.existsOn(LocalDate.of(2009, 12, 31))).isTrue();
        assertThat(seoGu().build().life()).isEqualTo(DateRange.always());
    }

    @Test
    void dissolvingTwiceIsAnIllegalState() {
        Federation dissolved = seoGu().dissolvedOn(LocalDate.of(2010, 1, 1)).build();
        assertThatIllegalStateException()
                .isThrownBy(() -> dissolved.dissolvedOn(LocalDate.of(2011, 1, 1)))
                .withMessage("federation seo-gu is already dissolved (on 2010-01-01)");
    }

    @Test
    void tiersAreOrderedFromTheNationDown() {
        assertThat(FederationTier.NATIONAL.isAbove(FederationTier.PROVINCIAL)).isTrue();
        assertThat(FederationTier.PROVINCIAL.isAbove(FederationTier.DISTRICT)).isTrue();
        assertThat(FederationTier.DISTRICT.isAbove(FederationTier.DISTRICT)).isFalse();
        assertThat(FederationTier.DISTRICT.isAbove(FederationTier.NATIONAL)).isFalse();
    }
}
