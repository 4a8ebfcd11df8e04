package org.civicpatrol.report;

import com.google.common.collect.ImmutableMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.civicpatrol.patrol.PatrolId;

/**
 * Adds many summaries at once into mutable sets that the built summary then owns: build once,
 * then drop the builder.
 */
final class SummaryBuilder {

    // Handed over to the summary by build(), which may be called once.
    private final Set<PatrolId> registered = new HashSet<>();
    private final Set<PatrolId> active = new HashSet<>();
    private final Set<PatrolId> dissolved = new HashSet<>();
    private final MemberSummary.Builder members;
    private final ActivitySummary.Accumulator activities = new ActivitySummary.Accumulator();
    private final FundingSummary.Accumulator funding = new FundingSummary.Accumulator();
    private final TrainingSummary.Builder training = new TrainingSummary.Builder();
    private final CoverageSummary.Builder coverage = new CoverageSummary.Builder();
    private final Map<PatrolId, Integer> reportedHeadcounts = new HashMap<>();

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
        training.addAll(summary.training());
        coverage.addAll(summary.coverage());
        summary.reportedHeadcounts()
                .forEach((patrol, headcount) -> reportedHeadcounts.merge(patrol, headcount, Math::max));
    }

    void add(FundingSummary grants) {
        funding.addAll(grants);
    }

    void add(CoverageSummary area) {
        coverage.addAll(area);
    }

    Summary build() {
        return new Summary(
                Collections.unmodifiableSet(registered),
                Collections.unmodifiableSet(active),
                Collections.unmodifiableSet(dissolved),
                members.build(),
                activities.build(),
                funding.build(),
                training.build(),
                coverage.build(),
                ImmutableMap.copyOf(reportedHeadcounts));
    }
}
