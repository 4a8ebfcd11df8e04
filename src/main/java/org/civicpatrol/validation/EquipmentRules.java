package org.civicpatrol.validation;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.civicpatrol.equipment.EquipmentIssue;
import org.civicpatrol.equipment.Vehicle;
import org.civicpatrol.equipment.WarningLight;

/** Rules about vehicles' warning lights and the equipment issued to patrols (Rule Arts. 14, 15). */
final class EquipmentRules {

    private EquipmentRules() {}

    // WARNING_LIGHT_COLOUR_NOT_ALLOWED

    static void warningLightsHaveAnAllowedColour(RuleContext c) {
        for (Vehicle v : c.registry().vehicles()) {
            Optional<WarningLight> light = lightInService(c, v);
            if (light.isPresent()
                    && !c.policy().warningLightColours().contains(light.get().colour())) {
                c.report(
                        Subject.of(v.id()),
                        ImmutableList.of(Subject.of(v.patrol())),
                        c.asOf(),
                        Message.of("message")
                                .with("vehicle", v.id())
                                .with("patrol", v.patrol())
                                .with("colour", light.get().colour())
                                .with("allowed", c.policy().warningLightColours()));
            }
        }
    }

    // WARNING_LIGHT_INTENSITY_OUT_OF_RANGE

    static void warningLightsAreWithinTheCandelaRange(RuleContext c) {
        double min = c.policy().minimumCandela();
        double max = c.policy().maximumCandela();
        for (Vehicle v : c.registry().vehicles()) {
            Optional<WarningLight> light = lightInService(c, v);
            if (light.isPresent() && (light.get().candela() < min || light.get().candela() > max)) {
                c.report(
                        Subject.of(v.id()),
                        ImmutableList.of(Subject.of(v.patrol())),
                        c.asOf(),
                        Message.of("message")
                                .with("vehicle", v.id())
                                .with("patrol", v.patrol())
                                .with("candela", light.get().candela())
                                .with("minimum", min)
                                .with("maximum", max));
            }
        }
    }

    private static Optional<WarningLight> lightInService(RuleContext c, Vehicle v) {
        return v.inService().contains(c.asOf()) ? v.warningLight() : Optional.empty();
    }

    // EQUIPMENT_NOT_ALLOWED

    static void onlyAllowedEquipmentIsIssued(RuleContext c) {
        for (EquipmentIssue e : c.registry().equipmentIssues()) {
            if (!e.issuedOn().isAfter(c.asOf())
                    && !c.policy().allowedEquipment().contains(e.kind())) {
                ImmutableList<Subject> related =
                        e.member().map(m -> ImmutableList.of(Subject.of(m))).orElse(ImmutableList.of());
                c.report(
                        Subject.of(e.patrol()),
                        related,
                        e.issuedOn(),
                        Message.of("message")
                                .with("patrol", e.patrol())
                                .with("quantity", e.quantity())
                                .with("kind", e.kind())
                                .with("date", e.issuedOn())
                                .with("allowed", c.policy().allowedEquipment()));
            }
        }
    }
}
