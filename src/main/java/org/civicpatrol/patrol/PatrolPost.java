package org.civicpatrol.patrol;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.geo.GeoPoint;
import org.civicpatrol.internal.MissingAttributesException;
import org.civicpatrol.internal.TextChecks;
import org.immutables.value.Value;

/**
 * A patrol post or booth (방범초소) of a patrol: its name, the district it stands in and, if
 * known, its location.
 *
 * <p>The location of a post is a registered attribute in Korea: moving it must be reported
 * (Rule Art. 6).
 */
@Value.Immutable
public abstract class PatrolPost {

    PatrolPost() {}

    /**
     * Returns the name of the post, such as {@code 탄방동 제1초소}.
     *
     * @return the non-blank name
     */
    public abstract String name();

    /**
     * Returns the district the post stands in.
     *
     * @return the district's id
     */
    public abstract DistrictId district();

    /**
     * Returns the location of the post, if recorded.
     *
     * @return the WGS84 point
     */
    public abstract Optional<GeoPoint> location();

    /**
     * Returns a post without a recorded location.
     *
     * @param name the name of the post
     * @param district the district it stands in
     * @return the post
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public static PatrolPost of(String name, DistrictId district) {
        return new Builder().name(name).district(district).build();
    }

    /**
     * Returns a post at a recorded location.
     *
     * @param name the name of the post
     * @param district the district it stands in
     * @param location where it stands
     * @return the post
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public static PatrolPost of(String name, DistrictId district, GeoPoint location) {
        return new Builder().name(name).district(district).location(location).build();
    }

    @Value.Check
    final void check() {
        checkArgument(!TextChecks.isBlank(name()), "patrol post in district %s has a blank name", district());
    }

    /**
     * Builds a {@link PatrolPost}.
     *
     * <p>{@code name} and {@code district} must be set; every other attribute is optional, or a
     * collection that starts empty. A method named after an attribute sets it, replacing what was
     * set (for a collection, all its elements); an {@code add} method adds elements; {@code from}
     * copies the attributes of a value, adding to collections. A builder is not thread-safe, and
     * can build more than once.
     */
    public static final class Builder extends ImmutablePatrolPost.Builder {
        /** Creates an empty builder. */
        public Builder() {}

        /**
         * Builds the {@link PatrolPost} from the attributes set.
         *
         * @return the new {@code PatrolPost}
         * @throws IllegalStateException if {@code name} or {@code district} is not set; the message
         *     names the type and each attribute not set
         * @throws IllegalArgumentException if the attributes do not make a valid {@code PatrolPost}
         */
        @Override
        public PatrolPost build() {
            return MissingAttributesException.build(PatrolPost.class, super::build);
        }
    }
}
