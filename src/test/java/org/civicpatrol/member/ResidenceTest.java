package org.civicpatrol.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.civicpatrol.fixtures.Fixtures;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.time.DateRange;
import org.junit.jupiter.api.Test;

/** Residence is a dated fact (Rule Art. 4(1)), and personal data. */
class ResidenceTest {

    private static final DistrictId TANBANG = DistrictId.of("3017055500");
    private static final DistrictId YUSEONG = DistrictId.of("3020000000");

    @Test
    void theDistrictsOnADateAreTheUndatedOnesAndTheDatedOnesInForce() {
        Member moved = new Member.Builder()
                .from(Fixtures.aMember("m-1", LocalDate.of(1960, 1, 1)))
                .residenceOrBusinessDistricts(java.util.List.of())
                .addResidence(Residence.of(TANBANG, DateRange.of(LocalDate.of(2001, 1, 1), LocalDate.of(2012, 6, 1))))
                .addResidence(Residence.of(YUSEONG, DateRange.startingOn(LocalDate.of(2012, 6, 1))))
                .build();

        assertThat(moved.residenceOrBusinessDistrictsOn(LocalDate.of(2012, 5, 31)))
                .containsExactly(TANBANG);
        assertThat(moved.residenceOrBusinessDistrictsOn(LocalDate.of(2012, 6, 1)))
                .containsExactly(YUSEONG);
        assertThat(Fixtures.aMember("m-2", LocalDate.of(1960, 1, 1)).residenceOrBusinessDistrictsOn(LocalDate.MIN))
                .containsExactly(TANBANG);
    }

    @Test
    void whereAMemberLivesIsNeverShown() {
        Residence home = Residence.of(TANBANG, DateRange.startingOn(LocalDate.of(2001, 1, 1)));
        Member member = new Member.Builder()
                .from(Fixtures.aMember("m-1", LocalDate.of(1960, 1, 1)))
                .addResidence(home)
                .build();

        assertThat(home).hasToString("Residence{redacted}");
        assertThat(member.toString()).doesNotContain("3017055500").doesNotContain("2001");
    }
}
