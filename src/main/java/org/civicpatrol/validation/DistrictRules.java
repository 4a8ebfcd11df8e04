package org.civicpatrol.validation;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicpatrol.geo.District;
import org.civicpatrol.geo.DistrictCode;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.geo.KoreanAdministrativeCode;
import org.civicpatrol.geo.KoreanDistrictLevels;
import org.civicpatrol.registry.Registry;

/** Rules about the district hierarchy: no cycles, descending levels, consistent codes and validity. */
final class DistrictRules {

    private DistrictRules() {}

    // DISTRICT_HIERARCHY_CYCLE

    static void districtHierarchyIsAcyclic(RuleContext c) {
        Registry r = c.registry();
        // 0 or absent: unvisited; 1: on the current path; 2: done.
        Map<DistrictId, Integer> state = new HashMap<>();
        for (District start : r.districts()) {
            List<DistrictId> path = new ArrayList<>();
            Optional<District> current = Optional.of(start);
            while (current.isPresent() && state.getOrDefault(current.get().id(), 0) == 0) {
                DistrictId id = current.get().id();
                state.put(id, 1);
                path.add(id);
                current = current.get().parent().flatMap(r::district);
            }
            if (current.isPresent() && state.getOrDefault(current.get().id(), 0) == 1) {
                List<DistrictId> cycle = path.subList(path.indexOf(current.get().id()), path.size());
                DistrictId first = cycle.stream()
                        .min(Comparator.comparing(DistrictId::toString))
                        .orElseThrow();
                List<Subject> others = new ArrayList<>();
                for (DistrictId id : cycle) {
                    if (!id.equals(first)) {
                        others.add(Subject.of(id));
                    }
                }
                c.report(
                        Subject.of(first),
                        others,
                        c.asOf(),
                        Message.of("message").with("district", first).with("cycle", cycle));
            }
            path.forEach(id -> state.put(id, 2));
        }
    }

    // DISTRICT_LEVEL_NOT_BELOW_PARENT

    static void districtLevelsDescend(RuleContext c) {
        Registry r = c.registry();
        for (District d : r.districts()) {
            d.parent().flatMap(r::district).ifPresent(parent -> {
                if (!parent.level().isAbove(d.level())) {
                    c.report(
                            Subject.of(d.id()),
                            ImmutableList.of(Subject.of(parent.id())),
                            c.asOf(),
                            Message.of("message")
                                    .with("district", d.id())
                                    .with("level", d.level())
                                    .with("parent", parent.id())
                                    .with("parentLevel", parent.level()));
                }
            });
        }
    }

    // DISTRICT_CODE_INCONSISTENT

    static void districtCodesAreConsistent(RuleContext c) {
        Registry r = c.registry();
        for (District d : r.districts()) {
            if (d.code().isEmpty()) {
                continue;
            }
            DistrictCode code = d.code().get();
            Optional<KoreanAdministrativeCode> korean = korean(code);
            if (code.isOf(KoreanAdministrativeCode.SYSTEM)) {
                if (korean.isEmpty()) {
                    c.report(
                            Subject.of(d.id()),
                            c.asOf(),
                            Message.of("message.invalid")
                                    .with("district", d.id())
                                    .with("code", code));
                    continue;
                }
                if (!korean.get().level().equals(d.level()) && !isAdministrativeDistrictCode(korean.get(), d)) {
                    c.report(
                            Subject.of(d.id()),
                            c.asOf(),
                            Message.of("message.level")
                                    .with("district", d.id())
                                    .with("level", d.level())
                                    .with("code", code)
                                    .with("codeLevel", korean.get().level()));
                }
            }
            Optional<District> parent = d.parent().flatMap(r::district);
            if (parent.isEmpty() || parent.get().code().isEmpty()) {
                continue;
            }
            DistrictCode parentCode = parent.get().code().get();
            Subject subject = Subject.of(d.id());
            ImmutableList<Subject> related =
                    ImmutableList.of(Subject.of(parent.get().id()));
            if (!parentCode.system().equals(code.system())) {
                c.report(
                        subject,
                        related,
                        c.asOf(),
                        Message.of("message.system")
                                .with("district", d.id())
                                .with("code", code)
                                .with("parent", parent.get().id())
                                .with("parentCode", parentCode));
            } else if (korean.isPresent()) {
                Optional<KoreanAdministrativeCode> parentKorean = korean(parentCode);
                if (parentKorean.isPresent()
                        && !korean.get().parent().equals(parentKorean)
                        && !(isAdministrativeDistrictCode(korean.get(), d)
                                && korean.get().cityCode().equals(parentKorean))) {
                    c.report(
                            subject,
                            related,
                            c.asOf(),
                            Message.of("message.notUnder")
                                    .with("district", d.id())
                                    .with("code", code)
                                    .with("parent", parent.get().id())
                                    .with("parentCode", parentCode));
                }
            }
        }
    }

    /**
     * Whether {@code d} is an administrative district (a non-autonomous gu under its city, or one of
     * Jeju's administrative cities under the province) with a municipality code, as such districts
     * are coded.
     */
    private static boolean isAdministrativeDistrictCode(KoreanAdministrativeCode code, District d) {
        return d.level().equals(KoreanDistrictLevels.ADMINISTRATIVE_DISTRICT) && code.isMunicipality();
    }

    private static Optional<KoreanAdministrativeCode> korean(DistrictCode code) {
        if (!code.isOf(KoreanAdministrativeCode.SYSTEM)) {
            return Optional.empty();
        }
        try {
            return Optional.of(KoreanAdministrativeCode.from(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    // DISTRICT_VALIDITY_OUTSIDE_PARENT

    static void districtValidityIsInsideParent(RuleContext c) {
        Registry r = c.registry();
        for (District d : r.districts()) {
            d.parent().flatMap(r::district).ifPresent(parent -> {
                if (!parent.validity().encloses(d.validity())) {
                    c.report(
                            Subject.of(d.id()),
                            ImmutableList.of(Subject.of(parent.id())),
                            d.validity().isUnboundedStart()
                                    ? c.asOf()
                                    : d.validity().start(),
                            Message.of("message")
                                    .with("district", d.id())
                                    .with("validity", d.validity())
                                    .with("parent", parent.id())
                                    .with("parentValidity", parent.validity()));
                }
            });
        }
    }
}
