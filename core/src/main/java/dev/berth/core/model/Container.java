package dev.berth.core.model;

/** A container of a task: its state, and its exit code and reason once it has stopped. */
public record Container(
        String name,
        String image,
        String lastStatus,
        Integer exitCode,
        String reason,
        String healthStatus,
        String runtimeId,
        String cpu,
        String memory) {

    public Container {
        Checks.require(name, "name");
    }
}
