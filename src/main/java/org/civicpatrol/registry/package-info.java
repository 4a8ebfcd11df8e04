/**
 * The registry: one immutable snapshot of a patrol network, keyed by id and indexed once for
 * the lookups that validation and reporting need.
 *
 * <p>A {@link org.civicpatrol.registry.Registry} holds real data as it is, imperfections
 * included (dangling references, overlapping memberships, a patrol below its complement), so
 * that validation can report them; only what would make the snapshot itself meaningless, two
 * entities of one kind with the same id, is rejected when it is built. Lookups over a period
 * (activities of a patrol, of a member, covering a district or a site) answer by date, from
 * indexes sorted by date.
 *
 * <p>A registry is changed by {@link org.civicpatrol.registry.Registry#change()}, which gives a
 * new registry that shares with the old one everything the change did not touch; the old one
 * stays as it was.
 *
 * <p>Registries are immutable and thread-safe; a {@link org.civicpatrol.registry.Registry.Builder}
 * or a {@link org.civicpatrol.registry.Registry.Change} is not thread-safe, and the registries it
 * makes are. No method accepts or returns {@code null}; passing {@code null} throws {@link
 * NullPointerException}.
 */
@NullMarked
@CheckReturnValue
package org.civicpatrol.registry;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
