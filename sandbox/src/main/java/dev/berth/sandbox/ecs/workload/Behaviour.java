package dev.berth.sandbox.ecs.workload;

import java.util.Locale;

/** What a container does once started, chosen with the {@code sandbox.behaviour} docker label. */
public enum Behaviour {
    /** Runs until stopped. */
    HEALTHY,
    /** Runs for a while, prints a stack trace and exits 1. */
    CRASH,
    /** Prints a stack trace and exits 1 before the task reaches RUNNING (throttled by the scheduler). */
    CRASH_ON_START,
    /** Grows its memory until the kernel kills it: exit 137, OutOfMemoryError. */
    OOM,
    /** Its image cannot be pulled: CannotPullContainerError, the task never starts. */
    PULL_ERROR,
    /** Finishes its job and exits with {@code sandbox.exit-code} (0 unless told otherwise). */
    EXIT;

    /** Reads a label value such as {@code crash-on-start}. */
    public static Behaviour parse(String label) {
        if (label == null || label.isBlank()) {
            return HEALTHY;
        }
        try {
            return valueOf(label.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("sandbox.behaviour must be one of healthy, crash, crash-on-start, oom, "
                    + "pull-error, exit; got '" + label + "'");
        }
    }
}
