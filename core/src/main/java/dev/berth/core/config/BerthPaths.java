package dev.berth.core.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Berth keeps its files, following the XDG base directories: config under
 * {@code ${XDG_CONFIG_HOME:-~/.config}/berth/}, state (audit log, app logs) under
 * {@code ${XDG_STATE_HOME:-~/.local/state}/berth/}.
 */
public record BerthPaths(Path configDir, Path stateDir) {

    /** From the process environment and the user's home. */
    public static BerthPaths fromEnvironment() {
        return from(System.getenv(), home(System.getenv()));
    }

    /**
     * The user's home as the AWS CLI and the SDK see it: {@code $HOME} when set, else Java's
     * {@code user.home} (which comes from the password database and ignores {@code HOME}).
     */
    public static Path home(Map<String, String> env) {
        String v = env.get("HOME");
        return v != null && !v.isBlank() && Path.of(v).isAbsolute() ? Path.of(v) : Path.of(System.getProperty("user.home"));
    }

    public static BerthPaths from(Map<String, String> env, Path home) {
        return new BerthPaths(xdg(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve("berth"),
                xdg(env, "XDG_STATE_HOME", home.resolve(".local/state")).resolve("berth"));
    }

    private static Path xdg(Map<String, String> env, String name, Path fallback) {
        String v = env.get(name);
        // The XDG spec says relative paths are invalid and must be ignored.
        return v == null || v.isBlank() || !Path.of(v).isAbsolute() ? fallback : Path.of(v);
    }

    public Path configFile() {
        return configDir.resolve("config.yaml");
    }

    public Path auditLog() {
        return stateDir.resolve("audit.jsonl");
    }
}
