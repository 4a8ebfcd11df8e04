package org.civicpatrol.patrol;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.Immutable;

/**
 * The identifier of a {@link Patrol} within a registry.
 *
 * <p>Any non-blank text without surrounding white space. {@link #toString()} returns the raw
 * value.
 *
 * @param value the raw identifier
 */
@Immutable
public record PatrolId(String value) implements Comparable<PatrolId> {

    /**
     * Creates the identifier with the given text.
     *
     * @param value the identifier text
     * @throws IllegalArgumentException if {@code value} is blank or has surrounding white space
     */
    public PatrolId {
        checkNotNull(value, "value");
        checkArgument(
                !value.isBlank() && value.strip().equals(value),
                "patrol id must be non-blank without surrounding white space: \"%s\"",
                value);
    }

    /**
     * Returns the identifier with the given text.
     *
     * @param value the identifier text
     * @return the identifier
     * @throws IllegalArgumentException if {@code value} is blank or has surrounding white space
     */
    public static PatrolId of(String value) {
        return new PatrolId(value);
    }

    /** Compares the raw values lexicographically. */
    @Override
    public int compareTo(PatrolId other) {
        return value.compareTo(other.value);
    }

    /** Returns the raw value. */
    @Override
    public String toString() {
        return value;
    }
}
