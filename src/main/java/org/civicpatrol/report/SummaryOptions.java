package org.civicpatrol.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Objects;
import org.civicpatrol.validation.Policy;
import org.jspecify.annotations.Nullable;

/**
 * The choices behind summaries that the data does not make: age bands, the policy whose
 * training requirements compliance is judged by, and how many activities in the period make a
 * neighbourhood or a site covered.
 */
public final class SummaryOptions {

    private static final SummaryOptions STANDARD = new SummaryOptions(AgeBands.standard(), Policy.korea(), 1);

    private final AgeBands ageBands;
    private final Policy policy;
    private final int coverageThreshold;

    private SummaryOptions(AgeBands ageBands, Policy policy, int coverageThreshold) {
        this.ageBands = ageBands;
        this.policy = policy;
        this.coverageThreshold = coverageThreshold;
    }

    /**
     * Returns the standard age bands, Korea's policy and a threshold of one activity.
     *
     * @return the standard options
     */
    public static SummaryOptions standard() {
        return STANDARD;
    }

    /**
     * Returns these options with other age bands.
     *
     * @param bands the age bands
     * @return the new options
     */
    public SummaryOptions withAgeBands(AgeBands bands) {
        return new SummaryOptions(checkNotNull(bands, "bands"), policy, coverageThreshold);
    }

    /**
     * Returns these options with another policy for training compliance.
     *
     * @param value the policy
     * @return the new options
     */
    public SummaryOptions withPolicy(Policy value) {
        return new SummaryOptions(ageBands, checkNotNull(value, "policy"), coverageThreshold);
    }

    /**
     * Returns these options with another coverage threshold.
     *
     * @param activities the number of activities in the period that make an area covered
     * @return the new options
     * @throws IllegalArgumentException if {@code activities} is less than one
     */
    public SummaryOptions withCoverageThreshold(int activities) {
        checkArgument(activities >= 1, "coverage threshold must be at least one activity: %s", activities);
        return new SummaryOptions(ageBands, policy, activities);
    }

    /**
     * Returns the age bands.
     *
     * @return the bands
     */
    public AgeBands ageBands() {
        return ageBands;
    }

    /**
     * Returns the policy whose training requirements compliance is judged by.
     *
     * @return the policy
     */
    public Policy policy() {
        return policy;
    }

    /**
     * Returns the number of activities in the period that make an area covered.
     *
     * @return the threshold
     */
    public int coverageThreshold() {
        return coverageThreshold;
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof SummaryOptions o
                && coverageThreshold == o.coverageThreshold
                && ageBands.equals(o.ageBands)
                && policy.equals(o.policy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ageBands, policy, coverageThreshold);
    }

    /** Returns the bands and the threshold. */
    @Override
    public String toString() {
        return "SummaryOptions{" + ageBands + ", coverageThreshold=" + coverageThreshold + "}";
    }
}
