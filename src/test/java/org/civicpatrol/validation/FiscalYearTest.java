package org.civicpatrol.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicpatrol.fixtures.Fixtures.won;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.List;
import org.civicpatrol.funding.Expenditure;
import org.civicpatrol.funding.GrantCategory;
import org.civicpatrol.time.DateRange;
import org.junit.jupiter.api.Test;

/**
 * The fiscal year is the funder's (Act Art. 14): calendar years for Korea's local governments,
 * April to March in Japan and the United Kingdom.
 */
class FiscalYearTest {

    private static final Policy APRIL = new Policy.Builder()
            .from(Policy.korea())
            .fiscalYearStart(Month.APRIL)
            .build();

    /** The network's grant of fiscal 2016, with one expenditure on {@code day}. */
    private static List<Violation> spentOn(LocalDate day, Policy policy) {
        SmallNetwork network = new SmallNetwork();
        network.expenditures.clear();
        network.refunds.clear();
        network.expenditures.add(
                Expenditure.of(SmallNetwork.GRANT, day, won(1_000_000), GrantCategory.POSTS_AND_OFFICES));
        return Validator.of(policy, RuleSet.builtIn())
                .validate(network.registry(), LocalDate.of(2018, 1, 1))
                .filter(BuiltInRules.EXPENDITURE_OUTSIDE_FISCAL_YEAR)
                .violations();
    }

    @Test
    void actArt14_koreanFiscalYearsAreCalendarYears() {
        assertThat(Policy.korea().fiscalYear(Year.of(2016))).isEqualTo(DateRange.ofYear(Year.of(2016)));
        assertThat(spentOn(LocalDate.of(2016, 12, 31), Policy.korea())).isEmpty();
        assertThat(spentOn(LocalDate.of(2017, 1, 1), Policy.korea()))
                .singleElement()
                .satisfies(v -> assertThat(v.message())
                        .isEqualTo("grant g-1 has an expenditure of KRW 1,000,000 on 2017-01-01, outside its fiscal"
                                + " year 2016"));
    }

    @Test
    void actArt14_aFiscalYearFromAprilRunsToTheEndOfMarch() {
        assertThat(APRIL.fiscalYear(Year.of(2016)))
                .isEqualTo(DateRange.of(LocalDate.of(2016, 4, 1), LocalDate.of(2017, 4, 1)));
        assertThat(spentOn(LocalDate.of(2017, 3, 31), APRIL)).isEmpty();
        assertThat(spentOn(LocalDate.of(2016, 4, 1), APRIL)).isEmpty();
        assertThat(spentOn(LocalDate.of(2016, 3, 31), APRIL)).hasSize(1);
        assertThat(spentOn(LocalDate.of(2017, 4, 1), APRIL))
                .singleElement()
                .satisfies(v -> assertThat(v.message())
                        .isEqualTo("grant g-1 has an expenditure of KRW 1,000,000 on 2017-04-01, outside its fiscal"
                                + " year 2016 [2016-04-01..2017-04-01)"));
    }
}
