package org.civicpatrol.validation;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.civicpatrol.equipment.EquipmentIssue;
import org.civicpatrol.equipment.Vehicle;
import org.civicpatrol.equipment.WarningLight;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.Membership;
import org.civicpatrol.member.TrainingKind;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.time.DateRange;

/** Rules about training hours and about vehicles' lights and issued equipment. */
final class TrainingAndEquipmentRules {

    private TrainingAndEquipmentRules() {}

    // BASIC_TRAINING_INCOMPLETE

    static void membersCompleteBasicTraining(RuleContext c) {
        Registry r = c.registry();
        for (MemberId member : activeMembers(c)) {
            Optional<LocalDate> first = firstAppointment(r, member, c.asOf());
            if (first.isEmpty()) {
                continue;
            }
            LocalDate due = Texts.plus(first.get(), c.policy().basicTrainingPeriod());
            if (due.isAfter(c.asOf())) {
                continue;
            }
            Duration done = hours(r, member, TrainingKind.BASIC, DateRange.of(first.get(), due));
            if (done.compareTo(c.policy().basicTraining()) < 0) {
                c.report(
                        Subject.of(member),
                        due,
                        "member " + member + " completed " + Texts.hours(done) + " of basic training in the "
                                + Texts.period(c.policy().basicTrainingPeriod()) + " after first appointment on "
                                + first.get() + ", short of "
                                + Texts.hours(c.policy().basicTraining()));
            }
        }
    }

    // IN_SERVICE_TRAINING_INCOMPLETE

    static void membersCompleteInServiceTraining(RuleContext c) {
        Registry r = c.registry();
        if (c.asOf().getYear() == Year.MIN_VALUE) {
            return; // no calendar year before it
        }
        Year year = Year.from(c.asOf()).minusYears(1);
        LocalDate yearStart = year.atDay(1);
        for (MemberId member : activeMembers(c)) {
            Optional<LocalDate> first = firstAppointment(r, member, c.asOf());
            boolean activeAllYear = r.membershipOn(member, yearStart).isPresent();
            if (first.isEmpty()
                    || !activeAllYear
                    || Texts.plus(first.get(), c.policy().basicTrainingPeriod()).isAfter(yearStart)) {
                continue;
            }
            Duration done = hours(r, member, TrainingKind.IN_SERVICE, DateRange.ofYear(year));
            if (done.compareTo(c.policy().inServiceTraining()) < 0) {
                c.report(
                        Subject.of(member),
                        year.atDay(year.length()),
                        "member " + member + " completed " + Texts.hours(done) + " of in-service training in " + year
                                + ", short of " + Texts.hours(c.policy().inServiceTraining()));
            }
        }
    }

    private static Set<MemberId> activeMembers(RuleContext c) {
        Set<MemberId> result = new HashSet<>();
        for (Membership m : c.registry().memberships()) {
            if (m.isActiveOn(c.asOf()) && c.registry().member(m.member()).isPresent()) {
                result.add(m.member());
            }
        }
        return result;
    }

    private static Optional<LocalDate> firstAppointment(Registry r, MemberId member, LocalDate asOf) {
        return r.firstAppointmentOf(member).filter(date -> !date.isAfter(asOf));
    }

    private static Duration hours(Registry r, MemberId member, TrainingKind kind, DateRange period) {
        return r.trainingTimeOf(member, kind, period);
    }

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
                        "vehicle " + v.id() + " of patrol " + v.patrol() + " has a "
                                + light.get().colour() + " warning light; allowed: "
                                + c.policy().warningLightColours());
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
                        "vehicle " + v.id() + " of patrol " + v.patrol() + " has a warning light of "
                                + Texts.candela(light.get().candela()) + ", outside " + Texts.candela(min) + " to "
                                + Texts.candela(max));
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
                        "patrol " + e.patrol() + " was issued " + e.quantity() + " " + e.kind() + " on " + e.issuedOn()
                                + ", which is not allowed equipment");
            }
        }
    }
}
