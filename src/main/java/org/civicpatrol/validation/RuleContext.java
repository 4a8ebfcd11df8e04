package org.civicpatrol.validation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.civicpatrol.registry.Registry;

/**
 * What one rule sees during a validation run: the registry, the validation date and the policy,
 * and the place where it reports breaches.
 *
 * <p>The validator creates one context per rule and run; a context is not thread-safe and must
 * not be kept after {@link Rule#check} returns.
 */
public final class RuleContext {

    private final Registry registry;
    private final LocalDate asOf;
    private final Policy policy;
    private final RuleCode rule;
    private final Severity severity;
    private final RuleTexts texts;
    private final RunFacts run;
    private final List<Violation> violations = new ArrayList<>();

    RuleContext(
            Registry registry,
            LocalDate asOf,
            Policy policy,
            RuleCode rule,
            Severity severity,
            RuleTexts texts,
            RunFacts run) {
        this.run = run;
        this.registry = registry;
        this.asOf = asOf;
        this.policy = policy;
        this.rule = rule;
        this.severity = severity;
        this.texts = texts;
    }

    /**
     * Returns the registry under validation.
     *
     * @return the registry
     */
    public Registry registry() {
        return registry;
    }

    /**
     * Returns the validation date: states (who is active, who leads) are judged on it, and facts
     * after it are ignored.
     *
     * @return the date
     */
    public LocalDate asOf() {
        return asOf;
    }

    /** Returns what the built-in rules of this run share: see {@link RunFacts}. */
    RunFacts run() {
        return run;
    }

    /**
     * Returns the policy whose numbers the rule applies.
     *
     * @return the policy
     */
    public Policy policy() {
        return policy;
    }

    /**
     * Reports a breach about {@code subject} alone, with its facts: the violation's English
     * {@link Violation#message() message} is rendered from the rule's English text for the
     * message's key, and other languages from the rule's other texts (see {@link RuleTexts}).
     *
     * @param subject the entity to fix
     * @param date the date the breach applies to
     * @param message the key of the message's text and its arguments, free of personal data
     * @throws IllegalArgumentException if the rule's texts have no English text for the key, or
     *     the text names an argument the message does not have
     */
    public void report(Subject subject, LocalDate date, Message message) {
        report(subject, ImmutableList.of(), date, message);
    }

    /**
     * Reports a breach about {@code subject} that involves {@code related} entities too, with its
     * facts (see {@link #report(Subject, LocalDate, Message)}).
     *
     * @param subject the entity to fix
     * @param related the other entities involved
     * @param date the date the breach applies to
     * @param message the key of the message's text and its arguments, free of personal data
     * @throws IllegalArgumentException if the rule's texts have no English text for the key, or
     *     the text names an argument the message does not have
     */
    public void report(Subject subject, List<Subject> related, LocalDate date, Message message) {
        checkNotNull(subject, "subject");
        checkNotNull(related, "related");
        checkNotNull(date, "date");
        checkNotNull(message, "message");
        String key = message.keyFor(rule);
        String template = texts.find(key, Locale.ENGLISH)
                .orElseThrow(() -> new IllegalArgumentException("rule " + rule + " has no English text " + key));
        String english = Templates.render(template, message::argument, Locale.ENGLISH)
                .orElseThrow(() -> new IllegalArgumentException("the text " + key + " names argument "
                        + Templates.missingArgument(template, message::argument).orElse("?")
                        + ", which the message does not have"));
        add(subject, related, date, english, Optional.of(message));
    }

    /**
     * Reports a breach about {@code subject} alone, as a finished English sentence that no other
     * language can render; {@link #report(Subject, LocalDate, Message)} reports the facts.
     *
     * @param subject the entity to fix
     * @param date the date the breach applies to
     * @param message an English message free of personal data
     * @throws IllegalArgumentException if {@code message} is blank
     */
    public void report(Subject subject, LocalDate date, String message) {
        report(subject, ImmutableList.of(), date, message);
    }

    /**
     * Reports a breach about {@code subject} that involves {@code related} entities too. The
     * violation's {@linkplain Violation#patrols() patrols} and {@linkplain Violation#federations()
     * federations} are worked out from them, as for every rule.
     *
     * @param subject the entity to fix
     * @param related the other entities involved
     * @param date the date the breach applies to
     * @param message an English message free of personal data
     * @throws IllegalArgumentException if {@code message} is blank
     */
    public void report(Subject subject, List<Subject> related, LocalDate date, String message) {
        add(subject, related, date, checkNotNull(message, "message"), Optional.empty());
    }

    private void add(Subject subject, List<Subject> related, LocalDate date, String message, Optional<Message> facts) {
        checkNotNull(subject, "subject");
        checkNotNull(related, "related");
        checkNotNull(date, "date");
        Concerned concerned = Concerned.of(registry, subject, related, date);
        violations.add(new Violation.Builder()
                .rule(rule)
                .severity(severity)
                .subject(subject)
                .addAllRelated(related)
                .date(date)
                .message(message)
                .facts(facts)
                .texts(texts)
                .patrols(concerned.patrols())
                .federations(concerned.federations())
                .build());
    }

    List<Violation> violations() {
        return violations;
    }
}
