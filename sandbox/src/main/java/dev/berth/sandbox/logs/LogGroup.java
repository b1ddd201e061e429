package dev.berth.sandbox.logs;

import java.util.NavigableMap;
import java.util.TreeMap;

/** One log group and its streams by name. Guarded by its {@link LogStore}'s lock. */
final class LogGroup {
    final String name;
    final long creationTime;
    final long createdSequence;
    final String logGroupClass;
    final NavigableMap<String, LogStream> streams = new TreeMap<>();
    Integer retentionInDays;

    LogGroup(String name, long creationTime, long createdSequence, String logGroupClass) {
        this.name = name;
        this.creationTime = creationTime;
        this.createdSequence = createdSequence;
        this.logGroupClass = logGroupClass;
    }

    LogGroupInfo info() {
        long bytes = 0;
        for (LogStream s : streams.values()) {
            bytes += s.storedBytes;
        }
        return new LogGroupInfo(name, creationTime, retentionInDays, bytes, logGroupClass);
    }
}
