/**
 * Activities of patrols, the attendance of their members, and the sites they cover.
 *
 * <p>An {@link org.civicpatrol.activity.Activity} is one outing or other statutory activity of a
 * patrol (Act Art. 7), spanning an interval of instants in a time zone, so that a night patrol
 * that crosses midnight or a change of daylight-saving time has one local date and an exact
 * duration. Members take part with an {@linkplain org.civicpatrol.activity.AttendanceStatus
 * attendance status}; guests (officials, police officers) take part without being members and
 * carry no personal data. A {@link org.civicpatrol.activity.Site} is a named place in a district
 * that patrols watch, with the concerns that make it worth watching.
 *
 * <p>Every type in this package is immutable and thread-safe. A value that exists is valid:
 * values that would be meaningless (an activity that ends before it starts, a member listed twice
 * in one activity) are rejected at construction, while rules that depend on other entities (a
 * participant who is not a member of the patrol on that date) are left to validation. No method
 * accepts or returns {@code null}; passing {@code null} throws {@link NullPointerException} and
 * an invalid value throws {@link IllegalArgumentException} with a message that names it.
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
package org.civicpatrol.activity;

import com.google.errorprone.annotations.CheckReturnValue;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import javax.annotation.processing.Generated;
import org.civicpatrol.internal.MissingAttributesException;
import org.civicpatrol.internal.NullAttributeException;
import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
