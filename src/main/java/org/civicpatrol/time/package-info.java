/**
 * Ranges of dates: validity periods, tenures and terms.
 *
 * <p>{@link org.civicpatrol.time.DateRange} is half-open, {@code [start, end)}: a membership
 * that ends on a date is no longer in force on that date. Every type in this package is
 * immutable and thread-safe.
 *
 * <p>No method accepts or returns {@code null}; passing {@code null} throws {@link
 * NullPointerException}. Invalid values are rejected with {@link IllegalArgumentException}.
 */
@NullMarked
@CheckReturnValue
package org.civicpatrol.time;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
