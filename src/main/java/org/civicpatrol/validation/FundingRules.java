package org.civicpatrol.validation;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.civicpatrol.funding.Expenditure;
import org.civicpatrol.funding.Grant;
import org.civicpatrol.funding.GrantStatus;
import org.civicpatrol.funding.Refund;
import org.civicpatrol.geo.Authority;
import org.civicpatrol.geo.AuthorityKind;
import org.civicpatrol.geo.District;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.geo.PoliceUnit;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.time.DateRange;
import org.joda.money.Money;

/** Rules about grants and their spending (Act Art. 14; Decree Arts. 2-5). */
final class FundingRules {

    private FundingRules() {}

    private static Optional<RecipientTier> tierOf(Registry r, Grant g) {
        if (g.recipient().isPatrol()) {
            return Optional.of(RecipientTier.PATROL);
        }
        return r.federation(g.recipient().federation().orElseThrow()).map(f -> RecipientTier.of(f.tier()));
    }

    private static List<Grant> awarded(RuleContext c) {
        List<Grant> result = new ArrayList<>();
        for (Grant g : c.registry().grants()) {
            if (!g.awardedOn().isAfter(c.asOf())) {
                result.add(g);
            }
        }
        return result;
    }

    // GRANT_CATEGORY_NOT_ELIGIBLE

    static void grantCategoriesAreEligible(RuleContext c) {
        for (Grant g : awarded(c)) {
            tierOf(c.registry(), g).ifPresent(tier -> {
                if (!c.policy().eligibleCategories().containsEntry(tier, g.category())) {
                    c.report(
                            Subject.of(g.id()),
                            ImmutableList.of(Subject.of(g.recipient())),
                            g.awardedOn(),
                            Message.of("message")
                                    .with("grant", g.id())
                                    .with("recipient", Subject.of(g.recipient()))
                                    .with("category", g.category())
                                    .with("tier", tier)
                                    .with(
                                            "eligible",
                                            c.policy().eligibleCategories().get(tier)));
                }
            });
        }
    }

    // GRANT_FUNDER_NOT_ALLOWED

    static void grantFundersAreAllowed(RuleContext c) {
        Registry r = c.registry();
        for (Grant g : awarded(c)) {
            Optional<RecipientTier> tier = tierOf(r, g);
            if (tier.isEmpty()) {
                continue;
            }
            Authority funder = g.funder();
            Message problem = null;
            if (!c.policy().allowedFunders().containsEntry(tier.get(), funder.kind())) {
                problem = Message.of("message.tier").with("tier", tier.get());
            } else if (funder.kind() == AuthorityKind.POLICE) {
                // Only the listed police units fund (Korea: the national agency, Decree Arts. 2-5);
                // a unit the registry does not hold is reported as a dangling reference instead.
                Optional<PoliceUnit> unit = funder.policeUnit().flatMap(r::policeUnit);
                if (unit.isPresent()
                        && !c.policy().policeFunders().contains(unit.get().kind())) {
                    problem = Message.of("message.police")
                            .with("unitKind", unit.get().kind())
                            .with("allowed", c.policy().policeFunders());
                }
            } else {
                problem = outsideTerritory(r, funder, g).orElse(null);
            }
            if (problem != null) {
                c.report(
                        Subject.of(g.id()),
                        ImmutableList.of(Subject.of(g.recipient())),
                        g.awardedOn(),
                        problem.with("grant", g.id())
                                .with("recipient", Subject.of(g.recipient()))
                                .with("funderKind", funder.kind())
                                .with("funder", funder.name()));
            }
        }
    }

    /**
     * A government funds only recipients within the territory it governs (Decree Arts. 2-5: a
     * neighbouring gu does not fund this gu's patrol). Districts the registry does not hold are
     * reported as dangling references instead.
     */
    private static Optional<Message> outsideTerritory(Registry r, Authority funder, Grant g) {
        Optional<DistrictId> governed =
                funder.district().filter(d -> r.district(d).isPresent());
        if (governed.isEmpty()) {
            return Optional.empty();
        }
        List<DistrictId> territory = new ArrayList<>();
        if (g.recipient().patrol().isPresent()) {
            r.patrol(g.recipient().patrol().get()).ifPresent(p -> territory.addAll(p.activityArea()));
        } else {
            r.federation(g.recipient().federation().orElseThrow()).ifPresent(f -> territory.add(f.territory()));
        }
        for (DistrictId district : territory) {
            List<District> ancestry = r.ancestryOf(district);
            if (!ancestry.isEmpty() && ancestry.stream().noneMatch(d -> d.id().equals(governed.get()))) {
                return Optional.of(Message.of("message.territory")
                        .with("governed", governed.get())
                        .with("district", district));
            }
        }
        return Optional.empty();
    }

    // EXPENDITURE_EXCEEDS_GRANT

    static void expendituresStayWithinTheGrant(RuleContext c) {
        Registry r = c.registry();
        for (Grant g : awarded(c)) {
            List<Expenditure> spent = new ArrayList<>();
            for (Expenditure e : r.expendituresOf(g.id())) {
                if (!e.date().isAfter(c.asOf())
                        && e.amount().getCurrencyUnit().equals(g.amount().getCurrencyUnit())) {
                    spent.add(e);
                }
            }
            spent.sort(Comparator.comparing(Expenditure::date));
            Money total = Money.zero(g.amount().getCurrencyUnit());
            for (Expenditure e : spent) {
                boolean within = !total.isGreaterThan(g.amount());
                total = total.plus(e.amount());
                if (within && total.isGreaterThan(g.amount())) {
                    c.report(
                            Subject.of(g.id()),
                            ImmutableList.of(Subject.of(g.recipient())),
                            e.date(),
                            Message.of("message")
                                    .with("grant", g.id())
                                    .with("amount", g.amount())
                                    .with("spent", sum(spent, g))
                                    .with("date", e.date()));
                }
            }
        }
    }

    private static Money sum(List<Expenditure> spent, Grant g) {
        Money total = Money.zero(g.amount().getCurrencyUnit());
        for (Expenditure e : spent) {
            total = total.plus(e.amount());
        }
        return total;
    }

    // EXPENDITURE_ON_CANCELLED_GRANT

    static void cancelledGrantsAreNotSpent(RuleContext c) {
        Registry r = c.registry();
        for (Grant g : awarded(c)) {
            if (g.status() != GrantStatus.CANCELLED) {
                continue;
            }
            for (Expenditure e : r.expendituresOf(g.id())) {
                if (!e.date().isAfter(c.asOf())) {
                    c.report(
                            Subject.of(g.id()),
                            ImmutableList.of(Subject.of(g.recipient())),
                            e.date(),
                            Message.of("message")
                                    .with("grant", g.id())
                                    .with("recipient", Subject.of(g.recipient()))
                                    .with("amount", e.amount())
                                    .with("date", e.date()));
                }
            }
        }
    }

    // EXPENDITURE_OUTSIDE_FISCAL_YEAR

    static void expendituresFallInTheFiscalYear(RuleContext c) {
        Registry r = c.registry();
        for (Expenditure e : r.expenditures()) {
            Optional<Grant> grant = r.grant(e.grant());
            if (grant.isEmpty() || e.date().isAfter(c.asOf())) {
                continue;
            }
            Grant g = grant.get();
            DateRange fiscalYear = c.policy().fiscalYear(g.fiscalYear());
            if (!fiscalYear.contains(e.date())) {
                c.report(
                        Subject.of(g.id()),
                        ImmutableList.of(Subject.of(g.recipient())),
                        e.date(),
                        Message.of(fiscalYear.equals(DateRange.ofYear(g.fiscalYear())) ? "message" : "message.dates")
                                .with("grant", g.id())
                                .with("amount", e.amount())
                                .with("date", e.date())
                                .with("fiscalYear", g.fiscalYear())
                                .with("dates", fiscalYear));
            }
        }
    }

    // GRANT_CURRENCY_MIXED

    static void grantsUseOneCurrency(RuleContext c) {
        Registry r = c.registry();
        for (Grant g : awarded(c)) {
            for (Expenditure e : r.expendituresOf(g.id())) {
                if (!e.amount().getCurrencyUnit().equals(g.amount().getCurrencyUnit())) {
                    mixed(c, g, "message.expenditure", e.date(), e.amount());
                }
            }
            for (Refund f : r.refundsOf(g.id())) {
                if (!f.amount().getCurrencyUnit().equals(g.amount().getCurrencyUnit())) {
                    mixed(c, g, "message.refund", f.date(), f.amount());
                }
            }
        }
    }

    private static void mixed(RuleContext c, Grant g, String key, LocalDate date, Money amount) {
        c.report(
                Subject.of(g.id()),
                ImmutableList.of(Subject.of(g.recipient())),
                date,
                Message.of(key)
                        .with("grant", g.id())
                        .with("currency", g.amount().getCurrencyUnit().getCode())
                        .with("amount", amount)
                        .with("date", date));
    }
}
