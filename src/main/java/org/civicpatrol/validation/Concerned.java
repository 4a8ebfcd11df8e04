package org.civicpatrol.validation;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.activity.ActivityId;
import org.civicpatrol.equipment.VehicleId;
import org.civicpatrol.funding.GrantId;
import org.civicpatrol.funding.Recipient;
import org.civicpatrol.internal.TextChecks;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.Membership;
import org.civicpatrol.member.MembershipId;
import org.civicpatrol.patrol.FederationId;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.registry.Registry;

/**
 * The patrols and federations a violation concerns, worked out alike for every rule from its
 * subject and related entities; {@link Violation#patrols()} says how.
 */
record Concerned(ImmutableSet<PatrolId> patrols, ImmutableSet<FederationId> federations) {

    static Concerned of(Registry registry, Subject subject, List<Subject> related, LocalDate date) {
        ImmutableSet.Builder<PatrolId> patrols = ImmutableSet.builder();
        ImmutableSet.Builder<FederationId> federations = ImmutableSet.builder();
        collectIfValid(registry, subject, date, patrols, federations);
        for (Subject other : related) {
            collectIfValid(registry, other, date, patrols, federations);
        }
        ImmutableSet<PatrolId> concerned = patrols.build();
        for (PatrolId patrol : concerned) {
            registry.patrol(patrol).flatMap(Patrol::federation).ifPresent(federations::add);
        }
        return new Concerned(concerned, federations.build());
    }

    /**
     * Collects what {@code subject} concerns, if its id is a valid id of its kind: a custom
     * rule's subject may hold text no id has (a subject's id need only be non-blank), and then
     * the registry holds nothing it names.
     */
    private static void collectIfValid(
            Registry registry,
            Subject subject,
            LocalDate date,
            ImmutableSet.Builder<PatrolId> patrols,
            ImmutableSet.Builder<FederationId> federations) {
        // Every id of the kinds collect() reads is an identifier and nothing more, so this
        // check is exactly what would make their constructors refuse the text.
        if (TextChecks.isIdentifier(subject.id())) {
            collect(registry, subject, date, patrols, federations);
        }
    }

    private static void collect(
            Registry registry,
            Subject subject,
            LocalDate date,
            ImmutableSet.Builder<PatrolId> patrols,
            ImmutableSet.Builder<FederationId> federations) {
        String id = subject.id();
        switch (subject.kind()) {
            case PATROL -> patrols.add(PatrolId.of(id));
            case FEDERATION -> federations.add(FederationId.of(id));
            case MEMBERSHIP -> registry.membership(MembershipId.of(id)).ifPresent(m -> patrols.add(m.patrol()));
            case MEMBER -> patrolsOfMember(registry, MemberId.of(id), date, patrols);
            case ACTIVITY -> {
                Optional<Activity> activity = registry.activity(ActivityId.of(id));
                activity.ifPresent(a -> patrols.add(a.patrol()).addAll(a.jointPatrols()));
            }
            case VEHICLE -> registry.vehicle(VehicleId.of(id)).ifPresent(v -> patrols.add(v.patrol()));
            case GRANT -> registry.grant(GrantId.of(id)).ifPresent(g -> recipient(g.recipient(), patrols, federations));
            case DISTRICT, POLICE_UNIT, SITE -> {
                // Geography: a district, a police unit or a site concerns no patrol by itself.
            }
        }
    }

    private static void patrolsOfMember(
            Registry registry, MemberId member, LocalDate date, ImmutableSet.Builder<PatrolId> patrols) {
        List<Membership> memberships = registry.membershipsOf(member);
        boolean active = false;
        for (Membership membership : memberships) {
            if (membership.isActiveOn(date)) {
                patrols.add(membership.patrol());
                active = true;
            }
        }
        if (!active) {
            for (Membership membership : memberships) {
                patrols.add(membership.patrol());
            }
        }
    }

    private static void recipient(
            Recipient recipient,
            ImmutableSet.Builder<PatrolId> patrols,
            ImmutableSet.Builder<FederationId> federations) {
        recipient.patrol().ifPresent(patrols::add);
        recipient.federation().ifPresent(federations::add);
    }
}
