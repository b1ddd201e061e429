package dev.berth.core.context;

import java.util.function.Supplier;

/** A value built on first use (SDK clients take most of a second to build; most sessions need only some). */
final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> factory;
    private volatile T value;

    Lazy(Supplier<T> factory) {
        this.factory = factory;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = factory.get();
                    value = v;
                }
            }
        }
        return v;
    }

    /** The value if it was built, else null (for closing only what exists). */
    T peek() {
        return value;
    }
}
