/**
 * People and their appointments: members, memberships with their status history and roles, the
 * officers of federations, and members' training.
 *
 * <p>A {@link org.civicpatrol.member.Member} is a person; a {@link
 * org.civicpatrol.member.Membership} is that person's appointment (Korea's 위촉) to one patrol,
 * with a dated history (recommended, appointed, then dismissed or resigned) and dated roles
 * (leader, deputy, secretary). History is kept after a member leaves, because certificates of
 * service are issued to former members. A {@link org.civicpatrol.member.FederationOfficer} is a
 * member's term in an office of a federation. A {@link org.civicpatrol.member.TrainingRecord} is
 * one training session a member attended. A {@link org.civicpatrol.member.Disqualification} is
 * the minimal record of a fact that may disqualify a member (its kind and period), for validation
 * to apply a jurisdiction's rules.
 *
 * <p><b>Personal data.</b> Names, birth dates, sex, places of residence, disqualifications and
 * reasons for leaving are personal data: they never appear in {@code toString()} or in exception
 * messages, which name members by id only.
 *
 * <p>Every type in this package is immutable and thread-safe. A value that exists is valid:
 * values that would be meaningless are rejected at construction, while rules that depend on
 * other entities (one patrol at a time, minimum age) are left to validation. No method accepts
 * or returns {@code null}; passing {@code null} throws {@link NullPointerException}, an invalid
 * value throws {@link IllegalArgumentException} with a message that names it, and a verb applied
 * in the wrong state throws {@link IllegalStateException}.
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
package org.civicpatrol.member;

import com.google.errorprone.annotations.CheckReturnValue;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import javax.annotation.processing.Generated;
import org.civicpatrol.internal.MissingAttributesException;
import org.civicpatrol.internal.NullAttributeException;
import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
