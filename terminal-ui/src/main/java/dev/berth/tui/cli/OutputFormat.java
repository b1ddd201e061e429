package dev.berth.tui.cli;

/** How scriptable commands print: aligned columns for people, JSON or YAML for programs. */
public enum OutputFormat {
    table, json, yaml
}
