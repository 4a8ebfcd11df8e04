package org.civicpatrol.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import org.jspecify.annotations.Nullable;

/**
 * Local dates of instants, as {@link LocalDate#ofInstant} works them out, without searching the
 * zone's transitions for every instant.
 *
 * <p>Activities are dated by the million in validation and roll-ups, and finding a zone's offset
 * for an instant is a binary search of its transitions; Asia/Seoul's offset, for one, has not
 * changed since 1988. So the span of seconds around the last instant dated, over which its zone's
 * offset stays the same, is kept, by any thread, and an instant of the same zone within it is
 * dated with that offset. A span is immutable, so a thread sees either the old one or the new one,
 * each right for the instants it holds.
 */
final class LocalDates {

    private static final long SECONDS_PER_DAY = 86_400;

    private static volatile Span last = Span.around(Activity.DEFAULT_ZONE, Instant.EPOCH);

    private LocalDates() {}

    /** Returns {@code LocalDate.ofInstant(instant, zone)}. */
    static LocalDate of(Instant instant, ZoneId zone) {
        long second = instant.getEpochSecond();
        Span span = last;
        if (!span.holds(zone, second)) {
            span = Span.around(zone, instant);
            last = span;
        }
        return LocalDate.ofEpochDay(Math.floorDiv(second + span.offsetSeconds(), SECONDS_PER_DAY));
    }

    /** The seconds {@code [from, to)} over which a zone's offset from UTC does not change, with that offset. */
    private record Span(ZoneId zone, long from, long to, int offsetSeconds) {

        /** Returns the span of {@code zone} between the transitions around {@code instant}. */
        static Span around(ZoneId zone, Instant instant) {
            ZoneRules rules = zone.getRules();
            Instant second = Instant.ofEpochSecond(instant.getEpochSecond());
            // Transitions fall on whole seconds, and previousTransition gives the last one strictly
            // before the instant it is given: the one before the next second is at or before this.
            @Nullable ZoneOffsetTransition previous = rules.previousTransition(second.plusSeconds(1));
            @Nullable ZoneOffsetTransition next = rules.nextTransition(second);
            return new Span(
                    zone,
                    previous == null ? Long.MIN_VALUE : previous.toEpochSecond(),
                    next == null ? Long.MAX_VALUE : next.toEpochSecond(),
                    rules.getOffset(second).getTotalSeconds());
        }

        /** Tells whether {@code second} of {@code other} is in this span. */
        boolean holds(ZoneId other, long second) {
            return second >= from && second < to && zone.equals(other);
        }
    }
}
