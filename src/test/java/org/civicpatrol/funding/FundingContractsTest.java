package org.civicpatrol.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicpatrol.fixtures.Fixtures.aGrant;
import static org.civicpatrol.fixtures.Fixtures.won;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.civicpatrol.fixtures.Contracts;
import org.civicpatrol.fixtures.Fixtures;
import org.civicpatrol.patrol.FederationId;
import org.civicpatrol.patrol.PatrolId;
import org.junit.jupiter.api.Test;

class FundingContractsTest {

    private static final Recipient TANBANG = Recipient.of(PatrolId.of("tanbang"));
    private static final LocalDate DAY = LocalDate.of(2016, 6, 1);

    @Test
    void idsAreValues() {
        assertThat(Contracts.assertRecordsAreValues("org.civicpatrol.funding"))
                .containsExactlyInAnyOrder(GrantId.class);
    }

    @Test
    void everyPublicClassRejectsNulls() {
        List<Class<?>> checked = Contracts.assertPublicClassesRejectNulls(
                "org.civicpatrol.funding",
                Contracts.nullPointerTester(),
                GrantId.of("g-1"),
                aGrant("g-1", TANBANG, GrantCategory.VEHICLES, 1_000_000),
                TANBANG,
                Expenditure.of(GrantId.of("g-1"), DAY, won(1), GrantCategory.VEHICLES),
                Refund.of(GrantId.of("g-1"), DAY, won(1), RefundReason.UNSPENT));

        assertThat(checked).contains(Grant.Builder.class, Recipient.class);
    }

    @Test
    void equalityFollowsTheAttributes() {
        new EqualsTester()
                .addEqualityGroup(GrantId.of("g-1"), GrantId.of("g-1"))
                .addEqualityGroup(GrantId.of("g-2"))
                .testEquals();
        Grant grant = aGrant("g-1", TANBANG, GrantCategory.VEHICLES, 1_000_000);
        new EqualsTester()
                .addEqualityGroup(grant, aGrant("g-1", TANBANG, GrantCategory.VEHICLES, 1_000_000))
                .addEqualityGroup(aGrant("g-1", TANBANG, GrantCategory.VEHICLES, 1_000_001))
                .addEqualityGroup(aGrant("g-1", TANBANG, GrantCategory.PUBLICITY, 1_000_000))
                .addEqualityGroup(
                        aGrant("g-1", Recipient.of(FederationId.of("seo-gu")), GrantCategory.VEHICLES, 1_000_000))
                .addEqualityGroup(new Grant.Builder()
                        .from(grant)
                        .status(GrantStatus.SETTLED)
                        .build())
                .addEqualityGroup(new Grant.Builder()
                        .from(grant)
                        .fiscalYear(Year.of(2017))
                        .build())
                .addEqualityGroup(new Grant.Builder()
                        .from(grant)
                        .funder(Fixtures.seoGuOffice())
                        .build())
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(TANBANG, Recipient.of(PatrolId.of("tanbang")))
                .addEqualityGroup(Recipient.of(PatrolId.of("dunsan-2")))
                .addEqualityGroup(Recipient.of(FederationId.of("tanbang")))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(
                        Expenditure.of(GrantId.of("g-1"), DAY, won(1), GrantCategory.VEHICLES),
                        Expenditure.of(GrantId.of("g-1"), DAY, won(1), GrantCategory.VEHICLES))
                .addEqualityGroup(Expenditure.of(GrantId.of("g-1"), DAY, won(2), GrantCategory.VEHICLES))
                .addEqualityGroup(Expenditure.of(GrantId.of("g-1"), DAY.plusDays(1), won(1), GrantCategory.VEHICLES))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(
                        Refund.of(GrantId.of("g-1"), DAY, won(1), RefundReason.UNSPENT),
                        Refund.of(GrantId.of("g-1"), DAY, won(1), RefundReason.UNSPENT))
                .addEqualityGroup(Refund.of(GrantId.of("g-1"), DAY, won(1), RefundReason.CLAWED_BACK))
                .testEquals();
    }
}
