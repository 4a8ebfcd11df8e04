package org.civicpatrol.registry;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.civicpatrol.geo.District;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.geo.PoliceUnitId;
import org.civicpatrol.patrol.FederationId;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.patrol.PatrolId;

/** Patrols by the districts of their area, their police unit and their federation. */
final class PatrolIndex {

    private static final Grouping<DistrictId, Patrol> BY_DISTRICT = Grouping.byEach(Patrol::activityArea);
    private static final Grouping<PoliceUnitId, Patrol> BY_POLICE_UNIT = Grouping.by(Patrol::policeUnit);
    private static final Grouping<FederationId, Patrol> BY_FEDERATION = Grouping.byOptional(Patrol::federation);

    /** Patrols, found by id, by the districts of their area, their police unit and their federation. */
    static final Store.Kind<PatrolId, Patrol> KIND =
            Store.Kind.withIds("patrol", "patrols", Patrol::id, BY_DISTRICT, BY_POLICE_UNIT, BY_FEDERATION);

    private final Store<PatrolId, Patrol> patrols;
    private final Groups<DistrictId, Patrol> byDistrict;
    private final Groups<PoliceUnitId, Patrol> byPoliceUnit;
    private final Groups<FederationId, Patrol> byFederation;

    PatrolIndex(Store<PatrolId, Patrol> patrols) {
        this.patrols = patrols;
        this.byDistrict = patrols.groups(BY_DISTRICT);
        this.byPoliceUnit = patrols.groups(BY_POLICE_UNIT);
        this.byFederation = patrols.groups(BY_FEDERATION);
    }

    Store<PatrolId, Patrol> table() {
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
