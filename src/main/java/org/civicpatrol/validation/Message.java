package org.civicpatrol.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.Immutable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civicpatrol.geo.DistrictCode;
import org.civicpatrol.geo.DistrictLevel;
import org.civicpatrol.time.DateRange;
import org.joda.money.Money;

/**
 * What a rule reports about a breach: the key of its message text and the facts the text shows,
 * as typed, named arguments.
 *
 * <pre>{@code
 * context.report(Subject.of(patrol.id()), context.asOf(),
 *         Message.of("message").with("patrol", patrol.id()).with("date", context.asOf()));
 * }</pre>
 *
 * <p>The key is relative to the rule: a violation of {@code PATROL_WITHOUT_POST} reported with
 * key {@code message} is rendered from the text {@code PATROL_WITHOUT_POST.message} of the rule's
 * {@link RuleTexts}, in which {@code {patrol}} stands for the argument named {@code patrol}. How
 * each argument is shown depends on the language: a {@link Duration} is {@code 2 h 30 min} in
 * English and {@code 2시간 30분} in Korean (see {@link Violation#message(java.util.Locale)}).
 *
 * <p>An argument is one of these types, or a list of them:
 *
 * <ul>
 *   <li>text ({@link String}): a patrol name, a pattern, a funder's name; never personal data;
 *   <li>numbers: {@link Integer}, {@link Long}, a finite {@link Double} (such as candela);
 *   <li>time: {@link LocalDate}, {@link Year}, {@link DateRange}, {@link Duration}, {@link
 *       Period};
 *   <li>{@link Money};
 *   <li>the library's ids ({@code PatrolId}, {@code MemberId}, …), a {@link Subject}, a {@link
 *       DistrictLevel}, a {@link DistrictCode};
 *   <li>a constant of one of the library's enums, shown by its name in English and by its
 *       {@linkplain org.civicpatrol.text.Labels display name} in Korean.
 * </ul>
 *
 * <p>Arguments keep the order they were added in. Instances are immutable and thread-safe.
 */
@Immutable
public final class Message {

    private static final CharMatcher KEY_CHARACTERS = CharMatcher.inRange('a', 'z')
            .or(CharMatcher.inRange('A', 'Z'))
            .or(CharMatcher.inRange('0', '9'))
            .or(CharMatcher.anyOf("._"));
    private static final CharMatcher NAME_CHARACTERS =
            CharMatcher.inRange('a', 'z').or(CharMatcher.inRange('A', 'Z')).or(CharMatcher.inRange('0', '9'));

    private final String key;

    @SuppressWarnings("Immutable") // every value is checked to be of an immutable type
    private final ImmutableMap<String, Object> arguments;

    private Message(String key, ImmutableMap<String, Object> arguments) {
        this.key = key;
        this.arguments = arguments;
    }

    /**
     * Returns a message without arguments.
     *
     * @param key the key of its text, relative to the rule: letters, digits, dots and
     *     underscores, such as {@code message} or {@code message.joint}
     * @return the message
     * @throws IllegalArgumentException if {@code key} is empty, has other characters, or starts
     *     or ends with a dot
     */
    public static Message of(String key) {
        checkNotNull(key, "key");
        checkArgument(
                !key.isEmpty() && KEY_CHARACTERS.matchesAllOf(key) && !key.startsWith(".") && !key.endsWith("."),
                "a message key is letters, digits, dots and underscores, not starting or ending with a dot: \"%s\"",
                key);
        return new Message(key, ImmutableMap.of());
    }

    /**
     * Returns this message with one more argument.
     *
     * @param name the argument's name, as its text writes it between braces: ASCII letters and
     *     digits, starting with a letter
     * @param value the argument, of one of the types listed in the class comment
     * @return a new message
     * @throws IllegalArgumentException if the name is not letters and digits starting with a
     *     letter, is already used, or the value is not of a type listed
     */
    public Message with(String name, Object value) {
        checkNotNull(name, "name");
        checkNotNull(value, "value");
        checkArgument(
                isName(name), "an argument name is ASCII letters and digits, starting with a letter: \"%s\"", name);
        checkArgument(!arguments.containsKey(name), "argument %s is already set", name);
        Map<String, Object> more = new LinkedHashMap<>(arguments);
        more.put(name, argument(name, value));
        return new Message(key, ImmutableMap.copyOf(more));
    }

    /**
     * Returns the key of the message's text, relative to the rule.
     *
     * @return the key
     */
    public String key() {
        return key;
    }

    /**
     * Returns the arguments by name, in the order added.
     *
     * @return the arguments
     */
    public ImmutableMap<String, Object> arguments() {
        return arguments;
    }

    static boolean isName(String name) {
        return !name.isEmpty()
                && CharMatcher.inRange('a', 'z')
                        .or(CharMatcher.inRange('A', 'Z'))
                        .matches(name.charAt(0))
                && NAME_CHARACTERS.matchesAllOf(name);
    }

    /**
     * Returns {@code value} as an argument: itself, or an immutable copy of a collection.
     *
     * @throws IllegalArgumentException if it is not of an allowed type
     */
    static Object argument(String name, Object value) {
        if (value instanceof Collection<?> values) {
            ImmutableList.Builder<Object> list = ImmutableList.builder();
            for (Object element : values) {
                checkNotNull(element, "argument %s has a null element", name);
                checkArgument(
                        isScalar(element),
                        "argument %s has an element of a type a message cannot show: %s",
                        name,
                        element.getClass().getName());
                list.add(element);
            }
            return list.build();
        }
        checkArgument(
                !(value instanceof Double d) || Double.isFinite(d),
                "argument %s is not a finite number: %s",
                name,
                value);
        checkArgument(
                isScalar(value),
                "argument %s is of a type a message cannot show: %s",
                name,
                value.getClass().getName());
        return value;
    }

    private static boolean isScalar(Object value) {
        return value instanceof String
                || value instanceof Integer
                || value instanceof Long
                || (value instanceof Double d && Double.isFinite(d))
                || value instanceof LocalDate
                || value instanceof Year
                || value instanceof DateRange
                || value instanceof Duration
                || value instanceof Period
                || value instanceof Money
                || value instanceof Subject
                || value instanceof DistrictLevel
                || value instanceof DistrictCode
                || isLibraryEnum(value.getClass())
                || isId(value.getClass());
    }

    static boolean isLibraryEnum(Class<?> type) {
        Class<?> declaring = type.isEnum() ? type : type.getSuperclass();
        return declaring != null
                && declaring.isEnum()
                && isLibraryType(declaring)
                && declaring.getEnclosingClass() == null;
    }

    /** Tells whether {@code type} is one of the library's ids: a record of one {@code String value}. */
    static boolean isId(Class<?> type) {
        return type.isRecord()
                && isLibraryType(type)
                && type.getRecordComponents().length == 1
                && type.getRecordComponents()[0].getType() == String.class
                && type.getSimpleName().endsWith("Id");
    }

    private static boolean isLibraryType(Class<?> type) {
        return type.getPackageName().startsWith("org.civicpatrol.");
    }

    /** Returns the key and arguments: {@code message{patrol=p-1, date=2016-11-29}}. */
    @Override
    public String toString() {
        return key + arguments;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Message m && key.equals(m.key) && arguments.equals(m.arguments);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + arguments.hashCode();
    }
}
