/**
 * Aggregation: summaries of patrols, members and activities, and roll-ups along the district,
 * federation and police hierarchies, for reporting code that must trust and test its numbers.
 *
 * <p>Summaries ({@link org.civicpatrol.report.Summary}, {@link
 * org.civicpatrol.report.MemberSummary}, {@link org.civicpatrol.report.ActivitySummary}) are
 * immutable values with {@code empty()} and {@code plus}, associative and commutative: the
 * summary of any split of the input, merged, equals the summary of the whole. Members and
 * patrols are counted as distinct ids, so that a member who moved between patrols counts once
 * at any level above both. {@link org.civicpatrol.report.RollUp} gives the summary of every node
 * of a hierarchy, in hierarchy order. Every summary is as of a date or over a period passed in:
 * the same input gives the same output, in the same order.
 *
 * <p>Aggregation never throws on a registry that can be built. Every type in this package is
 * immutable and thread-safe. No method accepts or returns {@code null}; passing {@code null}
 * throws {@link NullPointerException}, and an invalid argument throws {@link
 * IllegalArgumentException} with a message that names it. Summaries name members by id only.
 */
@NullMarked
@CheckReturnValue
package org.civicpatrol.report;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
