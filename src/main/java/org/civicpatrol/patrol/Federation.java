package org.civicpatrol.patrol;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.time.LocalDate;
import java.util.Optional;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.internal.MissingAttributesException;
import org.civicpatrol.internal.TextChecks;
import org.civicpatrol.time.DateRange;
import org.immutables.value.Value;

/**
 * A federation of patrols (Korea's 자율방범연합대, 연합회 or 중앙회): its tier, territory and parent.
 *
 * <p>A district federation unites the patrols of one city, county or district; a provincial one
 * unites the district federations of a province; the national body unites them all (Act Art. 12).
 * Patrols name their federation, and a federation names its parent, by id. Its officers are
 * appointments of members, held by the registry.
 */
@Value.Immutable
public abstract class Federation {

    Federation() {}

    /**
     * Returns the identifier of the federation.
     *
     * @return the id
     */
    public abstract FederationId id();

    /**
     * Returns the official name, such as {@code 서구 자율방범연합대}.
     *
     * @return the non-blank name
     */
    public abstract String name();

    /**
     * Returns the tier of the federation.
     *
     * @return national, provincial or district
     */
    public abstract FederationTier tier();

    /**
     * Returns the district whose patrols or federations this federation unites.
     *
     * @return the territory's id
     */
    public abstract DistrictId territory();

    /**
     * Returns the federation directly above this one, or empty for the top.
     *
     * @return the parent's id, if any
     */
    public abstract Optional<FederationId> parent();

    /**
     * Returns the date on which the federation was founded, if known.
     *
     * @return the founding date
     */
    public abstract Optional<LocalDate> foundedOn();

    /**
     * Returns the date on which the federation was dissolved, if it has been.
     *
     * @return the dissolution date, the first date on which it no longer exists
     */
    public abstract Optional<LocalDate> dissolvedOn();

    @Value.Check
    final void check() {
        checkArgument(!TextChecks.isBlank(name()), "federation %s has a blank name", id());
        checkArgument(!parent().equals(Optional.of(id())), "federation %s names itself as its parent", id());
        foundedOn()
                .ifPresent(founded -> dissolvedOn()
                        .ifPresent(dissolved -> checkArgument(
                                !dissolved.isBefore(founded),
                                "federation %s is dissolved (%s) before it is founded (%s)",
                                id(),
                                dissolved,
                                founded)));
    }

    /**
     * Returns the dates on which the federation exists; the start is unbounded if the founding
     * date is unknown.
     *
     * @return the life of the federation
     */
    public DateRange life() {
        LocalDate start = foundedOn().orElse(LocalDate.MIN);
        return DateRange.of(start, dissolvedOn().orElse(LocalDate.MAX));
    }

    /**
     * Returns whether the federation exists on {@code date}.
     *
     * @param date the date
     * @return true if {@code date} is within its life
     */
    public boolean existsOn(LocalDate date) {
        return life().contains(date);
    }

    /**
     * Returns this federation dissolved on {@code date}.
     *
     * @param date the dissolution date
     * @return the dissolved federation
     * @throws IllegalStateException if the federation is already dissolved
     * @throws IllegalArgumentException if {@code date} is before its founding
     */
    public Federation dissolvedOn(LocalDate date) {
        checkState(
                dissolvedOn().isEmpty(),
                "federation %s is already dissolved (on %s)",
                id(),
                dissolvedOn().orElse(null));
        return new Builder().from(this).dissolvedOn(date).build();
    }

    /**
     * Returns this federation under another name.
     *
     * @param name the new name
     * @return the renamed federation
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public Federation renamed(String name) {
        checkNotNull(name, "name");
        return new Builder().from(this).name(name).build();
    }

    /**
     * Builds a {@link Federation}.
     *
     * <p>{@code id}, {@code name}, {@code tier} and {@code territory} must be set; every other
     * attribute is optional, or a collection that starts empty. A method named after an attribute
     * sets it, replacing what was set (for a collection, all its elements); an {@code add} method
     * adds elements; {@code from} copies the attributes of a value, adding to collections. A
     * builder is not thread-safe, and can build more than once.
     */
    public static final class Builder extends ImmutableFederation.Builder {
        /** Creates an empty builder. */
        public Builder() {}

        /**
         * Builds the {@link Federation} from the attributes set.
         *
         * @return the new {@code Federation}
         * @throws IllegalStateException if {@code id}, {@code name}, {@code tier} or {@code
         *     territory} is not set; the message names the type and each attribute not set
         * @throws IllegalArgumentException if the attributes do not make a valid {@code Federation}
         */
        @Override
        public Federation build() {
            return MissingAttributesException.build(Federation.class, super::build);
        }
    }
}
