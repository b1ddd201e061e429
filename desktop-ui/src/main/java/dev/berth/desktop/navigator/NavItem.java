package dev.berth.desktop.navigator;

import dev.berth.desktop.app.Place;

/** A node of the navigator: its label and the place it opens (null for the context node). */
public record NavItem(String label, Place place) {
}
