package org.civicpatrol.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.Immutable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One node of a roll-up: a district, federation or police unit, its depth below the roll-up's
 * root, and the summary of every patrol at or below it.
 *
 * @param <T> the kind of node
 */
@Immutable(containerOf = "T")
public final class Node<T> {

    private final T entity;
    private final int depth;
    private final Summary summary;

    Node(T entity, int depth, Summary summary) {
        this.entity = checkNotNull(entity, "entity");
        this.depth = depth;
        this.summary = checkNotNull(summary, "summary");
    }

    /**
     * Returns the district, federation or police unit.
     *
     * @return the entity
     */
    public T entity() {
        return entity;
    }

    /**
     * Returns the depth below the roll-up's root: 0 for the root, 1 for its children, and so on.
     *
     * @return the depth
     */
    public int depth() {
        return depth;
    }

    /**
     * Returns the summary of every patrol at or below the node, each patrol and member counted
     * once.
     *
     * @return the summary
     */
    public Summary summary() {
        return summary;
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof Node<?> o && depth == o.depth && entity.equals(o.entity) && summary.equals(o.summary);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entity, depth, summary);
    }

    /** Returns the entity, the depth and the summary's counts. */
    @Override
    public String toString() {
        return "Node{" + entity + ", depth=" + depth + ", " + summary + "}";
    }
}
