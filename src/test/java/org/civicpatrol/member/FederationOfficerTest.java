package org.civicpatrol.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.civicpatrol.patrol.FederationId;
import org.civicpatrol.time.DateRange;
import org.junit.jupiter.api.Test;

class FederationOfficerTest {

    private static final LocalDate START = LocalDate.of(2015, 1, 1);

    @Test
    void federationOfficerTermsAreCheckedToo() {
        FederationOfficer.Builder president = new FederationOfficer.Builder()
                .member(MemberId.of("m-1"))
                .federation(FederationId.of("seo-gu"))
                .role(FederationRole.PRESIDENT);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> president.term(DateRange.of(START, START)).build())
                .withMessage("PRESIDENT term of member m-1 in federation seo-gu is empty");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> president.term(DateRange.until(START)).build())
                .withMessage("PRESIDENT term of member m-1 in federation seo-gu has no start");
        FederationOfficer officer =
                president.term(DateRange.of(START, START.plusYears(3))).build();
        assertThat(officer.isHeldOn(START)).isTrue();
        assertThat(officer.isHeldOn(START.plusYears(3))).isFalse();
    }
}
