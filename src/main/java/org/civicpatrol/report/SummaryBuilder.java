package org.civicpatrol.report;

import com.google.common.collect.ImmutableSet;
import java.util.HashSet;
import java.util.Set;
import org.civicpatrol.patrol.PatrolId;

/** Adds many summaries at once, copying each set once rather than once per addition. */
final class SummaryBuilder {

    private final Set<PatrolId> registered = new HashSet<>();
    private final Set<PatrolId> active = new HashSet<>();
    private final Set<PatrolId> dissolved = new HashSet<>();
    private final MemberSummary.Builder members;
    private final ActivitySummary.Accumulator activities = new ActivitySummary.Accumulator();
    private final FundingSummary.Accumulator funding = new FundingSummary.Accumulator();
    private TrainingSummary training = TrainingSummary.empty();
    private CoverageSummary coverage = CoverageSummary.empty();

    SummaryBuilder(AgeBands bands) {
        this.members = new MemberSummary.Builder(bands);
    }

    void add(Summary summary) {
        registered.addAll(summary.registeredPatrols());
        active.addAll(summary.activePatrols());
        dissolved.addAll(summary.dissolvedPatrols());
        members.addAll(summary.members());
        activities.addAll(summary.activities());
        funding.addAll(summary.funding());
        training = training.plus(summary.training());
        coverage = coverage.plus(summary.coverage());
    }

    void add(FundingSummary grants) {
        funding.addAll(grants);
    }

    void add(CoverageSummary area) {
        coverage = coverage.plus(area);
    }

    Summary build() {
        return new Summary(
                ImmutableSet.copyOf(registered),
                ImmutableSet.copyOf(active),
                ImmutableSet.copyOf(dissolved),
                members.build(),
                activities.build(),
                funding.build(),
                training,
                coverage);
    }
}
