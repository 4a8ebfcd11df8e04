package org.civicpatrol.equipment;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
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

    /** Builds a {@link Vehicle}; every attribute without a default must be set. */
    public static final class Builder extends ImmutableVehicle.Builder {
        /** Creates an empty builder. */
        public Builder() {}
    }
}
