package org.civicpatrol.member;

import com.google.errorprone.annotations.Immutable;
import org.civicpatrol.internal.TextChecks;

/**
 * The identifier of a {@link Member} within a registry.
 *
 * <p>Any text that begins and ends with a visible character and holds no control character.
 * Visible is meant by Unicode: white space of every kind (a no-break space, an ideographic space),
 * format characters (a zero-width space), controls, unassigned code points and the Hangul fillers
 * are not. {@link #toString()} returns the raw value.
 *
 * @param value the raw identifier
 */
@Immutable
public record MemberId(String value) implements Comparable<MemberId> {

    /**
     * Creates the identifier with the given text.
     *
     * @param value the identifier text
     * @throws IllegalArgumentException if {@code value} is blank, begins or ends with an invisible
     *     character (white space among them), or holds a control character
     */
    public MemberId {
        TextChecks.checkIdentifier(value, "member id");
    }

    /**
     * Returns the identifier with the given text.
     *
     * @param value the identifier text
     * @return the identifier
     * @throws IllegalArgumentException if {@code value} is blank, begins or ends with an invisible
     *     character (white space among them), or holds a control character
     */
    public static MemberId of(String value) {
        return new MemberId(value);
    }

    /** Compares the raw values lexicographically. */
    @Override
    public int compareTo(MemberId other) {
        return value.compareTo(other.value);
    }

    /** Returns the raw value. */
    @Override
    public String toString() {
        return value;
    }
}
