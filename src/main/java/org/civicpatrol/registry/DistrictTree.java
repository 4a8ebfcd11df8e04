package org.civicpatrol.registry;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicpatrol.geo.District;
import org.civicpatrol.geo.DistrictId;

/** The districts and their hierarchy, which may hold cycles; walks cut a cycle where it closes. */
final class DistrictTree {

    private static final Grouping<DistrictId, District> BY_PARENT = Grouping.byOptional(District::parent);

    /** Districts, found by id and by parent. */
    static final Store.Kind<DistrictId, District> KIND =
            Store.Kind.withIds("district", "districts", District::id, BY_PARENT);

    private final Store<DistrictId, District> districts;
    private final Groups<DistrictId, District> childrenByParent;

    DistrictTree(Store<DistrictId, District> districts) {
        this.districts = districts;
        this.childrenByParent = districts.groups(BY_PARENT);
    }

    Store<DistrictId, District> table() {
        return districts;
    }

    ImmutableList<District> childrenOf(DistrictId id) {
        return childrenByParent.get(id);
    }

    /** Returns the district and its descendants, depth first, each once. */
    ImmutableList<District> subtreeOf(DistrictId id) {
        Optional<District> root = districts.get(id);
        if (root.isEmpty()) {
            return ImmutableList.of();
        }
        ImmutableList.Builder<District> result = ImmutableList.builder();
        Set<DistrictId> seen = new HashSet<>();
        Deque<District> stack = new ArrayDeque<>();
        stack.push(root.get());
        while (!stack.isEmpty()) {
            District district = stack.pop();
            if (!seen.add(district.id())) {
                continue;
            }
            result.add(district);
            List<District> children = childrenByParent.get(district.id());
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
        return result.build();
    }

    /** Returns the district and its ancestors, nearest first, each once. */
    ImmutableList<District> ancestryOf(DistrictId id) {
        ImmutableList.Builder<District> result = ImmutableList.builder();
        Set<DistrictId> seen = new HashSet<>();
        Optional<District> current = districts.get(id);
        while (current.isPresent() && seen.add(current.get().id())) {
            result.add(current.get());
            current = current.get().parent().flatMap(districts::get);
        }
        return result.build();
    }
}
