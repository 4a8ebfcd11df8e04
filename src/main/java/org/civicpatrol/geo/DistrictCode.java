package org.civicpatrol.geo;

import static com.google.common.base.Preconditions.checkNotNull;

import org.civicpatrol.internal.TextChecks;
import org.immutables.value.Value;

/**
 * An official code of a district, qualified by the code system it belongs to.
 *
 * <p>Countries run several code systems side by side (Korea has 10-digit administrative codes,
 * 10-digit legal-dong codes and 7-digit statistics codes), and a code means nothing without its
 * system. Two codes are equal only if both the system and the value are; codes of different
 * systems are never compared. {@link KoreanAdministrativeCode#SYSTEM} names the system of Korea's
 * administrative codes.
 */
@Value.Immutable
public abstract class DistrictCode {

    DistrictCode() {}

    /**
     * Returns the name of the code system, such as {@value KoreanAdministrativeCode#SYSTEM}.
     *
     * @return the non-blank system name
     */
    @Value.Parameter
    public abstract String system();

    /**
     * Returns the code within its system.
     *
     * @return the non-blank code
     */
    @Value.Parameter
    public abstract String value();

    /**
     * Returns the code {@code value} of the system {@code system}.
     *
     * @param system the name of the code system
     * @param value the code within that system
     * @return the code
     * @throws IllegalArgumentException if either is blank, begins or ends with an invisible
     *     character, or holds a control character
     */
    public static DistrictCode of(String system, String value) {
        return ImmutableDistrictCode.of(system, value);
    }

    @Value.Check
    final void check() {
        TextChecks.checkIdentifier(system(), "district code system");
        TextChecks.checkIdentifier(value(), "district code of system " + system());
    }

    /**
     * Returns whether this code belongs to the system {@code system}.
     *
     * @param system the name of a code system
     * @return true if this code's system has that name
     */
    public boolean isOf(String system) {
        return system().equals(checkNotNull(system, "system"));
    }

    /** Returns the system and the value, as in {@code KR-ADM:3017055500}. */
    @Override
    public final String toString() {
        return system() + ":" + value();
    }
}
