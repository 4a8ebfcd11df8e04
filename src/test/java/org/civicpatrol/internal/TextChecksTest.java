package org.civicpatrol.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class TextChecksTest {

    @Test
    void blankIsMeantByUnicode() {
        assertThat(TextChecks.isBlank("")).isTrue();
        assertThat(TextChecks.isBlank(" \t\n")).isTrue();
        // None of these is blank to String.isBlank().
        assertThat(TextChecks.isBlank("\u00A0")).isTrue(); // no-break space
        assertThat(TextChecks.isBlank("\u2007\u202F")).isTrue(); // figure and narrow no-break spaces
        assertThat(TextChecks.isBlank("\u200B\uFEFF")).isTrue(); // zero-width space, byte order mark
        assertThat(TextChecks.isBlank("\u0000")).isTrue();
        assertThat(TextChecks.isBlank("\u3164\u115F\u1160\uFFA0")).isTrue(); // Hangul fillers
        assertThat(TextChecks.isBlank("\uE000")).isTrue(); // private use
        assertThat(TextChecks.isBlank("\u0378")).isTrue(); // unassigned
        assertThat(TextChecks.isBlank("\uD800")).isTrue(); // unpaired surrogate

        assertThat(TextChecks.isBlank("\u00A0a")).isFalse();
        assertThat(TextChecks.isBlank("탄")).isFalse();
        assertThat(TextChecks.isBlank("\uD83D\uDC6E")).isFalse(); // an emoji, above the BMP
        assertThat(TextChecks.isBlank("0")).isFalse();
    }

    @Test
    void anIdentifierBeginsAndEndsVisiblyAndHoldsNoControl() {
        assertThat(TextChecks.checkIdentifier("a", "x")).isEqualTo("a");
        assertThat(TextChecks.checkIdentifier("탄방동 1", "x")).isEqualTo("탄방동 1");
        assertThat(TextChecks.checkIdentifier("a\u200Db", "x")).isEqualTo("a\u200Db");
        // a pair above the basic plane inside is one code point, and a visible one
        assertThat(TextChecks.checkIdentifier("a\uD83D\uDC6Eb", "x")).isEqualTo("a\uD83D\uDC6Eb");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> TextChecks.checkIdentifier("a\tb", "thing"))
                .withMessage("thing must begin and end with a visible character and hold no control character: "
                        + "\"a\\u0009b\"");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TextChecks.checkIdentifier("a\uDC00", "thing"))
                .withMessageEndingWith("\"a\\uDC00\"");
        // unpaired surrogates inside, not only at an end
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TextChecks.checkIdentifier("a\uD800b", "thing"))
                .withMessageEndingWith("\"a\\uD800b\"");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TextChecks.checkIdentifier("a\uDC00b", "thing"))
                .withMessageEndingWith("\"a\\uDC00b\"");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TextChecks.checkIdentifier("\u200Ba", "thing"))
                .withMessageEndingWith("\"\\u200Ba\"");
    }

    @Test
    void printableEscapesWhatCannotBeSeen() {
        assertThat(TextChecks.printable("a b")).isEqualTo("a b");
        assertThat(TextChecks.printable("a\u00A0b\n")).isEqualTo("a\\u00A0b\\u000A");
        assertThat(TextChecks.printable("\uDB80\uDC00")).isEqualTo("\\u{F0000}"); // private use, plane 15
        assertThat(TextChecks.printable("\uD83D\uDC6E")).isEqualTo("\uD83D\uDC6E");
        // The last code point of the Basic Multilingual Plane, a noncharacter, and the first above it.
        assertThat(TextChecks.printable("\uFFFF")).isEqualTo("\\uFFFF");
        assertThat(TextChecks.printable("\uD800\uDC00")).isEqualTo("\uD800\uDC00"); // U+10000, a Linear B syllable
        assertThat(TextChecks.printable("\uDBBF\uDFFE")).isEqualTo("\\u{FFFFE}");
    }

    @Test
    void nullsAreRejected() {
        new NullPointerTester().testAllPublicStaticMethods(TextChecks.class);
    }
}
