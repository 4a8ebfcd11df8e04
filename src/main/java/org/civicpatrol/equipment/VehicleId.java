package org.civicpatrol.equipment;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * The identifier of a patrol {@link Vehicle} within a registry.
 *
 * <p>Any non-blank text without surrounding white space. {@link #toString()} returns the raw
 * value.
 */
@Value.Immutable
public abstract class VehicleId implements Comparable<VehicleId> {

    VehicleId() {}

    /**
     * Returns the raw identifier.
     *
     * @return the identifier text
     */
    @Value.Parameter
    public abstract String value();

    /**
     * Returns the identifier with the given text.
     *
     * @param value the identifier text
     * @return the identifier
     * @throws IllegalArgumentException if {@code value} is blank or has surrounding white space
     */
    public static VehicleId of(String value) {
        return ImmutableVehicleId.of(value);
    }

    @Value.Check
    final void check() {
        checkArgument(
                !value().isBlank() && value().strip().equals(value()),
                "vehicle id must be non-blank without surrounding white space: \"%s\"",
                value());
    }

    /** Compares the raw values lexicographically. */
    @Override
    public int compareTo(VehicleId other) {
        return value().compareTo(other.value());
    }

    /** Returns the raw value. */
    @Override
    public final String toString() {
        return value();
    }
}
