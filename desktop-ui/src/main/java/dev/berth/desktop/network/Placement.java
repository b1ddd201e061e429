package dev.berth.desktop.network;

import dev.berth.core.model.Service;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskDefinition;
import java.util.List;

/** Where a service's tasks run: the service's settings, its task definition (network mode) and its tasks. */
public record Placement(Service service, TaskDefinition definition, List<Task> tasks) {
    public Placement {
        tasks = List.copyOf(tasks);
    }
}
