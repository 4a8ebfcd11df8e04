package org.civicpatrol.member;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.errorprone.annotations.Immutable;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.time.DateRange;
import org.immutables.value.Value;

/**
 * A district in which a member had an address, residence or place of business, and the dates on
 * which they had it: residence is a dated fact, judged as it was on the day of appointment (Rule
 * Art. 4(1)), so a member who moved after appointment was not wrongly appointed. Personal data:
 * {@link #toString()} shows none of it.
 *
 * <pre>{@code
 * Residence home = Residence.of(DistrictId.of("3017055500"), DateRange.startingOn(LocalDate.of(2001, 5, 1)));
 * }</pre>
 */
@Value.Immutable
@Immutable
public abstract class Residence {

    Residence() {}

    /**
     * Returns the district.
     *
     * @return the district's id
     */
    @Value.Parameter
    public abstract DistrictId district();

    /**
     * Returns the dates on which the member lived or worked there.
     *
     * @return the dates
     */
    @Value.Parameter
    public abstract DateRange dates();

    /**
     * Returns a dated residence or place of business.
     *
     * @param district the district
     * @param dates the dates on which the member lived or worked there
     * @return the residence
     * @throws IllegalArgumentException if {@code dates} is empty
     */
    public static Residence of(DistrictId district, DateRange dates) {
        return ImmutableResidence.of(district, dates);
    }

    @Value.Check
    final void check() {
        // The dates are personal data: the message does not show them.
        checkArgument(!dates().isEmpty(), "a residence must not have an empty period");
    }

    /** Returns {@code Residence{redacted}}: where a member lives is personal data. */
    @Override
    public final String toString() {
        return "Residence{redacted}";
    }
}
