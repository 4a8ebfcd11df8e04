/**
 * Patrols, their posts, and the federations that unite them.
 *
 * <p>A {@link org.civicpatrol.patrol.Patrol} (Korea's 자율방범대) is a residents' volunteer unit;
 * in Korean law it exists from its registration report to the competent police station chief,
 * and its {@linkplain org.civicpatrol.patrol.PatrolStatus status} on any date is derived from its
 * dates. A {@link org.civicpatrol.patrol.Federation} unites the patrols of a district, or the
 * federations of a province or of the nation. Other aggregates (districts, police units,
 * federations) are referenced by id, never by object.
 *
 * <p>Every type in this package is immutable and thread-safe. A value that exists is valid:
 * values that would be meaningless are rejected at construction, while rules that depend on
 * other entities (a patrol's complement, a federation's tier) are left to validation. No method
 * accepts or returns {@code null}; passing {@code null} throws {@link NullPointerException}, an
 * invalid value throws {@link IllegalArgumentException} with a message that names it, and a verb
 * applied in the wrong state throws {@link IllegalStateException}.
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
package org.civicpatrol.patrol;

import com.google.errorprone.annotations.CheckReturnValue;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import javax.annotation.processing.Generated;
import org.civicpatrol.internal.MissingAttributesException;
import org.civicpatrol.internal.NullAttributeException;
import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
