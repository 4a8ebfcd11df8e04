package org.civicpatrol.member;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.internal.MissingAttributesException;
import org.civicpatrol.internal.TextChecks;
import org.immutables.value.Value;

/**
 * A person who is, was or may become a member of a patrol.
 *
 * <p>Everything but the id is personal data: {@link #toString()} shows the id only, and no
 * message of this library shows more. Appointments to patrols are {@link Membership}s, which
 * name the member by id.
 *
 * <pre>{@code
 * Member member = new Member.Builder()
 *         .id(MemberId.of("m-0001"))
 *         .name("Sample Person 0001")
 *         .birthDate(LocalDate.of(1958, 4, 2))
 *         .sex(Sex.MALE)
 *         .addResidenceOrBusinessDistrict(DistrictId.of("3017055500"))
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Member {

    Member() {}

    /**
     * Returns the identifier of the member.
     *
     * @return the id
     */
    public abstract MemberId id();

    /**
     * Returns the member's name. Personal data.
     *
     * @return the non-blank name
     */
    @Value.Redacted
    public abstract String name();

    /**
     * Returns the member's date of birth, if recorded. Personal data.
     *
     * @return the birth date
     */
    @Value.Redacted
    public abstract Optional<LocalDate> birthDate();

    /**
     * Returns the member's sex, if recorded. Personal data.
     *
     * @return the sex
     */
    @Value.Redacted
    public abstract Optional<Sex> sex();

    /**
     * Returns the districts in which the member has an address, residence or place of business,
     * which decide the patrols they may join (Rule Art. 4(1)). Personal data.
     *
     * @return the districts, possibly none if unrecorded
     */
    @Value.Redacted
    public abstract Set<DistrictId> residenceOrBusinessDistricts();

    /**
     * Returns the districts in which the member had an address, residence or place of business,
     * each with its dates, where the record keeps them (Rule Art. 4(1)). Personal data.
     *
     * @return the dated residences, possibly none
     */
    @Value.Redacted
    public abstract List<Residence> residences();

    /**
     * Returns the districts in which the member had an address, residence or place of business on
     * {@code date}: the {@linkplain #residenceOrBusinessDistricts() undated ones}, which hold on
     * every date, and the {@linkplain #residences() dated ones} whose dates contain it.
     *
     * @param date the date, such as the day of an appointment
     * @return the districts, possibly none
     */
    public ImmutableSet<DistrictId> residenceOrBusinessDistrictsOn(LocalDate date) {
        checkNotNull(date, "date");
        ImmutableSet.Builder<DistrictId> result = ImmutableSet.builder();
        result.addAll(residenceOrBusinessDistricts());
        for (Residence residence : residences()) {
            if (residence.dates().contains(date)) {
                result.add(residence.district());
            }
        }
        return result.build();
    }

    /**
     * Returns the recorded facts that may disqualify the member (Korea: Act Art. 5), for
     * validation to weigh against the dates of their appointments. Personal data of the most
     * sensitive kind: record only what the jurisdiction's rules need.
     *
     * @return the facts, possibly none
     */
    @Value.Redacted
    public abstract List<Disqualification> disqualifications();

    @Value.Check
    final void check() {
        checkArgument(!TextChecks.isBlank(name()), "member %s has a blank name", id());
    }

    /**
     * Returns the member's age in whole years on {@code date}.
     *
     * @param date the date
     * @return the age, or empty if the birth date is unrecorded or after {@code date}
     */
    public OptionalInt ageOn(LocalDate date) {
        checkNotNull(date, "date");
        if (birthDate().isEmpty() || birthDate().get().isAfter(date)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Period.between(birthDate().get(), date).getYears());
    }

    /**
     * Builds a {@link Member}.
     *
     * <p>{@code id} and {@code name} must be set; every other attribute is optional, or a
     * collection that starts empty. A method named after an attribute sets it, replacing what was
     * set (for a collection, all its elements); an {@code add} method adds elements; {@code from}
     * copies the attributes of a value, adding to collections. A builder is not thread-safe, and
     * can build more than once.
     */
    public static final class Builder extends ImmutableMember.Builder {
        /** Creates an empty builder. */
        public Builder() {}

        /**
         * Builds the {@link Member} from the attributes set.
         *
         * @return the new {@code Member}
         * @throws IllegalStateException if {@code id} or {@code name} is not set; the message names
         *     the type and each attribute not set
         * @throws IllegalArgumentException if the attributes do not make a valid {@code Member}
         */
        @Override
        public Member build() {
            return MissingAttributesException.build(Member.class, super::build);
        }
    }
}
