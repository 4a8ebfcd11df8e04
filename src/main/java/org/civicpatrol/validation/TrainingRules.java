package org.civicpatrol.validation;

import java.time.Year;
import org.civicpatrol.member.TrainingKind;
import org.civicpatrol.member.TrainingObligation;
import org.civicpatrol.registry.Registry;

/**
 * Rules about members' training (Act Art. 10; Rule Art. 17). What a member owes and has done is
 * judged once, by {@link Registry#trainingObligationsOf}; these rules report the obligations not
 * met, and the training summaries count the same obligations.
 */
final class TrainingRules {

    private TrainingRules() {}

    // BASIC_TRAINING_INCOMPLETE

    static void membersCompleteBasicTraining(RuleContext c) {
        reportUnmet(c, TrainingKind.BASIC);
    }

    // IN_SERVICE_TRAINING_INCOMPLETE

    static void membersCompleteInServiceTraining(RuleContext c) {
        reportUnmet(c, TrainingKind.IN_SERVICE);
    }

    private static void reportUnmet(RuleContext c, TrainingKind kind) {
        for (TrainingObligation owed : c.run().trainingObligations(c.policy().trainingRequirement())) {
            if (owed.kind() == kind && !owed.isMet()) {
                report(c, owed);
            }
        }
    }

    private static void report(RuleContext c, TrainingObligation owed) {
        if (owed.kind() == TrainingKind.BASIC) {
            c.report(
                    Subject.of(owed.member()),
                    owed.period().end(),
                    Message.of("message")
                            .with("member", owed.member())
                            .with("completed", owed.completed())
                            .with("period", c.policy().trainingRequirement().basicPeriod())
                            .with("appointed", owed.period().start())
                            .with("required", owed.required()));
        } else {
            Year year = Year.from(owed.period().start());
            c.report(
                    Subject.of(owed.member()),
                    owed.period().end().minusDays(1),
                    Message.of("message")
                            .with("member", owed.member())
                            .with("completed", owed.completed())
                            .with("year", year)
                            .with("required", owed.required()));
        }
    }
}
