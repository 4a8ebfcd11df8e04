package org.civicpatrol.geo;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * A point on the WGS84 ellipsoid, in decimal degrees, such as the location of a patrol post.
 */
@Value.Immutable
public abstract class GeoPoint {

    GeoPoint() {}

    /**
     * Returns the latitude, north positive.
     *
     * @return degrees from -90 to 90
     */
    @Value.Parameter
    public abstract double latitude();

    /**
     * Returns the longitude, east positive.
     *
     * @return degrees from -180 to 180
     */
    @Value.Parameter
    public abstract double longitude();

    /**
     * Returns the point at the given WGS84 latitude and longitude.
     *
     * @param latitude degrees north, from -90 to 90
     * @param longitude degrees east, from -180 to 180
     * @return the point
     * @throws IllegalArgumentException if either is out of range or not a finite number
     */
    public static GeoPoint of(double latitude, double longitude) {
        return ImmutableGeoPoint.of(latitude, longitude);
    }

    @Value.Check
    final void check() {
        checkArgument(
                latitude() >= -90.0 && latitude() <= 90.0, "latitude must be from -90 to 90 degrees: %s", latitude());
        checkArgument(
                longitude() >= -180.0 && longitude() <= 180.0,
                "longitude must be from -180 to 180 degrees: %s",
                longitude());
    }

    /** Returns the latitude and longitude, as in {@code (36.3504, 127.3845)}. */
    @Override
    public final String toString() {
        return "(" + latitude() + ", " + longitude() + ")";
    }
}
