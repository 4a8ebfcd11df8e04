package org.civicpatrol.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static java.util.Objects.requireNonNull;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.Immutable;
import com.google.errorprone.annotations.concurrent.LazyInit;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.Collection;
import org.civicpatrol.geo.DistrictCode;
import org.civicpatrol.geo.DistrictLevel;
import org.civicpatrol.time.DateRange;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

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
    private static final CharMatcher LETTERS = CharMatcher.inRange('a', 'z').or(CharMatcher.inRange('A', 'Z'));
    private static final CharMatcher NAME_CHARACTERS = LETTERS.or(CharMatcher.inRange('0', '9'));

    /** Whether a class's instances may be arguments, worked out once a class. */
    private static final ClassValue<Boolean> SHOWN = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return type == String.class
                    || type == Integer.class
                    || type == Long.class
                    || type == Double.class
                    || type == LocalDate.class
                    || type == Year.class
                    || type == Duration.class
                    || type == Period.class
                    || Money.class.isAssignableFrom(type)
                    || DateRange.class.isAssignableFrom(type)
                    || Subject.class.isAssignableFrom(type)
                    || DistrictLevel.class.isAssignableFrom(type)
                    || DistrictCode.class.isAssignableFrom(type)
                    || isLibraryEnum(type)
                    || isId(type);
        }
    };

    private final String key;

    // A message is a chain: the message before the last argument, and the last argument. Adding
    // an argument allocates one link, however many there are; rules report messages of up to
    // eight arguments, so lookups walk a short chain.
    private final @Nullable Message previous;
    private final @Nullable String name;

    @SuppressWarnings("Immutable") // every value is checked to be of an immutable type
    private final @Nullable Object value;

    private final int size;

    // The arguments as a map, made on the first call of arguments() and kept: a data race at
    // worst makes it twice, and an ImmutableMap is safely published through its final fields.
    @LazyInit
    @SuppressWarnings("Immutable") // set once, to an immutable map equal whoever sets it
    private @Nullable ImmutableMap<String, Object> arguments;

    private Message(String key, @Nullable Message previous, @Nullable String name, @Nullable Object value, int size) {
        this.key = key;
        this.previous = previous;
        this.name = name;
        this.value = value;
        this.size = size;
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
        return new Message(key, null, null, null, 0);
    }

    /**
     * Returns this message with one more argument.
     *
     * @param name the argument's name, as its text writes it between braces: ASCII letters and
     *     digits, starting with a letter
     * @param value the argument, of one of the types listed in the class comment; a collection
     *     is copied into an immutable list
     * @return a new message
     * @throws IllegalArgumentException if the name is not letters and digits starting with a
     *     letter, is already used, or the value is not of a type listed
     */
    public Message with(String name, Object value) {
        checkNotNull(name, "name");
        checkNotNull(value, "value");
        checkArgument(
                isName(name), "an argument name is ASCII letters and digits, starting with a letter: \"%s\"", name);
        checkArgument(argument(name) == null, "argument %s is already set", name);
        return new Message(key, this, name, argument(name, value), size + 1);
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
     * Returns the arguments by name, in the order added. The map is made on the first call and
     * kept: later calls return the same map.
     *
     * @return the arguments
     */
    public ImmutableMap<String, Object> arguments() {
        ImmutableMap<String, Object> known = arguments;
        if (known == null) {
            known = collectArguments();
            arguments = known;
        }
        return known;
    }

    private ImmutableMap<String, Object> collectArguments() {
        if (size == 0) {
            return ImmutableMap.of();
        }
        Message[] links = new Message[size];
        Message link = this;
        for (int i = size - 1; i >= 0; i--) {
            links[i] = link;
            link = requireNonNull(link.previous);
        }
        ImmutableMap.Builder<String, Object> arguments = ImmutableMap.builderWithExpectedSize(size);
        for (Message m : links) {
            arguments.put(requireNonNull(m.name), requireNonNull(m.value));
        }
        return arguments.buildOrThrow();
    }

    /** Returns the full key of this message's text for {@code rule}: {@code CODE.key}. */
    String keyFor(RuleCode rule) {
        return rule.value() + "." + key;
    }

    /** Returns the argument named {@code name}, or null if there is none. */
    @Nullable
    Object argument(String name) {
        for (Message m = this; m != null && m.name != null; m = m.previous) {
            if (m.name.equals(name)) {
                return m.value;
            }
        }
        return null;
    }

    static boolean isName(String name) {
        return !name.isEmpty() && LETTERS.matches(name.charAt(0)) && NAME_CHARACTERS.matchesAllOf(name);
    }

    /**
     * Returns {@code value} as an argument: itself, or an immutable copy of a collection.
     *
     * @throws IllegalArgumentException if it is not of an allowed type
     */
    static Object argument(String name, Object value) {
        if (value instanceof Collection<?> values) {
            ImmutableList.Builder<Object> list = ImmutableList.builderWithExpectedSize(values.size());
            for (Object element : values) {
                checkNotNull(element, "argument %s has a null element", name);
                checkArgument(
                        SHOWN.get(element.getClass()) && !isNonFinite(element),
                        "argument %s has an element of a type a message cannot show: %s",
                        name,
                        element.getClass().getName());
                list.add(element);
            }
            return list.build();
        }
        checkArgument(!isNonFinite(value), "argument %s is not a finite number: %s", name, value);
        checkArgument(
                SHOWN.get(value.getClass()),
                "argument %s is of a type a message cannot show: %s",
                name,
                value.getClass().getName());
        return value;
    }

    private static boolean isNonFinite(Object value) {
        return value instanceof Double d && !Double.isFinite(d);
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
        return key + arguments();
    }

    /** Tells whether {@code other} is a message with the same key and the same arguments in the same order. */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Message m
                && key.equals(m.key)
                && size == m.size
                && arguments()
                        .entrySet()
                        .asList()
                        .equals(m.arguments().entrySet().asList());
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + arguments().hashCode();
    }
}
