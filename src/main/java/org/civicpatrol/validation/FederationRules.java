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
                        "federation " + f.id() + " of tier " + f.tier() + " has parent " + p.id() + " of tier "
                                + p.tier() + ", not of the tier directly above");
            } else if (!isWithin(r, f.territory(), p.territory())) {
                c.report(
                        subject,
                        related,
                        c.asOf(),
                        "federation " + f.id() + "'s territory " + f.territory() + " is not within its parent " + p.id()
                                + "'s territory " + p.territory());
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
                        "patrol " + patrol.id() + " belongs to federation " + f.id() + " of tier " + f.tier()
                                + " instead of a DISTRICT federation");
                continue;
            }
            for (DistrictId district : patrol.activityArea()) {
                if (r.district(district).isPresent() && !isWithin(r, district, f.territory())) {
                    c.report(
                            subject,
                            related,
                            c.asOf(),
                            "patrol " + patrol.id() + "'s district " + district + " is not within the territory "
                                    + f.territory() + " of its federation " + f.id());
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
