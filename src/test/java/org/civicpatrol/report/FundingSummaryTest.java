package org.civicpatrol.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.civicpatrol.fixtures.Fixtures;
import org.civicpatrol.funding.Expenditure;
import org.civicpatrol.funding.Grant;
import org.civicpatrol.funding.GrantCategory;
import org.civicpatrol.funding.GrantStatus;
import org.civicpatrol.funding.Recipient;
import org.civicpatrol.patrol.PatrolId;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class FundingSummaryTest {

    private static final Recipient TANBANG = Recipient.of(PatrolId.of("tanbang"));

    @Test
    void mixedCurrenciesAreSummarisedButCannotBeRead() {
        Grant won = Fixtures.aGrant("g-1", TANBANG, GrantCategory.PUBLICITY, 1_000_000);
        Grant dollars = new Grant.Builder()
                .from(Fixtures.aGrant("g-2", TANBANG, GrantCategory.PUBLICITY, 1))
                .amount(Money.of(CurrencyUnit.USD, 750))
                .build();

        FundingSummary mixed =
                FundingSummary.of(won, List.of(), List.of()).plus(FundingSummary.of(dollars, List.of(), List.of()));

        assertThat(mixed.grantCount()).isEqualTo(2);
        assertThat(mixed.currencies()).containsExactly(CurrencyUnit.of("KRW"), CurrencyUnit.USD);
        assertThatThrownBy(mixed::awarded)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("a funding summary mixes currencies [KRW, USD]");
        assertThatThrownBy(mixed::awardedByCategory).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCancelledGrantAwardsNothing() {
        Grant awarded = Fixtures.aGrant("g-1", TANBANG, GrantCategory.PUBLICITY, 1_000_000);
        Grant cancelled = new Grant.Builder()
                .from(Fixtures.aGrant("g-2", TANBANG, GrantCategory.PUBLICITY, 2_000_000))
                .status(GrantStatus.CANCELLED)
                .build();
        List<Expenditure> spentAgainstIt = List.of(
                Expenditure.of(cancelled.id(), cancelled.awardedOn(), Fixtures.won(500_000), GrantCategory.PUBLICITY));

        FundingSummary both = FundingSummary.of(awarded, List.of(), List.of())
                .plus(FundingSummary.of(cancelled, spentAgainstIt, List.of()));

        assertThat(FundingSummary.of(cancelled, spentAgainstIt, List.of())).isEqualTo(FundingSummary.empty());
        assertThat(both.grantCount()).isEqualTo(1);
        assertThat(both.awarded()).isEqualTo(Fixtures.won(1_000_000));
        assertThat(both.spent()).isEqualTo(Fixtures.won(0));
        assertThat(both.awardedByRecipient()).containsExactly(java.util.Map.entry(TANBANG, Fixtures.won(1_000_000)));
    }

    @Test
    void anEmptySummaryHasNoCurrency() {
        assertThat(FundingSummary.empty().currencies()).isEmpty();
        assertThatThrownBy(() -> FundingSummary.empty().spent())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("a funding summary without grants has no currency");
    }

    @Test
    void spendingInAnotherCurrencyIsLeftOut() {
        Grant grant = Fixtures.aGrant("g-1", TANBANG, GrantCategory.PUBLICITY, 1_000_000);
        FundingSummary summary = FundingSummary.of(
                grant,
                List.of(
                        Expenditure.of(grant.id(), grant.awardedOn(), Fixtures.won(300_000), GrantCategory.PUBLICITY),
                        Expenditure.of(
                                grant.id(), grant.awardedOn(), Money.of(CurrencyUnit.USD, 5), GrantCategory.PUBLICITY)),
                List.of());

        assertThat(summary.spent()).isEqualTo(Fixtures.won(300_000));
        assertThat(summary.spentByCategory()).containsEntry(GrantCategory.PUBLICITY, Fixtures.won(300_000));
        assertThat(summary.currencies()).containsExactly(CurrencyUnit.of("KRW"));
    }
}
