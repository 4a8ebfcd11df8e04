package org.civicpatrol.equipment;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/** A warning light fitted to a patrol vehicle: its colour and luminous intensity. */
@Value.Immutable
public abstract class WarningLight {

    WarningLight() {}

    /**
     * Returns the colour of the light.
     *
     * @return the colour
     */
    @Value.Parameter
    public abstract LightColour colour();

    /**
     * Returns the luminous intensity of the light, in candela.
     *
     * @return a positive, finite intensity
     */
    @Value.Parameter
    public abstract double candela();

    /**
     * Returns a light of the given colour and intensity.
     *
     * @param colour the colour
     * @param candela the luminous intensity in candela, positive and finite
     * @return the light
     * @throws IllegalArgumentException if {@code candela} is not positive or not finite
     */
    public static WarningLight of(LightColour colour, double candela) {
        return ImmutableWarningLight.of(colour, candela);
    }

    @Value.Check
    final void check() {
        checkArgument(
                Double.isFinite(candela()) && candela() > 0,
                "warning light must have a positive, finite intensity: %s cd",
                candela());
    }
}
