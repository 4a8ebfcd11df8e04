/**
 * Validation: the rules a registry should satisfy, checked all at once, with every violation
 * reported and none thrown.
 *
 * <p>A {@link org.civicpatrol.validation.Validator} combines a {@link
 * org.civicpatrol.validation.Policy} (the numbers of a jurisdiction's law: minimum age,
 * complement, look-back windows, candela range; {@link org.civicpatrol.validation.Policy#korea()}
 * gives Korea's) with a {@link org.civicpatrol.validation.RuleSet} (which rules run, at which
 * severity, including rules of the caller's own written against {@link
 * org.civicpatrol.validation.Rule}). {@link
 * org.civicpatrol.validation.Validator#validate(org.civicpatrol.registry.Registry,
 * java.time.LocalDate)} returns a {@link org.civicpatrol.validation.ValidationReport} of {@link
 * org.civicpatrol.validation.Violation}s. {@link org.civicpatrol.validation.BuiltInRules} is the
 * catalogue of the rules this library provides, with their stable codes and legal sources.
 *
 * <p><b>Totality.</b> The built-in rules never throw on a registry that can be built: a
 * dangling reference, a cycle or a mixed currency is a violation, not an exception.
 *
 * <p><b>Personal data.</b> Violation messages name entities by id and show the offending values
 * that are not personal: never a name, a birth date, an age, an address or a record fact.
 *
 * <p>Every type in this package is immutable and thread-safe, except {@link
 * org.civicpatrol.validation.RuleContext}, which a validation run confines to one rule. No
 * method accepts or returns {@code null}; passing {@code null} throws {@link
 * NullPointerException}, and an invalid value throws {@link IllegalArgumentException} with a
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
package org.civicpatrol.validation;

import com.google.errorprone.annotations.CheckReturnValue;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import javax.annotation.processing.Generated;
import org.civicpatrol.internal.MissingAttributesException;
import org.civicpatrol.internal.NullAttributeException;
import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
