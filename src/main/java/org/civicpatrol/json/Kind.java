package org.civicpatrol.json;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.activity.Site;
import org.civicpatrol.equipment.EquipmentIssue;
import org.civicpatrol.equipment.Vehicle;
import org.civicpatrol.funding.Expenditure;
import org.civicpatrol.funding.Grant;
import org.civicpatrol.funding.Refund;
import org.civicpatrol.geo.District;
import org.civicpatrol.geo.PoliceUnit;
import org.civicpatrol.member.FederationOfficer;
import org.civicpatrol.member.Member;
import org.civicpatrol.member.Membership;
import org.civicpatrol.member.TrainingRecord;
import org.civicpatrol.patrol.Federation;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.registry.Registry;

/**
 * One kind of entity in a registry's JSON form: its field name, its type, and how to read it
 * from a registry and add it to a builder. The order of {@link #ALL} is the order of the fields.
 *
 * @param <T> the entity's type
 */
record Kind<T>(
        String name,
        Class<T> type,
        Function<Registry, ? extends Collection<T>> values,
        BiConsumer<Registry.Builder, List<T>> adder) {

    static final ImmutableList<Kind<?>> ALL = ImmutableList.of(
            new Kind<>("districts", District.class, Registry::districts, Registry.Builder::addDistricts),
            new Kind<>("policeUnits", PoliceUnit.class, Registry::policeUnits, Registry.Builder::addPoliceUnits),
            new Kind<>("federations", Federation.class, Registry::federations, Registry.Builder::addFederations),
            new Kind<>("patrols", Patrol.class, Registry::patrols, Registry.Builder::addPatrols),
            new Kind<>("members", Member.class, Registry::members, Registry.Builder::addMembers),
            new Kind<>("memberships", Membership.class, Registry::memberships, Registry.Builder::addMemberships),
            new Kind<>(
                    "federationOfficers",
                    FederationOfficer.class,
                    Registry::federationOfficers,
                    Registry.Builder::addFederationOfficers),
            new Kind<>(
                    "trainingRecords",
                    TrainingRecord.class,
                    Registry::trainingRecords,
                    Registry.Builder::addTrainingRecords),
            new Kind<>("sites", Site.class, Registry::sites, Registry.Builder::addSites),
            new Kind<>("activities", Activity.class, Registry::activities, Registry.Builder::addActivities),
            new Kind<>("vehicles", Vehicle.class, Registry::vehicles, Registry.Builder::addVehicles),
            new Kind<>(
                    "equipmentIssues",
                    EquipmentIssue.class,
                    Registry::equipmentIssues,
                    Registry.Builder::addEquipmentIssues),
            new Kind<>("grants", Grant.class, Registry::grants, Registry.Builder::addGrants),
            new Kind<>("expenditures", Expenditure.class, Registry::expenditures, Registry.Builder::addExpenditures),
            new Kind<>("refunds", Refund.class, Registry::refunds, Registry.Builder::addRefunds));

    /** Returns the kind whose field is {@code name}. */
    static Optional<Kind<?>> named(String name) {
        for (Kind<?> kind : ALL) {
            if (kind.name().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    Collection<T> valuesOf(Registry registry) {
        return values.apply(registry);
    }

    void addAll(Registry.Builder builder, List<?> read) {
        ImmutableList.Builder<T> typed = ImmutableList.builderWithExpectedSize(read.size());
        for (Object value : read) {
            typed.add(type.cast(value));
        }
        adder.accept(builder, typed.build());
    }
}
