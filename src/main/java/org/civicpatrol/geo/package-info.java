/**
 * Geography: districts in an administrative hierarchy of any depth, their official codes, points
 * on the map, the units of the police, and the public authorities that govern them.
 *
 * <p>The two hierarchies are kept apart. A {@link org.civicpatrol.geo.District} belongs to the
 * administrative hierarchy (in Korea: nation, 시·도, 시·군·구, 읍·면·동), whose levels are data
 * ({@link org.civicpatrol.geo.DistrictLevel}) so that another country's hierarchy, of another
 * depth, is expressed as easily; {@link org.civicpatrol.geo.KoreanDistrictLevels} is the provided
 * Korean convention. A {@link org.civicpatrol.geo.PoliceUnit} belongs to the police hierarchy,
 * whose jurisdictions cut across districts. An {@link org.civicpatrol.geo.Authority} is a
 * government with the district it governs, or a police unit: the bodies that fund patrols and
 * ask them for help.
 *
 * <p>Every type in this package is immutable and thread-safe. A value that exists is valid:
 * values that would be meaningless are rejected at construction. No method accepts or returns
 * {@code null}; passing {@code null} throws {@link NullPointerException}, and an invalid value
 * throws {@link IllegalArgumentException} with a message that names it.
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
package org.civicpatrol.geo;

import com.google.errorprone.annotations.CheckReturnValue;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import javax.annotation.processing.Generated;
import org.civicpatrol.internal.MissingAttributesException;
import org.civicpatrol.internal.NullAttributeException;
import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
