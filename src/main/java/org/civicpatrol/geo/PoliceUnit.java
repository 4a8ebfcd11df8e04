package org.civicpatrol.geo;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
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

    /** Builds a {@link PoliceUnit}; every attribute without a default must be set. */
    public static final class Builder extends ImmutablePoliceUnit.Builder {
        /** Creates an empty builder. */
        public Builder() {}
    }
}
