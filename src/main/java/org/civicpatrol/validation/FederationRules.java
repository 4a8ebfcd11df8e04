package org.civicpatrol.validation;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civicpatrol.geo.District;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.geo.PoliceUnit;
import org.civicpatrol.geo.PoliceUnitId;
import org.civicpatrol.geo.PoliceUnitKind;
import org.civicpatrol.patrol.Federation;
import org.civicpatrol.patrol.FederationTier;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.registry.Registry;

/**
 * Rules about federations (Act Art. 12; Rule Art. 18): tiers nest, patrols belong to the district
 * federation of their area, and a territory has as many federations of a tier as the law allows.
 */
final class FederationRules {

    private FederationRules() {}

    // FEDERATION_TIER_NOT_NESTED

    static void federationTiersNest(RuleContext c) {
        Registry r = c.registry();
        for (Federation f : r.federations()) {
            Optional<Federation> parent = f.parent().flatMap(r::federation);
            if (parent.isEmpty()) {
                continue;
            }
            Federation p = parent.get();
            Subject subject = Subject.of(f.id());
            ImmutableList<Subject> related = ImmutableList.of(Subject.of(p.id()));
            if (!f.tier().above().equals(Optional.of(p.tier()))) {
                c.report(
                        subject,
                        related,
                        c.asOf(),
                        Message.of("message")
                                .with("federation", f.id())
                                .with("tier", f.tier())
                                .with("parent", p.id())
                                .with("parentTier", p.tier()));
            } else if (!isWithin(r, f.territory(), p.territory())) {
                c.report(
                        subject,
                        related,
                        c.asOf(),
                        Message.of("message.territory")
                                .with("federation", f.id())
                                .with("territory", f.territory())
                                .with("parent", p.id())
                                .with("parentTerritory", p.territory()));
            }
        }
    }

    // PATROL_FEDERATION_MISMATCH

    static void patrolsBelongToTheirDistrictFederation(RuleContext c) {
        Registry r = c.registry();
        for (Patrol patrol : r.patrols()) {
            Optional<Federation> federation = patrol.federation().flatMap(r::federation);
            if (federation.isEmpty()) {
                continue;
            }
            Federation f = federation.get();
            Subject subject = Subject.of(patrol.id());
            ImmutableList<Subject> related = ImmutableList.of(Subject.of(f.id()));
            if (f.tier() != FederationTier.DISTRICT) {
                c.report(
                        subject,
                        related,
                        c.asOf(),
                        Message.of("message.tier")
                                .with("patrol", patrol.id())
                                .with("federation", f.id())
                                .with("tier", f.tier()));
                continue;
            }
            for (DistrictId district : patrol.activityArea()) {
                if (r.district(district).isPresent() && !isWithin(r, district, f.territory())) {
                    c.report(
                            subject,
                            related,
                            c.asOf(),
                            Message.of("message")
                                    .with("patrol", patrol.id())
                                    .with("district", district)
                                    .with("territory", f.territory())
                                    .with("federation", f.id()));
                }
            }
        }
    }

    static boolean isWithin(Registry r, DistrictId district, DistrictId ancestor) {
        for (District d : r.ancestryOf(district)) {
            if (d.id().equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    // FEDERATION_DUPLICATE_IN_TERRITORY

    static void territoriesHaveOneFederationPerTier(RuleContext c) {
        Optional<LocalDate> allowedFrom = c.policy().severalFederationsAllowedFrom();
        if (allowedFrom.isPresent() && c.asOf().isBefore(allowedFrom.get())) {
            return; // before the amended Act, one per territory is a principle: the next rule's
        }
        Registry r = c.registry();
        Optional<LocalDate> conformBy = c.policy().federationsConformBy();
        for (List<Federation> group : federationsByTierAndTerritory(c)) {
            Federation first = group.get(0);
            Optional<Message> why =
                    allowedFrom.isEmpty() ? Optional.of(Message.of("message.onlyOne")) : whyNotSeveral(c, r, first);
            if (why.isEmpty()) {
                continue;
            }
            for (Federation extra : group.subList(1, group.size())) {
                // Federations that existed before the amendment had until the conformity date
                // (Korea: 2026-08-15, Addendum of Act No. 21020 art. 2).
                boolean bothExisting = allowedFrom.isPresent()
                        && existedBefore(first, allowedFrom.get())
                        && existedBefore(extra, allowedFrom.get());
                if (bothExisting && conformBy.isPresent() && c.asOf().isBefore(conformBy.get())) {
                    continue;
                }
                report(c, first, extra, why.get());
            }
        }
    }

    // FEDERATION_SEVERAL_IN_TERRITORY

    static void territoriesHaveOneFederationPerTierAsAPrinciple(RuleContext c) {
        Optional<LocalDate> allowedFrom = c.policy().severalFederationsAllowedFrom();
        if (allowedFrom.isEmpty() || !c.asOf().isBefore(allowedFrom.get())) {
            return;
        }
        for (List<Federation> group : federationsByTierAndTerritory(c)) {
            for (Federation extra : group.subList(1, group.size())) {
                report(c, group.get(0), extra, Message.of("message").with("from", allowedFrom.get()));
            }
        }
    }

    private static List<List<Federation>> federationsByTierAndTerritory(RuleContext c) {
        Map<List<Object>, List<Federation>> groups = new LinkedHashMap<>();
        for (Federation f : c.registry().federations()) {
            if (f.existsOn(c.asOf())) {
                groups.computeIfAbsent(List.of(f.tier(), f.territory()), k -> new ArrayList<>())
                        .add(f);
            }
        }
        List<List<Federation>> several = new ArrayList<>();
        for (List<Federation> group : groups.values()) {
            if (group.size() > 1) {
                several.add(group);
            }
        }
        return several;
    }

    private static boolean existedBefore(Federation f, LocalDate date) {
        return f.life().start().isBefore(date);
    }

    private static void report(RuleContext c, Federation first, Federation extra, Message why) {
        c.report(
                Subject.of(extra.id()),
                ImmutableList.of(Subject.of(first.id()), Subject.of(first.territory())),
                c.asOf(),
                why.with("federation", first.id())
                        .with("other", extra.id())
                        .with("tier", first.tier())
                        .with("territory", first.territory())
                        .with("date", c.asOf()));
    }

    /**
     * Why a territory may not have several federations of this tier on the date, if it may not
     * (Act Art. 12(1) as amended): never two national bodies; several provincial federations
     * where enough provincial police agencies serve the 시·도, several district federations where
     * enough police stations serve the 시·군·구, counting the units of the patrols in the
     * territory that exist on the date (a dissolved patrol's station no longer serves it).
     */
    private static Optional<Message> whyNotSeveral(RuleContext c, Registry r, Federation f) {
        return switch (f.tier()) {
            case NATIONAL -> Optional.of(Message.of("message.national"));
            case PROVINCIAL -> {
                int needed = c.policy().agenciesForSeveralFederations();
                int agencies = unitsServing(c, r, f, PoliceUnitKind.PROVINCIAL_AGENCY);
                yield agencies >= needed
                        ? Optional.empty()
                        : Optional.of(Message.of("message.agencies")
                                .with("needed", needed)
                                .with("serving", agencies));
            }
            case DISTRICT -> {
                int needed = c.policy().stationsForSeveralFederations();
                int stations = unitsServing(c, r, f, PoliceUnitKind.STATION);
                yield stations >= needed
                        ? Optional.empty()
                        : Optional.of(Message.of("message.stations")
                                .with("needed", needed)
                                .with("serving", stations));
            }
        };
    }

    /**
     * Counts the police units of {@code kind} that serve a territory on the date: those of the
     * patrols in it that exist then (a patrol's unit, or the unit of that kind above it). Police
     * units have no territory of their own.
     */
    private static int unitsServing(RuleContext c, Registry r, Federation f, PoliceUnitKind kind) {
        Set<PoliceUnitId> units = new HashSet<>();
        for (Patrol p : r.patrolsWithin(f.territory())) {
            if (p.life().contains(c.asOf())) {
                units.add(unitOf(r, p.policeUnit(), kind));
            }
        }
        return units.size();
    }

    private static PoliceUnitId unitOf(Registry r, PoliceUnitId unit, PoliceUnitKind kind) {
        Set<PoliceUnitId> seen = new HashSet<>();
        Optional<PoliceUnit> current = r.policeUnit(unit);
        while (current.isPresent() && seen.add(current.get().id())) {
            PoliceUnit u = current.get();
            if (!kind.isAbove(u.kind())) { // a unit of that kind, or one above it
                return u.id();
            }
            current = u.parent().flatMap(r::policeUnit);
        }
        return unit;
    }
}
