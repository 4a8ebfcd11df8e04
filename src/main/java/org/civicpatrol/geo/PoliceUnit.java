package org.civicpatrol.geo;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.civicpatrol.internal.MissingAttributesException;
import org.civicpatrol.internal.TextChecks;
import org.immutables.value.Value;

/**
 * A unit of the police: a national or provincial agency, a station, a division or a box.
 *
 * <p>Police jurisdictions cut across administrative districts (Seo-gu in Daejeon is policed by
 * two stations), so a patrol names its competent station directly instead of deriving it from
 * its district.
 */
@Value.Immutable
public abstract class PoliceUnit {

    PoliceUnit() {}

    /**
     * Returns the identifier of the unit.
     *
     * @return the id
     */
    public abstract PoliceUnitId id();

    /**
     * Returns the name of the unit, such as {@code 둔산경찰서}.
     *
     * @return the non-blank name
     */
    public abstract String name();

    /**
     * Returns the kind of the unit.
     *
     * @return the kind
     */
    public abstract PoliceUnitKind kind();

    /**
     * Returns the unit directly above this one, or empty for the top.
     *
     * @return the parent's id, if any
     */
    public abstract Optional<PoliceUnitId> parent();

    @Value.Check
    final void check() {
        checkArgument(!TextChecks.isBlank(name()), "police unit %s has a blank name", id());
        checkArgument(!parent().equals(Optional.of(id())), "police unit %s names itself as its parent", id());
    }

    /**
     * Builds a {@link PoliceUnit}.
     *
     * <p>{@code id}, {@code name} and {@code kind} must be set; every other attribute is optional,
     * or a collection that starts empty. A method named after an attribute sets it, replacing what
     * was set (for a collection, all its elements); an {@code add} method adds elements; {@code
     * from} copies the attributes of a value, adding to collections. A builder is not thread-safe,
     * and can build more than once.
     */
    public static final class Builder extends ImmutablePoliceUnit.Builder {
        /** Creates an empty builder. */
        public Builder() {}

        /**
         * Builds the {@link PoliceUnit} from the attributes set.
         *
         * @return the new {@code PoliceUnit}
         * @throws IllegalStateException if {@code id}, {@code name} or {@code kind} is not set; the
         *     message names the type and each attribute not set
         * @throws IllegalArgumentException if the attributes do not make a valid {@code PoliceUnit}
         */
        @Override
        public PoliceUnit build() {
            return MissingAttributesException.build(PoliceUnit.class, super::build);
        }
    }
}
