package org.civicpatrol.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicpatrol.fixtures.Fixtures.KRW;
import static org.civicpatrol.fixtures.Fixtures.aGrant;
import static org.civicpatrol.fixtures.Fixtures.won;

import java.time.LocalDate;
import org.civicpatrol.patrol.FederationId;
import org.civicpatrol.patrol.PatrolId;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class GrantTest {

    private static final Recipient TANBANG = Recipient.of(PatrolId.of("tanbang"));
    private static final LocalDate DAY = LocalDate.of(2016, 6, 1);

    @Test
    void isAwardedUnlessGiven() {
        Grant grant = aGrant("g-1", TANBANG, GrantCategory.POSTS_AND_OFFICES, 4_500_000);
        assertThat(grant.status()).isEqualTo(GrantStatus.AWARDED);
        assertThat(grant.amount()).isEqualTo(won(4_500_000));
        assertThat(grant.purpose()).isEmpty();
    }

    @Test
    void zeroOrNegativeAmountsAreRejected() {
        Grant grant = aGrant("g-1", TANBANG, GrantCategory.POSTS_AND_OFFICES, 4_500_000);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Grant.Builder().from(grant).amount(won(0)).build())
                .withMessage("grant g-1 must have a positive amount: KRW 0");
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> new Grant.Builder().from(grant).amount(won(-1)).build())
                .withMessage("grant g-1 must have a positive amount: KRW -1");
    }

    @Test
    void blankLegalBasisOrPurposeIsRejected() {
        Grant grant = aGrant("g-1", TANBANG, GrantCategory.POSTS_AND_OFFICES, 4_500_000);
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> new Grant.Builder().from(grant).legalBasis(" ").build())
                .withMessage("grant g-1 has a blank legal basis");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Grant.Builder().from(grant).purpose("").build())
                .withMessage("grant g-1 has a blank purpose");
    }

    @Test
    void wonHasNoMinorUnit() {
        assertThat(KRW.getDecimalPlaces()).isZero();
        assertThatThrownBy(() -> Money.of(KRW, 0.5)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void amountsInDifferentCurrenciesDoNotAdd() {
        Money usd = Money.of(CurrencyUnit.USD, 100);
        assertThatThrownBy(() -> won(1_000).plus(usd)).isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void spendingAndRefundsMustBePositive() {
        GrantId grant = GrantId.of("g-1");
        assertThat(Expenditure.of(grant, DAY, won(10_000), GrantCategory.POSTS_AND_OFFICES)
                        .amount())
                .isEqualTo(won(10_000));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Expenditure.of(grant, DAY, won(0), GrantCategory.POSTS_AND_OFFICES))
                .withMessage("expenditure against grant g-1 must have a positive amount: KRW 0");
        assertThat(Refund.of(grant, DAY, won(5_000), RefundReason.UNSPENT).reason())
                .isEqualTo(RefundReason.UNSPENT);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Refund.of(grant, DAY, won(-5_000), RefundReason.CLAWED_BACK))
                .withMessage("refund of grant g-1 must have a positive amount: KRW -5000");
    }

    @Test
    void aRecipientIsAPatrolOrAFederation() {
        assertThat(TANBANG.isPatrol()).isTrue();
        assertThat(TANBANG).hasToString("patrol tanbang");
        Recipient seoGu = Recipient.of(FederationId.of("seo-gu"));
        assertThat(seoGu.isPatrol()).isFalse();
        assertThat(seoGu.federation()).contains(FederationId.of("seo-gu"));
        assertThat(seoGu).hasToString("federation seo-gu");
    }

    @Test
    void aRecipientIsNeverBothOrNeither() {
        // Unreachable through the factories; the generated builder is package-private.
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ImmutableRecipient.builder().build())
                .withMessage("recipient must be a patrol or a federation");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ImmutableRecipient.builder()
                        .patrol(PatrolId.of("tanbang"))
                        .federation(FederationId.of("seo-gu"))
                        .build())
                .withMessage("recipient must be a patrol or a federation");
    }

    @Test
    void blankIdIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GrantId.of("g 1 "))
                .withMessage(
                        "grant id must begin and end with a visible character and hold no control character: \"g 1 \"");
    }
}
