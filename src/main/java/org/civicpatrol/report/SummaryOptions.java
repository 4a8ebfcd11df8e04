package org.civicpatrol.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.Immutable;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.civicpatrol.member.TrainingRequirement;
import org.jspecify.annotations.Nullable;

/**
 * The choices behind summaries that the data does not make: age bands, the training
 * requirement that compliance is judged by (the one a validation policy holds, {@code
 * Policy.trainingRequirement()}), and how many activities in the period make a
 * neighbourhood or a site covered, and whether funding is summarised by the grants awarded in
 * the period (the default) or by those of a fiscal year.
 */
@Immutable
public final class SummaryOptions {

    private static final SummaryOptions STANDARD =
            new SummaryOptions(AgeBands.standard(), TrainingRequirement.korea(), 1, Optional.empty());

    private final AgeBands ageBands;
    private final TrainingRequirement trainingRequirement;
    private final int coverageThreshold;
    private final Optional<Year> fiscalYear;

    private SummaryOptions(
            AgeBands ageBands,
            TrainingRequirement trainingRequirement,
            int coverageThreshold,
            Optional<Year> fiscalYear) {
        this.ageBands = ageBands;
        this.trainingRequirement = trainingRequirement;
        this.coverageThreshold = coverageThreshold;
        this.fiscalYear = fiscalYear;
    }

    /**
     * Returns the standard age bands, Korea's training requirement and a threshold of one activity.
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
        return new SummaryOptions(checkNotNull(bands, "bands"), trainingRequirement, coverageThreshold, fiscalYear);
    }

    /**
     * Returns these options with another training requirement for training compliance.
     *
     * @param value the requirement
     * @return the new options
     */
    public SummaryOptions withTrainingRequirement(TrainingRequirement value) {
        return new SummaryOptions(ageBands, checkNotNull(value, "trainingRequirement"), coverageThreshold, fiscalYear);
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
        return new SummaryOptions(ageBands, trainingRequirement, activities, fiscalYear);
    }

    /**
     * Returns these options with funding summarised by fiscal year: the grants of fiscal year
     * {@code year}, whenever they were awarded, instead of the grants awarded in the period.
     *
     * @param year the fiscal year, as grants name it
     * @return the new options
     */
    public SummaryOptions withGrantsOfFiscalYear(Year year) {
        return new SummaryOptions(
                ageBands, trainingRequirement, coverageThreshold, Optional.of(checkNotNull(year, "year")));
    }

    /**
     * Returns the fiscal year whose grants funding summaries hold, if they are selected by fiscal
     * year rather than by award date in the period.
     *
     * @return the fiscal year, or empty for the grants awarded in the period
     */
    public Optional<Year> grantsOfFiscalYear() {
        return fiscalYear;
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
     * Returns the training requirement that compliance is judged by.
     *
     * @return the requirement
     */
    public TrainingRequirement trainingRequirement() {
        return trainingRequirement;
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
                && trainingRequirement.equals(o.trainingRequirement)
                && fiscalYear.equals(o.fiscalYear);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ageBands, trainingRequirement, coverageThreshold, fiscalYear);
    }

    /** Returns the bands, the training requirement and the threshold. */
    @Override
    public String toString() {
        return "SummaryOptions{" + ageBands + ", " + trainingRequirement + ", coverageThreshold=" + coverageThreshold
                + fiscalYear.map(y -> ", grantsOfFiscalYear=" + y).orElse("") + "}";
    }
}
