package dev.berth.core.actions;

/** One line of a preview: what changes from what to what ("desired count", "3", "5"). */
public record Change(String what, String before, String after) {
}
