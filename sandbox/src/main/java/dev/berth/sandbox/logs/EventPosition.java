package dev.berth.sandbox.logs;

/**
 * A place in the order of log events: by timestamp, then by arrival. Positions are integers in
 * effect ({@code timestamp * 10^36 + sequence}), written as 56 digits like CloudWatch event ids, so
 * "just before" and "just after" a position are exact: that is what lets GetLogEvents tokens and
 * FilterLogEvents cursors point between events without skipping or repeating one.
 */
public record EventPosition(long timestamp, long sequence) implements Comparable<EventPosition> {
    private static final int TIMESTAMP_DIGITS = 20;
    private static final int SEQUENCE_DIGITS = 36;

    /** Before every event (events have timestamps from 0 and sequences from 1). */
    public static final EventPosition BEFORE_ALL = new EventPosition(0, 0);
    /** After every event. */
    public static final EventPosition AFTER_ALL = new EventPosition(Long.MAX_VALUE, Long.MAX_VALUE);

    public EventPosition {
        if (timestamp < 0 || sequence < 0) {
            throw new IllegalArgumentException("positions are not negative");
        }
    }

    @Override
    public int compareTo(EventPosition o) {
        int byTime = Long.compare(timestamp, o.timestamp);
        return byTime != 0 ? byTime : Long.compare(sequence, o.sequence);
    }

    public boolean isAfter(EventPosition o) {
        return compareTo(o) > 0;
    }

    /** The position one before this, so "after predecessor" includes this position. */
    public EventPosition predecessor() {
        if (sequence > 0) {
            return new EventPosition(timestamp, sequence - 1);
        }
        return timestamp == 0 ? this : new EventPosition(timestamp - 1, Long.MAX_VALUE);
    }

    /** The position one after this, so "before successor" includes this position. */
    public EventPosition successor() {
        if (sequence < Long.MAX_VALUE) {
            return new EventPosition(timestamp, sequence + 1);
        }
        return timestamp == Long.MAX_VALUE ? this : new EventPosition(timestamp + 1, 0);
    }

    public String digits() {
        StringBuilder out = new StringBuilder(TIMESTAMP_DIGITS + SEQUENCE_DIGITS);
        pad(out, timestamp, TIMESTAMP_DIGITS);
        pad(out, sequence, SEQUENCE_DIGITS);
        return out.toString();
    }

    /** Reads {@link #digits()} back; null if the text is not one. */
    public static EventPosition parse(String digits) {
        if (digits == null || digits.length() != TIMESTAMP_DIGITS + SEQUENCE_DIGITS
                || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        try {
            return new EventPosition(Long.parseLong(digits.substring(0, TIMESTAMP_DIGITS)),
                    Long.parseLong(digits.substring(TIMESTAMP_DIGITS)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void pad(StringBuilder out, long value, int width) {
        String text = Long.toString(value);
        out.repeat('0', width - text.length());
        out.append(text);
    }
}
