package org.civicpatrol.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.Immutable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.civicpatrol.internal.MissingAttributesException;
import org.civicpatrol.internal.TextChecks;
import org.civicpatrol.patrol.FederationId;
import org.civicpatrol.patrol.PatrolId;
import org.immutables.value.Value;

/**
 * One breach of one rule: which rule, how serious, what it concerns, when, and a message, in
 * English ({@link #message()}) and in other languages ({@link #message(Locale)}) from the typed
 * {@linkplain #facts() facts} the rule reported.
 *
 * <p>The message shows the offending values that are not personal data (ids, dates, counts,
 * amounts, candela) and never a name, a birth date, an age, an address or a record fact.
 * {@link #toString()} gives {@code ERROR PATROL_WITHOUT_LEADER patrol p-1 on 2016-11-29: patrol
 * p-1 has no leader among its active members}.
 */
@Value.Immutable
@Immutable
public abstract class Violation {

    Violation() {}

    /**
     * Returns the code of the rule broken.
     *
     * @return the code
     */
    public abstract RuleCode rule();

    /**
     * Returns the severity, after the rule set's overrides.
     *
     * @return the severity
     */
    public abstract Severity severity();

    /**
     * Returns the entity the violation is about: the one to fix.
     *
     * @return the subject
     */
    public abstract Subject subject();

    /**
     * Returns the other entities involved (the second membership of an overlap, the patrol of a
     * stray attendee), in the order the rule gives them.
     *
     * @return the related subjects, possibly none
     */
    public abstract List<Subject> related();

    /**
     * Returns the patrols the violation concerns, so that a police liaison can list a patrol's
     * findings in one call ({@link ValidationReport#about(Subject)}). The validator works them out
     * for every rule alike, from the subject and the related entities:
     *
     * <ul>
     *   <li>a patrol is itself; a membership, its patrol; a vehicle, its patrol; a grant, its
     *       recipient if that is a patrol;
     *   <li>an activity, its organising patrol and its joint patrols;
     *   <li>a member, the patrols of the memberships active on the violation's date, or, if none
     *       is (the member has left, or is not yet appointed), the patrols of all the member's
     *       memberships: a finding about a person is never without a patrol to act on it;
     *   <li>a district, a police unit or a site concerns no patrol by itself.
     * </ul>
     *
     * <p>Entities the registry does not hold give nothing. A violation built by hand has the
     * patrols it is given, none by default.
     *
     * @return the patrols concerned, possibly none
     */
    public abstract Set<PatrolId> patrols();

    /**
     * Returns the federations the violation concerns: a federation subject or related entity, a
     * grant's recipient federation, and the federation of each of {@link #patrols()}.
     *
     * @return the federations concerned, possibly none
     */
    public abstract Set<FederationId> federations();

    /**
     * Returns the date the violation applies to: the date of the fact that breaks the rule, or
     * the validation date for a state that holds on it.
     *
     * @return the date
     */
    public abstract LocalDate date();

    /**
     * Returns the English message, free of personal data.
     *
     * @return the non-blank message
     * @see #message(Locale)
     */
    public abstract String message();

    /**
     * Returns the facts of the breach as the rule reported them: the key of the message's text
     * and its typed arguments. Every built-in rule reports them; a rule that reports a finished
     * English sentence has none.
     *
     * @return the key and arguments, or empty
     */
    public abstract Optional<Message> facts();

    /**
     * Returns the texts the message is rendered from in other languages: the rule's, or {@link
     * RuleTexts#builtIn()} by default. The texts are not part of the violation's value: they are
     * left out of {@link #equals}, {@link #hashCode} and the JSON form.
     *
     * @return the texts
     */
    @Value.Default
    @Value.Auxiliary
    public RuleTexts texts() {
        return RuleTexts.builtIn();
    }

    /**
     * Returns the full key of the message's text: the rule's code, a dot and the key of {@link
     * #facts()}, such as {@code ACTIVITY_REQUESTER_MISMATCH.message.notPolice}.
     *
     * @return the key, or empty without facts
     */
    public final Optional<String> messageKey() {
        return facts().map(f -> f.keyFor(rule()));
    }

    /**
     * Returns the arguments of {@link #facts()} by name, in the order the rule gave them: the ids,
     * dates, counts, durations, amounts and limits the message shows.
     *
     * @return the arguments, possibly none
     */
    public final ImmutableMap<String, Object> arguments() {
        return facts().map(Message::arguments).orElse(ImmutableMap.of());
    }

    /**
     * Returns the message in the language of {@code locale}, rendered from the template {@link
     * #texts()} hold for {@link #messageKey()} in that language and from the {@linkplain
     * #arguments() arguments}; for English, {@link #message()}. The built-in rules have Korean
     * texts: dates stay ISO-8601, while durations, periods and won are written the Korean way
     * ({@code 2시간 30분}, {@code 2년}, {@code 1,000,000원}) and constants by their {@linkplain
     * org.civicpatrol.text.Labels display names}. Where the texts have no template for the key,
     * or the template names an argument the violation does not have, the English message is
     * returned: this method never throws for a locale. Texts a caller supplied are the
     * exception: if a caller's own {@link RuleTexts}, or the function given to {@link
     * RuleTexts#fromBundles}, fails with anything but a missing resource, this method fails with
     * that exception, since it is the caller's code that failed.
     *
     * @param locale the language wanted; the JVM's default locale plays no part
     * @return the message, free of personal data
     */
    public final String message(Locale locale) {
        checkNotNull(locale, "locale");
        Optional<String> key = messageKey();
        if (key.isEmpty() || locale.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return message();
        }
        Message facts = facts().orElseThrow();
        return texts().find(key.get(), locale)
                .flatMap(template -> Templates.render(template, facts::argument, locale))
                .orElse(message());
    }

    @Value.Check
    final void check() {
        checkArgument(
                !TextChecks.isBlank(message()), "violation of %s about %s has a blank message", rule(), subject());
    }

    /**
     * Tells whether the violation concerns {@code subject}: as its subject, as a related one, or,
     * for a patrol or a federation, as one of {@link #patrols()} or {@link #federations()}.
     *
     * @param subject the subject in question
     * @return whether the violation concerns it
     */
    public boolean concerns(Subject subject) {
        checkNotNull(subject, "subject");
        return subject().equals(subject)
                || related().contains(subject)
                || (subject.kind() == SubjectKind.PATROL
                        && patrols().stream().anyMatch(p -> p.value().equals(subject.id())))
                || (subject.kind() == SubjectKind.FEDERATION
                        && federations().stream().anyMatch(f -> f.value().equals(subject.id())));
    }

    /**
     * Returns the severity, rule, subject, date and message: {@code ERROR PATROL_WITHOUT_LEADER
     * patrol p-1 on 2016-11-29: patrol p-1 has no leader among its active members}.
     */
    @Override
    public final String toString() {
        return severity() + " " + rule() + " " + subject() + " on " + date() + ": " + message();
    }

    /**
     * Builds a {@link Violation}.
     *
     * <p>{@code rule}, {@code severity}, {@code subject}, {@code date} and {@code message} must be
     * set; every other attribute is optional, or a collection that starts empty. A method named
     * after an attribute sets it, replacing what was set (for a collection, all its elements); an
     * {@code add} method adds elements; {@code from} copies the attributes of a value, adding to
     * collections. A builder is not thread-safe, and can build more than once.
     */
    public static final class Builder extends ImmutableViolation.Builder {
        /** Creates an empty builder. */
        public Builder() {}

        /**
         * Builds the {@link Violation} from the attributes set.
         *
         * @return the new {@code Violation}
         * @throws IllegalStateException if {@code rule}, {@code severity}, {@code subject}, {@code
         *     date} or {@code message} is not set; the message names the type and each attribute
         *     not set
         * @throws IllegalArgumentException if the attributes do not make a valid {@code Violation}
         */
        @Override
        public Violation build() {
            return MissingAttributesException.build(Violation.class, super::build);
        }
    }
}
