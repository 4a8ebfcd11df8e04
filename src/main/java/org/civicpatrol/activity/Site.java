package org.civicpatrol.activity;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.Set;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.geo.GeoPoint;
import org.civicpatrol.internal.MissingAttributesException;
import org.civicpatrol.internal.TextChecks;
import org.immutables.value.Value;

/**
 * A named place in a district that patrols watch, such as the area of Namseon Park in Daejeon,
 * with the concerns that make it worth watching.
 *
 * <pre>{@code
 * Site namseonPark = new Site.Builder()
 *         .id(SiteId.of("namseon-park"))
 *         .name("남선공원 일대")
 *         .district(DistrictId.of("3017055500"))
 *         .kind(SiteKind.PARK)
 *         .addConcerns(SiteConcern.YOUTH_MISBEHAVIOUR, SiteConcern.WOMENS_SAFETY)
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Site {

    Site() {}

    /**
     * Returns the identifier of the site.
     *
     * @return the id
     */
    public abstract SiteId id();

    /**
     * Returns the name of the site.
     *
     * @return the non-blank name
     */
    public abstract String name();

    /**
     * Returns the district the site is in.
     *
     * @return the district's id
     */
    public abstract DistrictId district();

    /**
     * Returns the kind of place.
     *
     * @return the kind
     */
    public abstract SiteKind kind();

    /**
     * Returns the reasons the site is watched, in the order given.
     *
     * @return the concerns, possibly none
     */
    public abstract Set<SiteConcern> concerns();

    /**
     * Returns where the site is, if recorded.
     *
     * @return the location
     */
    public abstract Optional<GeoPoint> location();

    @Value.Check
    final void check() {
        checkArgument(!TextChecks.isBlank(name()), "site %s has a blank name", id());
    }

    /**
     * Returns whether the site is watched for {@code concern}.
     *
     * @param concern the concern
     * @return true if {@link #concerns()} contains it
     */
    public boolean hasConcern(SiteConcern concern) {
        return concerns().contains(checkNotNull(concern, "concern"));
    }

    /**
     * Builds a {@link Site}.
     *
     * <p>{@code id}, {@code name}, {@code district} and {@code kind} must be set; every other
     * attribute is optional, or a collection that starts empty. A method named after an attribute
     * sets it, replacing what was set (for a collection, all its elements); an {@code add} method
     * adds elements; {@code from} copies the attributes of a value, adding to collections. A
     * builder is not thread-safe, and can build more than once.
     */
    public static final class Builder extends ImmutableSite.Builder {
        /** Creates an empty builder. */
        public Builder() {}

        /**
         * Builds the {@link Site} from the attributes set.
         *
         * @return the new {@code Site}
         * @throws IllegalStateException if {@code id}, {@code name}, {@code district} or {@code
         *     kind} is not set; the message names the type and each attribute not set
         * @throws IllegalArgumentException if the attributes do not make a valid {@code Site}
         */
        @Override
        public Site build() {
            return MissingAttributesException.build(Site.class, super::build);
        }
    }
}
