package dev.berth.sandbox.ecs;

/** One line of a service's event log, in the console's words. */
record ServiceEvent(String id, long createdAt, String message) {
}
