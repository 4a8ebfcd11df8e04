/**
 * Funding of patrols and federations: grants, what was spent of them and what was returned.
 *
 * <p>A {@link org.civicpatrol.funding.Grant} is cost support from a public {@linkplain
 * org.civicpatrol.geo.Authority authority} to a patrol or a federation (Act Art. 14; Decree
 * Arts. 2–5). {@linkplain org.civicpatrol.funding.Expenditure Expenditures} and {@linkplain
 * org.civicpatrol.funding.Refund refunds} refer to their grant by id, so that awarded, spent and
 * returned amounts can be told apart.
 *
 * <p>Amounts are Joda-Money {@link org.joda.money.Money}: exact, in the scale of their currency
 * (Korean won has no minor unit, so {@code Money.of(CurrencyUnit.of("KRW"), 0.5)} is rejected by
 * Joda-Money itself), and adding amounts in different currencies throws {@link
 * org.joda.money.CurrencyMismatchException} instead of giving a meaningless sum.
 *
 * <p>Every type in this package is immutable and thread-safe. A value that exists is valid:
 * values that would be meaningless (a grant of zero or a negative amount, a blank legal basis)
 * are rejected at construction, while rules that depend on other entities (a category the
 * recipient may not receive, spending in another currency than the grant's) are left to
 * validation. No method accepts or returns {@code null}; passing {@code null} throws {@link
 * NullPointerException} and an invalid value throws {@link IllegalArgumentException} with a
 * message that names it.
 */
@NullMarked
@CheckReturnValue
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        throwForInvalidImmutableState = MissingAttributesException.class,
        throwForNullPointer = NullAttributeException.class,
        depluralize = true,
        defaults = @Value.Immutable(copy = false),
        allowedClasspathAnnotations = {Generated.class, CanIgnoreReturnValue.class})
package org.civicpatrol.funding;

import com.google.errorprone.annotations.CheckReturnValue;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import javax.annotation.processing.Generated;
import org.civicpatrol.internal.MissingAttributesException;
import org.civicpatrol.internal.NullAttributeException;
import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
