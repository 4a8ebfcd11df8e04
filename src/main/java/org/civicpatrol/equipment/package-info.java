/**
 * Patrol vehicles with their warning lights, and equipment issued to patrols and members.
 *
 * <p>The records here are what the equipment rules are checked against: in Korea, vehicle
 * warning lights must be blue and between 135 and 2,500 candela (Rule Art. 14), and only
 * non-offensive gear such as light batons, flashlights and whistles may be used (Rule Art. 15).
 * Those numbers and lists are policy, applied by validation; the model records what there is.
 *
 * <p>Every type in this package is immutable and thread-safe. A value that exists is valid:
 * values that would be meaningless (a light of zero candela, an issue of no items) are rejected
 * at construction. No method accepts or returns {@code null}; passing {@code null} throws {@link
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
package org.civicpatrol.equipment;

import com.google.errorprone.annotations.CheckReturnValue;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import javax.annotation.processing.Generated;
import org.civicpatrol.internal.MissingAttributesException;
import org.civicpatrol.internal.NullAttributeException;
import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
