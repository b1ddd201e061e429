package dev.berth.tui.containers;

import dev.berth.core.model.Container;
import dev.berth.core.model.Task;

/** A container with the task it runs in (its logs and its stop story belong to both). */
public record ContainerLine(Task task, Container container) {
}
