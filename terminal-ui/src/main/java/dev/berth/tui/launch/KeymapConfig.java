package dev.berth.tui.launch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.berth.core.keymap.Keymap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The keymap in force: the defaults with the {@code keys:} section of
 * {@code ${XDG_CONFIG_HOME:-~/.config}/berth/config.yaml} applied. A bad entry stops the start
 * with one line naming it (the keymap refuses unknown ids and clashing chords).
 */
public final class KeymapConfig {
    private KeymapConfig() {
    }

    public static Path configFile(Map<String, String> env) {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("berth").resolve("config.yaml");
    }

    public static Keymap load(Path file) {
        if (!Files.isRegularFile(file)) {
            return Keymap.defaults();
        }
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not readable YAML (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        JsonNode keys = root == null ? null : root.get("keys");
        if (keys == null || keys.isNull()) {
            return Keymap.defaults();
        }
        if (!keys.isObject()) {
            throw new IllegalArgumentException(file + ": keys must map command ids to keys, e.g. stop-task: ctrl-x");
        }
        Map<String, String> overrides = new LinkedHashMap<>();
        keys.properties().forEach(e -> overrides.put(e.getKey(), e.getValue().asText()));
        try {
            return Keymap.withOverrides(overrides);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
    }
}
