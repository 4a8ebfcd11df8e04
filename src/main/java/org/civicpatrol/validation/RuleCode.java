package org.civicpatrol.validation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.CharMatcher;
import com.google.errorprone.annotations.Immutable;
import org.immutables.value.Value;

/**
 * The stable code of a rule, such as {@code MEMBER_UNDER_MINIMUM_AGE}: upper-case ASCII letters,
 * digits and underscores, starting with a letter.
 *
 * <p>Codes are public API: the built-in ones are never renamed once released, so that city
 * systems can filter, count and translate by code. Codes order alphabetically.
 */
@Value.Immutable
@Immutable
public abstract class RuleCode implements Comparable<RuleCode> {

    private static final CharMatcher ALLOWED =
            CharMatcher.inRange('A', 'Z').or(CharMatcher.inRange('0', '9')).or(CharMatcher.is('_'));

    RuleCode() {}

    /**
     * Returns the code's text.
     *
     * @return the code
     */
    @Value.Parameter
    public abstract String value();

    /**
     * Returns the code {@code value}.
     *
     * @param value the code, for example {@code PATROL_WITHOUT_LEADER}
     * @return the code
     * @throws IllegalArgumentException if {@code value} is not upper-case ASCII letters, digits
     *     and underscores starting with a letter
     */
    public static RuleCode of(String value) {
        return ImmutableRuleCode.of(value);
    }

    @Value.Check
    final void check() {
        String v = value();
        checkArgument(
                !v.isEmpty() && CharMatcher.inRange('A', 'Z').matches(v.charAt(0)) && ALLOWED.matchesAllOf(v),
                "rule code must be upper-case letters, digits and underscores, starting with a letter: \"%s\"",
                v);
    }

    @Override
    public int compareTo(RuleCode other) {
        return value().compareTo(other.value());
    }

    /** Returns the code's text. */
    @Override
    public final String toString() {
        return value();
    }
}
