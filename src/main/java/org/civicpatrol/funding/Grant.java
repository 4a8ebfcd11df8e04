package org.civicpatrol.funding;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.civicpatrol.geo.Authority;
import org.civicpatrol.internal.MissingAttributesException;
import org.civicpatrol.internal.TextChecks;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * Cost support from a public authority to a patrol or a federation: who gave what to whom, for
 * what, in which fiscal year and on which legal basis.
 *
 * <p>Spending and refunds are recorded separately, as {@link Expenditure} and {@link Refund}
 * values that name the grant, so that the amounts awarded, spent and returned can be told apart.
 * Real grants are lumpy (a post, a set of equipment), never a flat rate per member.
 *
 * <pre>{@code
 * Grant grant = new Grant.Builder()
 *         .id(GrantId.of("g-2016-001"))
 *         .funder(Authority.government(
 *                 AuthorityKind.PROVINCIAL_GOVERNMENT, "대전광역시", DistrictId.of("3000000000")))
 *         .recipient(Recipient.of(PatrolId.of("tanbang")))
 *         .category(GrantCategory.POSTS_AND_OFFICES)
 *         .fiscalYear(Year.of(2016))
 *         .amount(Money.ofMajor(CurrencyUnit.of("KRW"), 4_500_000))
 *         .awardedOn(LocalDate.of(2016, 3, 15))
 *         .legalBasis("대전광역시 자율방범대 지원 조례")
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Grant {

    Grant() {}

    /**
     * Returns the identifier of the grant.
     *
     * @return the id
     */
    public abstract GrantId id();

    /**
     * Returns the authority that gives the grant.
     *
     * @return the funder
     */
    public abstract Authority funder();

    /**
     * Returns the patrol or federation that receives the grant.
     *
     * @return the recipient
     */
    public abstract Recipient recipient();

    /**
     * Returns what the grant pays for.
     *
     * @return the category
     */
    public abstract GrantCategory category();

    /**
     * Returns the fiscal year whose budget the grant comes from.
     *
     * @return the fiscal year
     */
    public abstract Year fiscalYear();

    /**
     * Returns the amount awarded.
     *
     * @return a positive amount
     */
    public abstract Money amount();

    /**
     * Returns the date on which the grant was awarded.
     *
     * @return the award date
     */
    public abstract LocalDate awardedOn();

    /**
     * Returns the legal basis of the grant, usually a local ordinance.
     *
     * @return the non-blank legal basis
     */
    public abstract String legalBasis();

    /**
     * Returns what the grant is for in the funder's words, if recorded, such as {@code 초소
     * 개보수}.
     *
     * @return the purpose
     */
    public abstract Optional<String> purpose();

    /**
     * Returns where the grant stands, {@link GrantStatus#AWARDED} unless given.
     *
     * @return the status
     */
    @Value.Default
    public GrantStatus status() {
        return GrantStatus.AWARDED;
    }

    @Value.Check
    final void check() {
        checkArgument(amount().isPositive(), "grant %s must have a positive amount: %s", id(), amount());
        checkArgument(!TextChecks.isBlank(legalBasis()), "grant %s has a blank legal basis", id());
        purpose()
                .ifPresent(
                        purpose -> checkArgument(!TextChecks.isBlank(purpose), "grant %s has a blank purpose", id()));
    }

    /**
     * Builds a {@link Grant}.
     *
     * <p>{@code id}, {@code funder}, {@code recipient}, {@code category}, {@code fiscalYear},
     * {@code amount}, {@code awardedOn} and {@code legalBasis} must be set; {@code status} has a
     * default; every other attribute is optional, or a collection that starts empty. A method named
     * after an attribute sets it, replacing what was set (for a collection, all its elements); an
     * {@code add} method adds elements; {@code from} copies the attributes of a value, adding to
     * collections. A builder is not thread-safe, and can build more than once.
     */
    public static final class Builder extends ImmutableGrant.Builder {
        /** Creates an empty builder. */
        public Builder() {}

        /**
         * Builds the {@link Grant} from the attributes set.
         *
         * @return the new {@code Grant}
         * @throws IllegalStateException if {@code id}, {@code funder}, {@code recipient}, {@code
         *     category}, {@code fiscalYear}, {@code amount}, {@code awardedOn} or {@code
         *     legalBasis} is not set; the message names the type and each attribute not set
         * @throws IllegalArgumentException if the attributes do not make a valid {@code Grant}
         */
        @Override
        public Grant build() {
            return MissingAttributesException.build(Grant.class, super::build);
        }
    }
}
