package dev.berth.sandbox.ecs;

/** A task's lastStatus, in the order a task passes through them. */
enum TaskStatus {
    PROVISIONING, PENDING, ACTIVATING, RUNNING, DEACTIVATING, STOPPING, DEPROVISIONING, STOPPED;

    /** Counted as pending in service and cluster counts. */
    boolean starting() {
        return this == PROVISIONING || this == PENDING || this == ACTIVATING;
    }
}
