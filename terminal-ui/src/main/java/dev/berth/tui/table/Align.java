package dev.berth.tui.table;

/** Where a cell's text sits in its column: numbers right, words left. */
public enum Align {
    LEFT, RIGHT
}
