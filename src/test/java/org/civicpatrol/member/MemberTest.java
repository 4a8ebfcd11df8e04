package org.civicpatrol.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.civicpatrol.geo.DistrictId;
import org.junit.jupiter.api.Test;

class MemberTest {

    private static final LocalDate BIRTH = LocalDate.of(1958, 4, 2);

    private static Member.Builder member() {
        return new Member.Builder()
                .id(MemberId.of("m-17"))
                .name("Sample Person Seventeen")
                .birthDate(BIRTH)
                .sex(Sex.FEMALE)
                .addResidenceOrBusinessDistrict(DistrictId.of("3017055500"));
    }

    @Test
    void toStringShowsTheIdAndNoPersonalData() {
        String text = member().build().toString();
        assertThat(text).contains("m-17");
        assertThat(text)
                .doesNotContain("Sample Person")
                .doesNotContain("1958")
                .doesNotContain("FEMALE")
                .doesNotContain("3017055500");
    }

    @Test
    void blankNameIsRejectedWithoutShowingIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> member().name(" ").build())
                .withMessage("member m-17 has a blank name");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> member().name("\u3164").build())
                .withMessage("member m-17 has a blank name");
    }

    @Test
    void ageCountsWholeYears() {
        Member member = member().build();
        assertThat(member.ageOn(LocalDate.of(2016, 4, 1))).hasValue(57);
        assertThat(member.ageOn(LocalDate.of(2016, 4, 2))).hasValue(58);
        assertThat(member.ageOn(BIRTH)).hasValue(0);
    }

    @Test
    void ageIsUnknownWithoutABirthDateOrBeforeBirth() {
        assertThat(member().build().ageOn(BIRTH.minusDays(1))).isEmpty();
        Member unrecorded = new Member.Builder()
                .id(MemberId.of("m-18"))
                .name("Sample Person Eighteen")
                .build();
        assertThat(unrecorded.ageOn(LocalDate.of(2016, 1, 1))).isEmpty();
        assertThat(unrecorded.sex()).isEmpty();
        assertThat(unrecorded.residenceOrBusinessDistricts()).isEmpty();
    }
}
