package dev.berth.core.model;

import java.util.List;

/** Argument checks shared by the records' compact constructors. */
final class Checks {
    private Checks() {
    }

    static void require(Object value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    static <T> List<T> list(List<T> in) {
        return in == null ? List.of() : List.copyOf(in);
    }
}
