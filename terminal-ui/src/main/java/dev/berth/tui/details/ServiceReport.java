package dev.berth.tui.details;

import dev.berth.core.model.Alarm;
import dev.berth.core.model.CostEstimate;
import dev.berth.core.model.Discovery;
import dev.berth.core.model.LoadBalancing;
import dev.berth.core.model.Service;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskDefinition;
import java.util.List;

/**
 * The whole picture of a service as {@code berth service -o json} and the {@code y} view print it:
 * the service, its task definition (secret-looking values masked unless asked), its tasks (running
 * and stopped in the last hour, with network, zone, capacity provider and stop code), load balancing
 * with each target's health beside its task, discovery, alarms and cost.
 */
public record ServiceReport(Service service, TaskDefinition taskDefinition, List<Task> tasks, LoadBalancing loadBalancing,
                            Discovery discovery, List<Alarm> alarms, CostEstimate cost) {
}
