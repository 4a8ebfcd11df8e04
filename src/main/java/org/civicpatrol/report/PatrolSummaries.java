package org.civicpatrol.report;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.activity.Site;
import org.civicpatrol.activity.SiteId;
import org.civicpatrol.funding.Grant;
import org.civicpatrol.funding.Recipient;
import org.civicpatrol.geo.District;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.member.Member;
import org.civicpatrol.member.Membership;
import org.civicpatrol.member.Role;
import org.civicpatrol.member.RoleAssignment;
import org.civicpatrol.member.TrainingKind;
import org.civicpatrol.member.TrainingObligation;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.time.DateRange;

/**
 * The leaves of a roll-up: the summary of each patrol on its own (computed on first use and
 * kept), the grants to one recipient, and the coverage of one district. Not thread-safe: one
 * instance serves one roll-up.
 */
final class PatrolSummaries {
    private final Registry registry;
    private final LocalDate asOf;
    private final DateRange period;
    private final LocalDate lastDay;
    private final SummaryOptions options;
    private final AgeBands bands;
    private final Map<PatrolId, Summary> cache = new HashMap<>();

    /** The period must be bounded and not empty; {@link RollUp#of} checks it. */
    PatrolSummaries(Registry registry, LocalDate asOf, DateRange period, SummaryOptions options) {
        this.registry = registry;
        this.asOf = asOf;
        this.period = period;
        this.options = options;
        this.bands = options.ageBands();
        this.lastDay = period.end().minusDays(1);
    }

    SummaryOptions options() {
        return options;
    }

    Summary of(Patrol patrol) {
        return cache.computeIfAbsent(patrol.id(), k -> compute(patrol));
    }

    private Summary compute(Patrol patrol) {
        ActivitySummary.Accumulator activities = new ActivitySummary.Accumulator();
        for (Activity activity : registry.activitiesOf(patrol.id(), period)) {
            if (activity.patrol().equals(patrol.id())) {
                activities.add(activity);
            }
        }
        ActivitySummary activitySummary = activities.build();
        MemberSummary.Builder members = new MemberSummary.Builder(bands);
        TrainingSummary.Builder training = new TrainingSummary.Builder();
        for (Membership membership : registry.membershipsOf(patrol.id())) {
            // A membership is active exactly during its tenure: work out the tenure once.
            Optional<DateRange> tenure = membership.tenure();
            if (tenure.isEmpty()) {
                continue;
            }
            DateRange held = tenure.get();
            if (held.contains(asOf)) {
                addTraining(training, membership);
                Optional<Member> member = registry.member(membership.member());
                members.active(
                        membership.member(),
                        roleOn(membership, asOf),
                        bands.indexOf(member.isPresent() ? member.get().ageOn(asOf) : OptionalInt.empty()),
                        member.isPresent() ? member.get().sex() : Optional.empty());
            }
            if (held.contains(period.start())) {
                members.activeAtStart(membership.member());
            }
            if (held.contains(lastDay)) {
                members.activeAtEnd(membership.member());
            }
            if (period.contains(held.start())) {
                members.appointed(membership.member());
            }
        }
        boolean registered = patrol.isRegisteredOn(asOf);
        FundingSummary funding = grantsTo(Recipient.of(patrol.id()));
        return new Summary(
                registered ? Set.of(patrol.id()) : Set.of(),
                registered && activitySummary.count() > 0 ? Set.of(patrol.id()) : Set.of(),
                patrol.dissolvedOn().filter(period::contains).isPresent() ? Set.of(patrol.id()) : Set.of(),
                members.build(),
                activitySummary,
                funding,
                training.build(),
                CoverageSummary.empty(),
                reportedHeadcount(patrol, registered));
    }

    /** Returns the headcount a registered patrol without a recorded roster last reported. */
    private ImmutableMap<PatrolId, Integer> reportedHeadcount(Patrol patrol, boolean registered) {
        if (!registered || registry.recordsRosterOf(patrol)) {
            return ImmutableMap.of();
        }
        return patrol.reportedHeadcountOn(asOf)
                .map(h -> ImmutableMap.of(patrol.id(), h.members()))
                .orElse(ImmutableMap.of());
    }

    /** Adds what the member of an active membership owes, judged once, by the registry. */
    private void addTraining(TrainingSummary.Builder training, Membership membership) {
        for (TrainingObligation owed :
                registry.trainingObligationsOf(membership.member(), asOf, options.trainingRequirement())) {
            boolean basic = owed.kind() == TrainingKind.BASIC;
            training.add(owed.member(), basic ? TrainingSummary.BASIC_DUE : TrainingSummary.IN_SERVICE_DUE);
            if (owed.isMet()) {
                training.add(owed.member(), basic ? TrainingSummary.BASIC_DONE : TrainingSummary.IN_SERVICE_DONE);
            }
        }
    }

    /** Returns the coverage of the district {@code id} itself, its descendants left to the roll-up. */
    CoverageSummary coverageOf(DistrictId id) {
        int threshold = options.coverageThreshold();
        ImmutableSet.Builder<DistrictId> neighbourhoods = ImmutableSet.builder();
        ImmutableSet.Builder<DistrictId> covered = ImmutableSet.builder();
        ImmutableSet.Builder<DistrictId> withoutPatrol = ImmutableSet.builder();
        Optional<District> district = registry.district(id);
        if (district.isPresent()
                && district.get().isValidOn(asOf)
                && registry.childrenOf(id).isEmpty()) {
            neighbourhoods.add(id);
            if (registry.activitiesCovering(id, period).size() >= threshold) {
                covered.add(id);
            }
            boolean served = false;
            for (Patrol patrol : registry.patrolsIn(id)) {
                served |= of(patrol).activePatrols().contains(patrol.id());
            }
            if (!served) {
                withoutPatrol.add(id);
            }
        }
        ImmutableSet.Builder<SiteId> sites = ImmutableSet.builder();
        ImmutableSet.Builder<SiteId> sitesCovered = ImmutableSet.builder();
        for (Site site : registry.sitesIn(id)) {
            if (!site.concerns().isEmpty()) {
                sites.add(site.id());
                if (registry.activitiesCovering(site.id(), period).size() >= threshold) {
                    sitesCovered.add(site.id());
                }
            }
        }
        return new CoverageSummary(
                neighbourhoods.build(), covered.build(), withoutPatrol.build(), sites.build(), sitesCovered.build());
    }

    private static Role roleOn(Membership membership, LocalDate date) {
        for (RoleAssignment assignment : membership.roles()) {
            if (assignment.isHeldOn(date)) {
                return assignment.role();
            }
        }
        return Role.MEMBER;
    }

    /**
     * Returns the grants to {@code recipient} awarded in the period, or of the options' fiscal
     * year, with their spending.
     */
    FundingSummary grantsTo(Recipient recipient) {
        List<Grant> grants = registry.grantsOf(recipient);
        if (grants.isEmpty()) {
            return FundingSummary.empty();
        }
        FundingSummary.Accumulator funding = new FundingSummary.Accumulator();
        for (Grant grant : grants) {
            boolean selected = options.grantsOfFiscalYear().isPresent()
                    ? grant.fiscalYear().equals(options.grantsOfFiscalYear().get())
                    : period.contains(grant.awardedOn());
            if (selected) {
                funding.add(grant, registry.expendituresOf(grant.id()), registry.refundsOf(grant.id()));
            }
        }
        return funding.build();
    }
}
