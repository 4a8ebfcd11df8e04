package org.civicpatrol.activity;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.math.IntMath;
import org.immutables.value.Value;

/**
 * What an activity produced, as counts: reports made to the police, youth guidance cases and
 * hazards reported (broken street lights, unsafe buildings).
 */
@Value.Immutable
public abstract class ActivityOutputs {

    private static final ActivityOutputs EMPTY = of(0, 0, 0);

    ActivityOutputs() {}

    /**
     * Returns the number of reports made to the police.
     *
     * @return zero or more
     */
    @Value.Parameter
    public abstract int reportsToPolice();

    /**
     * Returns the number of young people guided or protected.
     *
     * @return zero or more
     */
    @Value.Parameter
    public abstract int youthGuidanceCases();

    /**
     * Returns the number of hazards reported to the authorities.
     *
     * @return zero or more
     */
    @Value.Parameter
    public abstract int hazardsReported();

    /**
     * Returns the given counts.
     *
     * @param reportsToPolice reports made to the police
     * @param youthGuidanceCases young people guided or protected
     * @param hazardsReported hazards reported
     * @return the outputs
     * @throws IllegalArgumentException if a count is negative
     */
    public static ActivityOutputs of(int reportsToPolice, int youthGuidanceCases, int hazardsReported) {
        return ImmutableActivityOutputs.of(reportsToPolice, youthGuidanceCases, hazardsReported);
    }

    /**
     * Returns the outputs with every count zero.
     *
     * @return no outputs
     */
    public static ActivityOutputs empty() {
        return EMPTY;
    }

    @Value.Check
    final void check() {
        checkArgument(
                reportsToPolice() >= 0 && youthGuidanceCases() >= 0 && hazardsReported() >= 0,
                "activity outputs must not be negative: reports to police %s, youth guidance cases %s,"
                        + " hazards reported %s",
                reportsToPolice(),
                youthGuidanceCases(),
                hazardsReported());
    }

    /**
     * Returns the sum of these outputs and {@code other}.
     *
     * @param other the outputs to add
     * @return the sum of each count, saturated at {@link Integer#MAX_VALUE}: counts never
     *     overflow, as in the summaries, which sum in {@code long} and saturate likewise
     */
    public ActivityOutputs plus(ActivityOutputs other) {
        return of(
                IntMath.saturatedAdd(reportsToPolice(), other.reportsToPolice()),
                IntMath.saturatedAdd(youthGuidanceCases(), other.youthGuidanceCases()),
                IntMath.saturatedAdd(hazardsReported(), other.hazardsReported()));
    }
}
