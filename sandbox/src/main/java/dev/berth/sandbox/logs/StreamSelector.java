package dev.berth.sandbox.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;

/**
 * Which streams of a group a search covers: the named ones, those whose names start with a prefix,
 * or all. Named streams that do not exist are left out, as CloudWatch Logs does.
 */
public record StreamSelector(List<String> names, String prefix) {
    public static final StreamSelector ALL = new StreamSelector(null, null);

    public StreamSelector {
        names = names == null ? null : List.copyOf(names);
    }

    List<LogStream> select(NavigableMap<String, LogStream> streams) {
        if (names != null) {
            List<LogStream> out = new ArrayList<>(names.size());
            for (String name : names.stream().distinct().toList()) {
                LogStream s = streams.get(name);
                if (s != null) {
                    out.add(s);
                }
            }
            return out;
        }
        if (prefix != null) {
            return new ArrayList<>(streams.subMap(prefix, true, prefix + Character.MAX_VALUE, false).values());
        }
        return new ArrayList<>(streams.values());
    }
}
