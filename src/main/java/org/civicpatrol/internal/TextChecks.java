package org.civicpatrol.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * What counts as blank, visible and printable text, by Unicode rather than by {@link
 * String#isBlank()}, which sees neither a no-break space nor a zero-width space.
 *
 * <p>A code point is <em>visible</em> unless it is white space ({@link Character#isWhitespace}
 * or a Unicode space separator, such as U+00A0 NO-BREAK SPACE and U+3000 IDEOGRAPHIC SPACE), a
 * control character (Cc), a format character (Cf, such as U+200B ZERO WIDTH SPACE and U+FEFF),
 * a surrogate, a private-use or an unassigned code point, or one of the Hangul fillers (U+115F,
 * U+1160, U+3164, U+FFA0), which are letters that render as nothing.
 */
public final class TextChecks {

    private TextChecks() {}

    /**
     * Returns whether {@code text} has at least one visible code point.
     *
     * @param text any text
     * @return false if {@code text} is empty or holds only invisible code points
     */
    public static boolean isBlank(String text) {
        return !anyCodePoint(text, TextChecks::isVisible);
    }

    /**
     * Tells whether any code point of {@code text} matches: a loop rather than {@code
     * codePoints()}, whose stream costs an allocation, since every id, name and subject the
     * library makes is checked, a million and more in a national validation.
     */
    private static boolean anyCodePoint(String text, IntPredicate test) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (test.test(codePoint)) {
                return true;
            }
            i += Character.charCount(codePoint);
        }
        return false;
    }

    /**
     * Checks the text of an identifier: it begins and ends with a visible code point, so it is
     * neither blank nor padded, and holds no control character and no unpaired surrogate. Inner
     * spaces and format characters (such as the joiners of an emoji sequence) are allowed.
     *
     * @param value the identifier's text
     * @param what what the text identifies, for the message (for example "patrol id")
     * @return {@code value}
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} breaks the rule; the message shows the
     *     text with every invisible code point escaped as {@code \}{@code uXXXX}
     */
    @CanIgnoreReturnValue
    public static String checkIdentifier(String value, String what) {
        checkNotNull(what, "what");
        checkNotNull(value, what);
        checkArgument(
                isIdentifier(value),
                "%s must begin and end with a visible character and hold no control character: \"%s\"",
                what,
                printable(value));
        return value;
    }

    /**
     * Tells whether {@code value} is a valid identifier: what {@link #checkIdentifier} accepts.
     *
     * @param value the text
     * @return whether it begins and ends with a visible character and holds no control character
     */
    public static boolean isIdentifier(String value) {
        if (value.isEmpty() || !isVisible(value.codePointAt(0)) || !isVisible(value.codePointBefore(value.length()))) {
            return false;
        }
        return !anyCodePoint(value, TextChecks::isControlOrSurrogate);
    }

    private static boolean isControlOrSurrogate(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.SURROGATE;
    }

    /**
     * Returns whether the code point is visible, as the class comment defines it.
     *
     * @param codePoint a Unicode code point
     * @return true if it is visible
     */
    public static boolean isVisible(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return false;
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.SURROGATE,
                    Character.PRIVATE_USE,
                    Character.UNASSIGNED -> false;
            default -> codePoint != 0x115F && codePoint != 0x1160 && codePoint != 0x3164 && codePoint != 0xFFA0;
        };
    }

    /**
     * Returns {@code text} with every invisible code point other than the plain space written as
     * {@code \}{@code uXXXX} (or {@code \}{@code u{XXXXXX}} above the Basic Multilingual Plane),
     * so that a message shows what is really there.
     *
     * @param text any text
     * @return the printable form
     */
    public static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == ' ' || isVisible(c)) {
                out.appendCodePoint(c);
            } else if (c <= 0xFFFF) {
                out.append(String.format(Locale.ROOT, "\\u%04X", c));
            } else {
                out.append(String.format(Locale.ROOT, "\\u{%X}", c));
            }
        });
        return out.toString();
    }
}
