package org.civicpatrol.registry;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import org.civicpatrol.geo.District;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.geo.PoliceUnitId;
import org.civicpatrol.patrol.FederationId;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.patrol.PatrolId;

/** Patrols by the districts of their area, their police unit and their federation. */
final class PatrolIndex {

    private final EntityTable<PatrolId, Patrol> patrols;
    private final ImmutableListMultimap<DistrictId, Patrol> byDistrict;
    private final ImmutableListMultimap<PoliceUnitId, Patrol> byPoliceUnit;
    private final ImmutableListMultimap<FederationId, Patrol> byFederation;

    PatrolIndex(List<Patrol> values) {
        patrols = EntityTable.of(values, Patrol::id, "patrols");
        ImmutableListMultimap.Builder<DistrictId, Patrol> districts = ImmutableListMultimap.builder();
        ImmutableListMultimap.Builder<FederationId, Patrol> federations = ImmutableListMultimap.builder();
        for (Patrol patrol : patrols.values()) {
            patrol.activityArea().forEach(district -> districts.put(district, patrol));
            patrol.federation().ifPresent(federation -> federations.put(federation, patrol));
        }
        byDistrict = districts.build();
        byFederation = federations.build();
        byPoliceUnit = patrols.groupedBy(Patrol::policeUnit);
    }

    EntityTable<PatrolId, Patrol> table() {
        return patrols;
    }

    ImmutableList<Patrol> in(DistrictId id) {
        return byDistrict.get(id);
    }

    ImmutableSet<Patrol> within(DistrictTree tree, DistrictId id) {
        ImmutableSet.Builder<Patrol> result = ImmutableSet.builder();
        for (District district : tree.subtreeOf(id)) {
            result.addAll(byDistrict.get(district.id()));
        }
        return result.build();
    }

    ImmutableList<Patrol> of(PoliceUnitId id) {
        return byPoliceUnit.get(id);
    }

    ImmutableList<Patrol> of(FederationId id) {
        return byFederation.get(id);
    }
}
