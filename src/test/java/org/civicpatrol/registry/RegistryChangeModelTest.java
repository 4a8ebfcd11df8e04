package org.civicpatrol.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.activity.ActivityId;
import org.civicpatrol.activity.Site;
import org.civicpatrol.activity.SiteId;
import org.civicpatrol.equipment.EquipmentIssue;
import org.civicpatrol.equipment.Vehicle;
import org.civicpatrol.equipment.VehicleId;
import org.civicpatrol.fixtures.Fixtures;
import org.civicpatrol.funding.Expenditure;
import org.civicpatrol.funding.Grant;
import org.civicpatrol.funding.GrantId;
import org.civicpatrol.funding.Recipient;
import org.civicpatrol.funding.Refund;
import org.civicpatrol.funding.RefundReason;
import org.civicpatrol.geo.District;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.geo.PoliceUnit;
import org.civicpatrol.geo.PoliceUnitId;
import org.civicpatrol.member.FederationOfficer;
import org.civicpatrol.member.FederationRole;
import org.civicpatrol.member.Member;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.Membership;
import org.civicpatrol.member.MembershipId;
import org.civicpatrol.member.TrainingRecord;
import org.civicpatrol.patrol.Federation;
import org.civicpatrol.patrol.FederationId;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.sample.RegistryGenerator;
import org.civicpatrol.time.DateRange;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The law of changes: a registry changed by any sequence of additions, replacements and removals
 * answers every lookup exactly as a registry built from scratch from the same entities, in the
 * same order; and the registry it started from still answers as before.
 *
 * <p>The model is a list per kind. Random sequences (fixed seeds) of changes of every kind are
 * applied to the model and to {@link Registry.Change}, and after each step of a batch the two
 * registries are compared lookup by lookup.
 */
class RegistryChangeModelTest {

    /** What the test needs of one kind, in terms of the public API. */
    private record Kind<T>(
            String name,
            Function<Registry, List<T>> values,
            Function<T, Optional<Object>> id,
            BiConsumer<Registry.Builder, List<T>> build,
            BiConsumer<Registry.Change, T> add,
            @Nullable BiConsumer<Registry.Change, T> replace,
            BiConsumer<Registry.Change, T> remove,
            BiFunction<T, Integer, T> fresh,
            @Nullable BiFunction<T, Model, T> altered) {}

    /** The entities of a registry, a list per kind, in the order added. */
    private static final class Model {
        final List<List<Object>> lists = new ArrayList<>();
        final Random random;

        Model(Registry registry, Random random) {
            this.random = random;
            for (Kind<?> kind : KINDS) {
                lists.add(new ArrayList<>(kind.values().apply(registry)));
            }
        }

        @SuppressWarnings("unchecked")
        <T> List<T> of(Kind<T> kind) {
            return (List<T>) lists.get(KINDS.indexOf(kind));
        }

        <T> T any(Kind<T> kind) {
            List<T> list = of(kind);
            return list.get(random.nextInt(list.size()));
        }

        Registry build() {
            Registry.Builder builder = new Registry.Builder();
            for (Kind<?> kind : KINDS) {
                build(builder, kind);
            }
            return builder.build();
        }

        private <T> void build(Registry.Builder builder, Kind<T> kind) {
            kind.build().accept(builder, of(kind));
        }
    }

    private static final List<Kind<?>> KINDS = List.of(
            new Kind<District>(
                    "districts",
                    r -> List.copyOf(r.districts()),
                    d -> Optional.of(d.id()),
                    Registry.Builder::addDistricts,
                    Registry.Change::addDistrict,
                    Registry.Change::replaceDistrict,
                    (c, d) -> c.removeDistrict(d.id()),
                    (d, n) -> new District.Builder()
                            .from(d)
                            .id(DistrictId.of("new-d-" + n))
                            .code(Optional.empty())
                            .build(),
                    (d, m) ->
                            new District.Builder().from(d).name(d.name() + "*").build()),
            new Kind<PoliceUnit>(
                    "policeUnits",
                    r -> List.copyOf(r.policeUnits()),
                    p -> Optional.of(p.id()),
                    Registry.Builder::addPoliceUnits,
                    Registry.Change::addPoliceUnit,
                    Registry.Change::replacePoliceUnit,
                    (c, p) -> c.removePoliceUnit(p.id()),
                    (p, n) -> new PoliceUnit.Builder()
                            .from(p)
                            .id(PoliceUnitId.of("new-pu-" + n))
                            .build(),
                    (p, m) -> new PoliceUnit.Builder()
                            .from(p)
                            .name(p.name() + "*")
                            .build()),
            new Kind<Federation>(
                    "federations",
                    r -> List.copyOf(r.federations()),
                    f -> Optional.of(f.id()),
                    Registry.Builder::addFederations,
                    Registry.Change::addFederation,
                    Registry.Change::replaceFederation,
                    (c, f) -> c.removeFederation(f.id()),
                    (f, n) -> new Federation.Builder()
                            .from(f)
                            .id(FederationId.of("new-f-" + n))
                            .build(),
                    (f, m) -> f.renamed(f.name() + "*")),
            new Kind<Patrol>(
                    "patrols",
                    r -> List.copyOf(r.patrols()),
                    p -> Optional.of(p.id()),
                    Registry.Builder::addPatrols,
                    Registry.Change::addPatrol,
                    Registry.Change::replacePatrol,
                    (c, p) -> c.removePatrol(p.id()),
                    (p, n) -> new Patrol.Builder()
                            .from(p)
                            .id(PatrolId.of("new-p-" + n))
                            .build(),
                    (p, m) -> {
                        Patrol other = m.any(patrols());
                        return new Patrol.Builder()
                                .from(p.transferredTo(other.policeUnit()).renamed(p.name() + "*"))
                                .activityArea(other.activityArea())
                                .federation(other.federation())
                                .build();
                    }),
            new Kind<Member>(
                    "members",
                    r -> List.copyOf(r.members()),
                    x -> Optional.of(x.id()),
                    Registry.Builder::addMembers,
                    Registry.Change::addMember,
                    Registry.Change::replaceMember,
                    (c, x) -> c.removeMember(x.id()),
                    (x, n) -> new Member.Builder()
                            .from(x)
                            .id(MemberId.of("new-m-" + n))
                            .build(),
                    (x, m) -> new Member.Builder().from(x).name("Renamed").build()),
            new Kind<Membership>(
                    "memberships",
                    r -> List.copyOf(r.memberships()),
                    x -> Optional.of(x.id()),
                    Registry.Builder::addMemberships,
                    Registry.Change::addMembership,
                    Registry.Change::replaceMembership,
                    (c, x) -> c.removeMembership(x.id()),
                    (x, n) -> new Membership.Builder()
                            .from(x)
                            .id(MembershipId.of("new-ms-" + n))
                            .build(),
                    (x, m) -> new Membership.Builder()
                            .from(x)
                            .patrol(m.any(patrols()).id())
                            .member(m.any(members()).id())
                            .build()),
            new Kind<FederationOfficer>(
                    "federationOfficers",
                    r -> List.copyOf(r.federationOfficers()),
                    x -> Optional.empty(),
                    Registry.Builder::addFederationOfficers,
                    Registry.Change::addFederationOfficer,
                    null,
                    Registry.Change::removeFederationOfficer,
                    (x, n) -> x,
                    null),
            new Kind<TrainingRecord>(
                    "trainingRecords",
                    r -> List.copyOf(r.trainingRecords()),
                    x -> Optional.empty(),
                    Registry.Builder::addTrainingRecords,
                    Registry.Change::addTrainingRecord,
                    null,
                    Registry.Change::removeTrainingRecord,
                    (x, n) -> n % 2 == 0
                            ? x
                            : TrainingRecord.of(x.member(), x.kind(), x.date().plusDays(n % 40 - 20), x.duration()),
                    null),
            new Kind<Site>(
                    "sites",
                    r -> List.copyOf(r.sites()),
                    x -> Optional.of(x.id()),
                    Registry.Builder::addSites,
                    Registry.Change::addSite,
                    Registry.Change::replaceSite,
                    (c, x) -> c.removeSite(x.id()),
                    (x, n) -> new Site.Builder()
                            .from(x)
                            .id(SiteId.of("new-s-" + n))
                            .build(),
                    (x, m) -> new Site.Builder()
                            .from(x)
                            .district(m.any(districts()).id())
                            .build()),
            new Kind<Activity>(
                    "activities",
                    r -> List.copyOf(r.activities()),
                    x -> Optional.of(x.id()),
                    Registry.Builder::addActivities,
                    Registry.Change::addActivity,
                    Registry.Change::replaceActivity,
                    (c, x) -> c.removeActivity(x.id()),
                    (x, n) -> new Activity.Builder()
                            .from(x)
                            .id(ActivityId.of("new-a-" + n))
                            .build(),
                    (x, m) -> {
                        Duration shift = Duration.ofDays(m.random.nextInt(21) - 10);
                        return new Activity.Builder()
                                .from(x)
                                .start(x.start().plus(shift))
                                .end(x.end().plus(shift))
                                .districts(Set.of(m.any(districts()).id()))
                                .build();
                    }),
            new Kind<Vehicle>(
                    "vehicles",
                    r -> List.copyOf(r.vehicles()),
                    x -> Optional.of(x.id()),
                    Registry.Builder::addVehicles,
                    Registry.Change::addVehicle,
                    Registry.Change::replaceVehicle,
                    (c, x) -> c.removeVehicle(x.id()),
                    (x, n) -> new Vehicle.Builder()
                            .from(x)
                            .id(VehicleId.of("new-v-" + n))
                            .build(),
                    (x, m) -> new Vehicle.Builder()
                            .from(x)
                            .patrol(m.any(patrols()).id())
                            .build()),
            new Kind<EquipmentIssue>(
                    "equipmentIssues",
                    r -> List.copyOf(r.equipmentIssues()),
                    x -> Optional.empty(),
                    Registry.Builder::addEquipmentIssues,
                    Registry.Change::addEquipmentIssue,
                    null,
                    Registry.Change::removeEquipmentIssue,
                    (x, n) -> x,
                    null),
            new Kind<Grant>(
                    "grants",
                    r -> List.copyOf(r.grants()),
                    x -> Optional.of(x.id()),
                    Registry.Builder::addGrants,
                    Registry.Change::addGrant,
                    Registry.Change::replaceGrant,
                    (c, x) -> c.removeGrant(x.id()),
                    (x, n) -> new Grant.Builder()
                            .from(x)
                            .id(GrantId.of("new-g-" + n))
                            .build(),
                    (x, m) -> new Grant.Builder()
                            .from(x)
                            .recipient(Recipient.of(m.any(patrols()).id()))
                            .build()),
            new Kind<Expenditure>(
                    "expenditures",
                    r -> List.copyOf(r.expenditures()),
                    x -> Optional.empty(),
                    Registry.Builder::addExpenditures,
                    Registry.Change::addExpenditure,
                    null,
                    Registry.Change::removeExpenditure,
                    (x, n) -> x,
                    null),
            new Kind<Refund>(
                    "refunds",
                    r -> List.copyOf(r.refunds()),
                    x -> Optional.empty(),
                    Registry.Builder::addRefunds,
                    Registry.Change::addRefund,
                    null,
                    Registry.Change::removeRefund,
                    (x, n) -> x,
                    null));

    @SuppressWarnings("unchecked")
    private static Kind<District> districts() {
        return (Kind<District>) KINDS.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Kind<Patrol> patrols() {
        return (Kind<Patrol>) KINDS.get(3);
    }

    @SuppressWarnings("unchecked")
    private static Kind<Member> members() {
        return (Kind<Member>) KINDS.get(4);
    }

    /** A small generated network, with a site, federation officers and refunds, which the generator does not make. */
    static Registry base() {
        Registry generated = RegistryGenerator.withSeed(13)
                .patrols(6)
                .membersPerPatrol(5)
                .activitiesPerPatrol(6)
                .generate();
        Model model = new Model(generated, new Random(1));
        Registry.Builder builder = new Registry.Builder();
        builder.addSite(new Site.Builder()
                .from(Fixtures.namseonPark())
                .district(generated
                        .patrols()
                        .iterator()
                        .next()
                        .activityArea()
                        .iterator()
                        .next())
                .build());
        Member member = generated.members().iterator().next();
        Federation federation = generated.federations().iterator().next();
        builder.addFederationOfficer(new FederationOfficer.Builder()
                .member(member.id())
                .federation(federation.id())
                .role(FederationRole.PRESIDENT)
                .term(DateRange.of(LocalDate.of(2016, 1, 1), LocalDate.of(2018, 1, 1)))
                .build());
        Grant grant = generated.grants().iterator().next();
        builder.addRefund(Refund.of(grant.id(), LocalDate.of(2016, 12, 1), Fixtures.won(10_000), RefundReason.UNSPENT));
        for (Kind<?> kind : KINDS) {
            model.build(builder, kind);
        }
        return builder.build();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void anySequenceOfChangesAnswersAsTheSameEntitiesBuiltFromScratch(long seed) {
        Registry base = base();
        Random random = new Random(seed);
        Model model = new Model(base, random);
        Registry expectedBase = model.build();
        Registry current = base;
        int fresh = 0;
        for (int batch = 0; batch < 6; batch++) {
            Registry.Change change = current.change();
            int steps = 1 + random.nextInt(batch % 2 == 0 ? 3 : 60);
            for (int step = 0; step < steps; step++) {
                Kind<?> kind = KINDS.get(random.nextInt(KINDS.size()));
                applyRandomly(kind, model, change, fresh++);
            }
            Registry previous = current;
            Registry previousExpected = new Model(previous, new Random(0)).build();
            current = change.apply();
            RegistryViews.assertSameAnswers(current, model.build());
            // the registry the change started from answers as before
            RegistryViews.assertSameAnswers(previous, previousExpected);
        }
        RegistryViews.assertSameAnswers(base, expectedBase);
    }

    private static <T> void applyRandomly(Kind<T> kind, Model model, Registry.Change change, int fresh) {
        List<T> list = model.of(kind);
        if (list.isEmpty()) {
            return; // nothing to copy a new entity from
        }
        int what = model.random.nextInt(3);
        BiConsumer<Registry.Change, T> replace = kind.replace();
        BiFunction<T, Model, T> altered = kind.altered();
        if (what == 0) {
            T added = kind.fresh().apply(model.any(kind), fresh);
            kind.add().accept(change, added);
            list.add(added);
        } else if (what == 1 && replace != null && altered != null) {
            int index = model.random.nextInt(list.size());
            T replaced = altered.apply(list.get(index), model);
            replace.accept(change, replaced);
            list.set(index, replaced);
        } else {
            T removed = list.get(model.random.nextInt(list.size()));
            kind.remove().accept(change, removed);
            list.remove(removed); // the first equal one, as the registry does for facts without ids
        }
    }

    @Test
    void removingMostEntitiesAndAddingThemBackKeepsEveryAnswer() {
        // three quarters of the activities go (too few to rebuild the kind: see the next test)
        Registry base = base();
        Model model = new Model(base, new Random(9));
        List<Activity> activities = model.of(activityKind());
        List<Activity> removed = new ArrayList<>(activities.subList(0, activities.size() * 3 / 4));
        Registry.Change change = base.change();
        removed.forEach(a -> change.removeActivity(a.id()));
        activities.removeAll(removed);
        Registry fewer = change.apply();
        RegistryViews.assertSameAnswers(fewer, model.build());

        Registry back = fewer.change().addActivities(removed).apply();
        activities.addAll(removed);
        RegistryViews.assertSameAnswers(back, model.build());
        assertThat(new LinkedHashSet<>(back.activities())).isEqualTo(new LinkedHashSet<>(activities));
    }

    @Test
    void aKindMostlyRemovedIsBuiltAgainAndAnswersAsBefore() {
        // more than half of 200 members' slots emptied, and more than 64: the store is rebuilt
        Registry.Builder builder = new Registry.Builder().addPatrol(Fixtures.tanbangPatrol());
        List<Member> members = new ArrayList<>();
        List<Membership> memberships = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            members.add(Fixtures.aMember("m-" + i, LocalDate.of(1960 + i % 40, 1, 1)));
            memberships.add(Fixtures.anAppointment(
                    "ms-" + i, "m-" + i, "tanbang", LocalDate.of(2015, 1, 1).plusDays(i)));
        }
        Registry registry =
                builder.addMembers(members).addMemberships(memberships).build();

        Registry.Change change = registry.change();
        for (int i = 0; i < 200; i += 4) {
            for (int j = i; j < i + 3; j++) {
                change.removeMember(members.get(j).id())
                        .removeMembership(memberships.get(j).id());
            }
        }
        Registry fewer = change.apply();
        Registry more = fewer.change()
                .addMember(Fixtures.aMember("m-new", LocalDate.of(1990, 1, 1)))
                .addMembership(Fixtures.anAppointment("ms-new", "m-new", "tanbang", LocalDate.of(2016, 1, 1)))
                .apply();

        Model model = new Model(registry, new Random(0));
        model.of(members()).removeIf(m -> Integer.parseInt(m.id().toString().substring(2)) % 4 != 3);
        model.of(membershipKind())
                .removeIf(m -> Integer.parseInt(m.id().toString().substring(3)) % 4 != 3);
        RegistryViews.assertSameAnswers(fewer, model.build());
        model.of(members()).add(Fixtures.aMember("m-new", LocalDate.of(1990, 1, 1)));
        model.of(membershipKind()).add(Fixtures.anAppointment("ms-new", "m-new", "tanbang", LocalDate.of(2016, 1, 1)));
        RegistryViews.assertSameAnswers(more, model.build());
        assertThat(fewer.members()).hasSize(50);
        assertThat(registry.members()).hasSize(200);
    }

    @SuppressWarnings("unchecked")
    private static Kind<Membership> membershipKind() {
        return (Kind<Membership>) KINDS.get(5);
    }

    @SuppressWarnings("unchecked")
    private static Kind<Activity> activityKind() {
        return (Kind<Activity>) KINDS.get(9);
    }
}
