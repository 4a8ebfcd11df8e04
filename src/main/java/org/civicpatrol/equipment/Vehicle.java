package org.civicpatrol.equipment;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.civicpatrol.internal.MissingAttributesException;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.time.DateRange;
import org.immutables.value.Value;

/**
 * A vehicle a patrol uses, with its warning light if it has one.
 *
 * <pre>{@code
 * Vehicle car = new Vehicle.Builder()
 *         .id(VehicleId.of("v-1"))
 *         .patrol(PatrolId.of("tanbang"))
 *         .warningLight(WarningLight.of(LightColour.BLUE, 800))
 *         .inService(DateRange.startingOn(LocalDate.of(2015, 5, 1)))
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Vehicle {

    Vehicle() {}

    /**
     * Returns the identifier of the vehicle.
     *
     * @return the id
     */
    public abstract VehicleId id();

    /**
     * Returns the patrol that uses the vehicle.
     *
     * @return the patrol's id
     */
    public abstract PatrolId patrol();

    /**
     * Returns the warning light fitted to the vehicle, if any.
     *
     * @return the warning light
     */
    public abstract Optional<WarningLight> warningLight();

    /**
     * Returns the dates on which the patrol uses the vehicle, always unless given.
     *
     * @return the non-empty period of service
     */
    @Value.Default
    public DateRange inService() {
        return DateRange.always();
    }

    @Value.Check
    final void check() {
        checkArgument(!inService().isEmpty(), "vehicle %s has an empty period of service: %s", id(), inService());
    }

    /**
     * Builds a {@link Vehicle}.
     *
     * <p>{@code id} and {@code patrol} must be set; {@code inService} has a default; every other
     * attribute is optional, or a collection that starts empty. A method named after an attribute
     * sets it, replacing what was set (for a collection, all its elements); an {@code add} method
     * adds elements; {@code from} copies the attributes of a value, adding to collections. A
     * builder is not thread-safe, and can build more than once.
     */
    public static final class Builder extends ImmutableVehicle.Builder {
        /** Creates an empty builder. */
        public Builder() {}

        /**
         * Builds the {@link Vehicle} from the attributes set.
         *
         * @return the new {@code Vehicle}
         * @throws IllegalStateException if {@code id} or {@code patrol} is not set; the message
         *     names the type and each attribute not set
         * @throws IllegalArgumentException if the attributes do not make a valid {@code Vehicle}
         */
        @Override
        public Vehicle build() {
            return MissingAttributesException.build(Vehicle.class, super::build);
        }
    }
}
