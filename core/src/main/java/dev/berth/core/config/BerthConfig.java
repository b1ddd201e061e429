package dev.berth.core.config;

import dev.berth.core.keymap.Keymap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Berth's own settings, read from {@code ${XDG_CONFIG_HOME:-~/.config}/berth/config.yaml}. A missing
 * file means all defaults; every key is optional; an unknown key or a bad value stops Berth with one
 * line naming the file, the line and the key.
 *
 * <pre>
 * # Contexts where every mutation needs the target's name typed to confirm.
 * # profile@region patterns; * matches any run of characters, ? one character.
 * protectedContexts:
 *   - prod@*
 *   - "*@eu-central-1"
 *
 * refresh:            # see {@link Pacing}
 *   visible: 5s
 *   background: 30s
 *
 * logs:               # see {@link LogSettings}
 *   bufferLines: 100000
 *
 * triage:             # see {@link TriageThresholds}
 *   belowDesiredFor: 3m
 *   cpuPercent: 90
 *
 * theme: auto         # auto, light or dark
 *
 * keys:               # command id: key; see docs/keymap.md for the ids
 *   stop-task: ctrl-x
 *   scale: S
 * </pre>
 */
public record BerthConfig(List<String> protectedContexts, Pacing refresh, LogSettings logs, TriageThresholds triage,
                          Theme theme, Map<String, String> keys) {

    public BerthConfig {
        protectedContexts = protectedContexts == null ? List.of() : List.copyOf(protectedContexts);
        for (String p : protectedContexts) {
            if (p == null || !p.contains("@")) {
                throw new IllegalArgumentException("protectedContexts entries look like profile@region, got '" + p + "'");
            }
        }
        refresh = refresh == null ? Pacing.defaults() : refresh;
        logs = logs == null ? LogSettings.defaults() : logs;
        triage = triage == null ? TriageThresholds.defaults() : triage;
        theme = theme == null ? Theme.AUTO : theme;
        keys = keys == null ? Map.of() : Map.copyOf(keys);
    }

    public static BerthConfig defaults() {
        return new BerthConfig(null, null, null, null, null, null);
    }

    /** True when {@code contextName} ({@code profile@region}) matches one of {@link #protectedContexts}. */
    public boolean protects(String contextName) {
        return protectedContexts.stream().anyMatch(p -> glob(p).matcher(contextName).matches());
    }

    /** The keymap with this config's overrides; unknown ids and clashes fail with the culprit named. */
    public Keymap keymap() {
        return Keymap.withOverrides(keys);
    }

    private static Pattern glob(String pattern) {
        StringBuilder re = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            switch (c) {
                case '*' -> re.append(".*");
                case '?' -> re.append('.');
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString());
    }
}
