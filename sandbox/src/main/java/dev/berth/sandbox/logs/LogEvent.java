package dev.berth.sandbox.logs;

/**
 * One stored log event. {@code sequence} numbers events in the order the store received them,
 * account-region wide; with the timestamp it gives every event its place (see {@link EventPosition}).
 *
 * @param size the event's size as CloudWatch Logs counts it: UTF-8 bytes of the message plus 26
 */
public record LogEvent(long timestamp, long ingestionTime, String message, long sequence, int size) {
    /** Bytes CloudWatch Logs adds to each event's message when it measures batches and pages. */
    public static final int OVERHEAD_BYTES = 26;

    public static LogEvent of(long timestamp, long ingestionTime, String message, long sequence) {
        return new LogEvent(timestamp, ingestionTime, message, sequence, utf8Length(message) + OVERHEAD_BYTES);
    }

    public EventPosition position() {
        return new EventPosition(timestamp, sequence);
    }

    /** The 56-digit id FilterLogEvents answers; ids sort like the events. */
    public String eventId() {
        return position().digits();
    }

    static int utf8Length(String s) {
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
