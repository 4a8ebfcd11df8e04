package org.civicpatrol.geo;

import com.google.errorprone.annotations.Immutable;
import org.civicpatrol.internal.TextChecks;

/**
 * The identifier of a {@link District} within a registry.
 *
 * <p>Any non-blank text without surrounding white space; an official code such as {@code
 * 3017055500} is a natural choice. {@link #toString()} returns the raw value.
 *
 * @param value the raw identifier
 */
@Immutable
public record DistrictId(String value) implements Comparable<DistrictId> {

    /**
     * Creates the identifier with the given text.
     *
     * @param value the identifier text
     * @throws IllegalArgumentException if {@code value} is blank, begins or ends with an invisible
     *     character (white space among them), or holds a control character
     */
    public DistrictId {
        TextChecks.checkIdentifier(value, "district id");
    }

    /**
     * Returns the identifier with the given text.
     *
     * @param value the identifier text
     * @return the identifier
     * @throws IllegalArgumentException if {@code value} is blank, begins or ends with an invisible
     *     character (white space among them), or holds a control character
     */
    public static DistrictId of(String value) {
        return new DistrictId(value);
    }

    /** Compares the raw values lexicographically. */
    @Override
    public int compareTo(DistrictId other) {
        return value.compareTo(other.value);
    }

    /** Returns the raw value. */
    @Override
    public String toString() {
        return value;
    }
}
