package org.civicpatrol.validation;

import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.civicpatrol.geo.DistrictLevel;
import org.civicpatrol.text.Labels;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * Renders the templates of {@link RuleTexts}: {@code {name}} is replaced by the argument of that
 * name, shown for the language; {@code {name,ordinal}} and {@code {name,name}} choose a style.
 * Braces that do not hold an argument name (and a style) are text.
 */
final class Templates {

    private static final Set<String> STYLES = ImmutableSet.of("ordinal", "name");

    private Templates() {}

    /** One placeholder of a template: the argument's name and the style, possibly empty. */
    record Placeholder(String name, String style) {}

    /** The arguments a template is rendered with, by name. */
    @FunctionalInterface
    interface Arguments {
        /** Returns the argument named {@code name}, or null if there is none. */
        @Nullable
        Object get(String name);
    }

    /**
     * A template cut at its placeholders: {@code texts[i]} comes before {@code placeholders[i]},
     * and the last text after the last placeholder.
     */
    private static final class Parsed {
        final String[] texts;
        final Placeholder[] placeholders;

        Parsed(List<String> texts, List<Placeholder> placeholders) {
            this.texts = texts.toArray(new String[0]);
            this.placeholders = placeholders.toArray(new Placeholder[0]);
        }
    }

    /** Templates parsed once; texts come from a few bundles, so the cache stays small. */
    private static final ConcurrentHashMap<String, Parsed> PARSED = new ConcurrentHashMap<>();

    private static final int MAXIMUM_CACHED = 10_000;

    private static Parsed parsed(String template) {
        Parsed parsed = PARSED.get(template);
        if (parsed == null) {
            parsed = parse(template);
            if (PARSED.size() < MAXIMUM_CACHED) {
                PARSED.putIfAbsent(template, parsed);
            }
        }
        return parsed;
    }

    private static Parsed parse(String template) {
        List<String> texts = new ArrayList<>();
        List<Placeholder> placeholders = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int from = 0;
        while (true) {
            int open = template.indexOf('{', from);
            if (open < 0) {
                texts.add(text.append(template, from, template.length()).toString());
                return new Parsed(texts, placeholders);
            }
            Optional<Placeholder> placeholder = placeholderAt(template, open);
            if (placeholder.isEmpty()) {
                text.append(template, from, open + 1);
                from = open + 1;
                continue;
            }
            texts.add(text.append(template, from, open).toString());
            text.setLength(0);
            placeholders.add(placeholder.get());
            from = template.indexOf('}', open) + 1;
        }
    }

    /** Returns the placeholders of {@code template}, in order, parsing it afresh. */
    static List<Placeholder> placeholders(String template) {
        return List.of(parse(template).placeholders);
    }

    /** Returns the texts between the placeholders of {@code template}, parsing it afresh. */
    static List<String> texts(String template) {
        return List.of(parse(template).texts);
    }

    /** Returns the name of the first argument {@code template} needs and {@code arguments} lacks. */
    static Optional<String> missingArgument(String template, Arguments arguments) {
        for (Placeholder p : parsed(template).placeholders) {
            if (arguments.get(p.name()) == null) {
                return Optional.of(p.name());
            }
        }
        return Optional.empty();
    }

    /**
     * Returns {@code template} with its placeholders replaced, or empty if it names an argument
     * {@code arguments} does not have.
     */
    static Optional<String> render(String template, Arguments arguments, Locale locale) {
        Parsed parsed = parsed(template);
        boolean korean = isKorean(locale);
        StringBuilder text = new StringBuilder(template.length() + 32);
        for (int i = 0; i < parsed.placeholders.length; i++) {
            Placeholder placeholder = parsed.placeholders[i];
            Object value = arguments.get(placeholder.name());
            if (value == null) {
                return Optional.empty();
            }
            text.append(parsed.texts[i]).append(show(value, placeholder.style(), korean));
        }
        return Optional.of(text.append(parsed.texts[parsed.texts.length - 1]).toString());
    }

    static boolean isKorean(Locale locale) {
        return locale.getLanguage().equals(Locale.KOREAN.getLanguage());
    }

    private static Optional<Placeholder> placeholderAt(String template, int open) {
        int close = template.indexOf('}', open);
        if (close < 0) {
            return Optional.empty();
        }
        String inside = template.substring(open + 1, close);
        int comma = inside.indexOf(',');
        String name = comma < 0 ? inside : inside.substring(0, comma);
        String style = comma < 0 ? "" : inside.substring(comma + 1);
        if (!Message.isName(name) || !(style.isEmpty() || STYLES.contains(style))) {
            return Optional.empty();
        }
        return Optional.of(new Placeholder(name, style));
    }

    private static String show(Object value, String style, boolean korean) {
        if (value instanceof List<?> values) {
            StringBuilder text = new StringBuilder(korean ? "" : "[");
            for (int i = 0; i < values.size(); i++) {
                text.append(i == 0 ? "" : ", ").append(show(values.get(i), style, korean));
            }
            return text.append(korean ? "" : "]").toString();
        }
        if (value instanceof Integer n && style.equals("ordinal")) {
            return korean ? n.toString() : Texts.ordinal(n);
        }
        if (value instanceof Double d) {
            return Texts.number(d);
        }
        if (value instanceof Duration d) {
            return korean ? Texts.koreanHours(d) : Texts.hours(d);
        }
        if (value instanceof Period p) {
            return korean ? Texts.koreanPeriod(p) : Texts.period(p);
        }
        if (value instanceof Money m) {
            return korean && m.getCurrencyUnit().equals(CurrencyUnit.of("KRW"))
                    ? String.format(Locale.ROOT, "%,d", m.getAmount().toBigInteger()) + "원"
                    : Texts.money(m);
        }
        if (value instanceof DistrictLevel level) {
            if (korean) {
                return BuiltInTexts.INSTANCE
                        .find("DistrictLevel." + level.name().replace(' ', '_'), Locale.KOREAN)
                        .orElse(level.name());
            }
            return style.equals("name") ? level.name() : level.toString();
        }
        if (value instanceof Subject subject) {
            return korean ? Labels.of(Locale.KOREAN).name(subject.kind()) + " " + subject.id() : subject.toString();
        }
        if (value instanceof Enum<?> constant) {
            return korean ? koreanName(constant) : constant.name();
        }
        return value.toString();
    }

    private static String koreanName(Enum<?> constant) {
        try {
            return Labels.of(Locale.KOREAN).name(constant);
        } catch (IllegalStateException e) {
            return constant.name(); // a constant without a label yet: its code is still exact
        }
    }
}
