package org.civicpatrol.geo;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;
import org.civicpatrol.internal.MissingAttributesException;
import org.civicpatrol.internal.TextChecks;
import org.civicpatrol.time.DateRange;
import org.immutables.value.Value;

/**
 * An administrative district: a node of a hierarchy of any depth, such as Daejeon, its Seo-gu or
 * Seo-gu's Tanbang-dong.
 *
 * <p>A district names its parent by id, so that a registry can hold a whole hierarchy, and
 * report a dangling or cyclic one through validation. Districts are created, split, merged and
 * abolished: the {@linkplain #validity() validity} says when the district existed, and a
 * district that was re-coded is a new district. Build one with {@link Builder}:
 *
 * <pre>{@code
 * District tanbang = new District.Builder()
 *         .id(DistrictId.of("3017055500"))
 *         .name("탄방동")
 *         .level(KoreanDistrictLevels.NEIGHBOURHOOD)
 *         .parent(DistrictId.of("3017000000"))
 *         .code(KoreanAdministrativeCode.of("3017055500").toDistrictCode())
 *         .validity(DateRange.startingOn(LocalDate.of(1995, 1, 1)))
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class District {

    District() {}

    /**
     * Returns the identifier of the district.
     *
     * @return the id
     */
    public abstract DistrictId id();

    /**
     * Returns the official name, such as {@code 탄방동}.
     *
     * @return the non-blank name
     */
    public abstract String name();

    /**
     * Returns the level of the district in its hierarchy.
     *
     * @return the level
     */
    public abstract DistrictLevel level();

    /**
     * Returns the district directly above this one, or empty for the top of a hierarchy.
     *
     * @return the parent's id, if any
     */
    public abstract Optional<DistrictId> parent();

    /**
     * Returns the official code of the district, if it has one.
     *
     * @return the code, qualified by its code system
     */
    public abstract Optional<DistrictCode> code();

    /**
     * Returns the dates on which the district existed; unbounded by default.
     *
     * @return the validity period, from creation to abolition
     */
    @Value.Default
    public DateRange validity() {
        return DateRange.always();
    }

    @Value.Check
    final void check() {
        checkArgument(!TextChecks.isBlank(name()), "district %s has a blank name", id());
        checkArgument(!parent().equals(Optional.of(id())), "district %s names itself as its parent", id());
        checkArgument(!validity().isEmpty(), "district %s has an empty validity: %s", id(), validity());
    }

    /**
     * Returns whether the district existed on {@code date}.
     *
     * @param date the date
     * @return true if {@code date} is within the validity period
     */
    public boolean isValidOn(LocalDate date) {
        return validity().contains(date);
    }

    /**
     * Builds a {@link District}.
     *
     * <p>{@code id}, {@code name} and {@code level} must be set; {@code validity} has a default;
     * every other attribute is optional, or a collection that starts empty. A method named after an
     * attribute sets it, replacing what was set (for a collection, all its elements); an {@code
     * add} method adds elements; {@code from} copies the attributes of a value, adding to
     * collections. A builder is not thread-safe, and can build more than once.
     */
    public static final class Builder extends ImmutableDistrict.Builder {
        /** Creates an empty builder. */
        public Builder() {}

        /**
         * Builds the {@link District} from the attributes set.
         *
         * @return the new {@code District}
         * @throws IllegalStateException if {@code id}, {@code name} or {@code level} is not set;
         *     the message names the type and each attribute not set
         * @throws IllegalArgumentException if the attributes do not make a valid {@code District}
         */
        @Override
        public District build() {
            return MissingAttributesException.build(District.class, super::build);
        }
    }
}
