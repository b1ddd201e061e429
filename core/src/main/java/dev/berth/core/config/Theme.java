package dev.berth.core.config;

/** Colour theme of both UIs; {@code AUTO} follows the terminal or desktop setting. */
public enum Theme {
    AUTO, LIGHT, DARK
}
