package org.civicpatrol.validation;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civicpatrol.funding.Expenditure;
import org.civicpatrol.funding.Grant;
import org.civicpatrol.funding.Refund;
import org.civicpatrol.geo.PoliceUnit;
import org.civicpatrol.geo.PoliceUnitId;
import org.civicpatrol.geo.PoliceUnitKind;
import org.civicpatrol.patrol.Federation;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.registry.Registry;
import org.joda.money.Money;

/** Rules about grants and their spending, and about how many federations a territory has. */
final class FundingAndFederationRules {

    private FundingAndFederationRules() {}

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
                            "grant " + g.id() + " to " + Subject.of(g.recipient()) + " is for " + g.category()
                                    + ", which a " + tier + " may not receive");
                }
            });
        }
    }

    // GRANT_FUNDER_NOT_ALLOWED

    static void grantFundersAreAllowed(RuleContext c) {
        for (Grant g : awarded(c)) {
            tierOf(c.registry(), g).ifPresent(tier -> {
                if (!c.policy().allowedFunders().containsEntry(tier, g.funder().kind())) {
                    c.report(
                            Subject.of(g.id()),
                            ImmutableList.of(Subject.of(g.recipient())),
                            g.awardedOn(),
                            "grant " + g.id() + " to " + Subject.of(g.recipient()) + " is funded by "
                                    + g.funder().kind() + " " + g.funder().name() + ", which may not fund a "
                                    + tier);
                }
            });
        }
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
                            "grant " + g.id() + " of " + Texts.money(g.amount()) + " has "
                                    + Texts.money(sum(spent, g)) + " of expenditures, more than awarded, from "
                                    + e.date());
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

    // EXPENDITURE_OUTSIDE_FISCAL_YEAR

    static void expendituresFallInTheFiscalYear(RuleContext c) {
        Registry r = c.registry();
        for (Expenditure e : r.expenditures()) {
            Optional<Grant> grant = r.grant(e.grant());
            if (grant.isEmpty() || e.date().isAfter(c.asOf())) {
                continue;
            }
            Grant g = grant.get();
            if (e.date().getYear() != g.fiscalYear().getValue()) {
                c.report(
                        Subject.of(g.id()),
                        ImmutableList.of(Subject.of(g.recipient())),
                        e.date(),
                        "grant " + g.id() + " has an expenditure of " + Texts.money(e.amount()) + " on " + e.date()
                                + ", outside its fiscal year " + g.fiscalYear());
            }
        }
    }

    // GRANT_CURRENCY_MIXED

    static void grantsUseOneCurrency(RuleContext c) {
        Registry r = c.registry();
        for (Grant g : awarded(c)) {
            for (Expenditure e : r.expendituresOf(g.id())) {
                if (!e.amount().getCurrencyUnit().equals(g.amount().getCurrencyUnit())) {
                    mixed(c, g, "an expenditure", e.date(), e.amount());
                }
            }
            for (Refund f : r.refundsOf(g.id())) {
                if (!f.amount().getCurrencyUnit().equals(g.amount().getCurrencyUnit())) {
                    mixed(c, g, "a refund", f.date(), f.amount());
                }
            }
        }
    }

    private static void mixed(RuleContext c, Grant g, String what, LocalDate date, Money amount) {
        c.report(
                Subject.of(g.id()),
                ImmutableList.of(Subject.of(g.recipient())),
                date,
                "grant " + g.id() + " in " + g.amount().getCurrencyUnit() + " has " + what + " of "
                        + Texts.money(amount) + " on " + date + " in another currency");
    }

    // FEDERATION_DUPLICATE_IN_TERRITORY

    static void territoriesHaveOneFederationPerTier(RuleContext c) {
        Registry r = c.registry();
        Map<List<Object>, List<Federation>> groups = new LinkedHashMap<>();
        for (Federation f : r.federations()) {
            if (f.existsOn(c.asOf())) {
                groups.computeIfAbsent(List.of(f.tier(), f.territory()), k -> new ArrayList<>())
                        .add(f);
            }
        }
        Optional<LocalDate> allowedFrom = c.policy().severalFederationsAllowedFrom();
        int needed = c.policy().stationsForSeveralFederations();
        for (List<Federation> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            Federation first = group.get(0);
            boolean lawAllows = allowedFrom.isPresent() && !c.asOf().isBefore(allowedFrom.get());
            int stations = lawAllows ? stationsServing(r, first) : 0;
            if (lawAllows && stations >= needed) {
                continue;
            }
            String why = allowedFrom.isEmpty()
                    ? "only one is allowed"
                    : lawAllows
                            ? "several are allowed only where " + needed + " or more police stations serve the"
                                    + " territory, and it has " + stations
                            : "several are allowed only from " + allowedFrom.get();
            for (Federation extra : group.subList(1, group.size())) {
                c.report(
                        Subject.of(extra.id()),
                        ImmutableList.of(Subject.of(first.id()), Subject.of(first.territory())),
                        c.asOf(),
                        "federations " + first.id() + " and " + extra.id() + " are both " + first.tier()
                                + " federations of territory " + first.territory() + " on " + c.asOf() + "; "
                                + why);
            }
        }
    }

    /**
     * Counts the police stations that serve a territory: the stations of the patrols in it (a
     * patrol's unit, or the station above it). Police units have no territory of their own.
     */
    private static int stationsServing(Registry r, Federation f) {
        Set<PoliceUnitId> stations = new HashSet<>();
        for (Patrol p : r.patrolsWithin(f.territory())) {
            stations.add(stationOf(r, p.policeUnit()));
        }
        return stations.size();
    }

    private static PoliceUnitId stationOf(Registry r, PoliceUnitId unit) {
        Set<PoliceUnitId> seen = new HashSet<>();
        Optional<PoliceUnit> current = r.policeUnit(unit);
        while (current.isPresent() && seen.add(current.get().id())) {
            PoliceUnit u = current.get();
            if (!PoliceUnitKind.STATION.isAbove(u.kind())) { // a station, or a unit above the stations
                return u.id();
            }
            current = u.parent().flatMap(r::policeUnit);
        }
        return unit;
    }
}
