package dev.berth.sandbox.ecs;

/** Why a task stopped, as the {@code stopCode} member spells it. */
enum StopCode {
    TASK_FAILED_TO_START("TaskFailedToStart"),
    ESSENTIAL_CONTAINER_EXITED("EssentialContainerExited"),
    USER_INITIATED("UserInitiated"),
    SERVICE_SCHEDULER_INITIATED("ServiceSchedulerInitiated"),
    SPOT_INTERRUPTION("SpotInterruption");

    private final String wire;

    StopCode(String wire) {
        this.wire = wire;
    }

    String wire() {
        return wire;
    }

    /** Stops the task brought on itself, as opposed to stops someone asked for. */
    boolean failure() {
        return this == TASK_FAILED_TO_START || this == ESSENTIAL_CONTAINER_EXITED;
    }
}
