package dev.berth.core.session;

import dev.berth.core.logs.LogQuery;
import dev.berth.core.logs.LogTarget;
import dev.berth.core.logs.LogTargets;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskDefinition;
import dev.berth.core.sources.EcsSource;
import java.util.ArrayList;
import java.util.List;

/**
 * The streams of a log query: the task (or the service's running and stopped tasks), and for each
 * of its containers with the awslogs driver the stream {@code prefix/container/taskId} in the
 * group its task definition names.
 */
final class EcsLogTargets implements LogTargets {
    private final EcsSource ecs;
    private final TaskDefinitionCache taskDefinitions;

    EcsLogTargets(EcsSource ecs, TaskDefinitionCache taskDefinitions) {
        this.ecs = ecs;
        this.taskDefinitions = taskDefinitions;
    }

    @Override
    public List<LogTarget> resolve(LogQuery q) {
        List<Task> tasks;
        if (q.taskId() != null) {
            tasks = List.of(ecs.task(q.cluster(), q.taskId()));
        } else {
            List<String> arns = new ArrayList<>(ecs.taskArns(q.cluster(), q.service(), false));
            arns.addAll(ecs.taskArns(q.cluster(), q.service(), true));
            tasks = ecs.describeTasks(q.cluster(), arns);
        }
        List<LogTarget> out = new ArrayList<>();
        for (Task t : tasks) {
            TaskDefinition td = taskDefinitions.get(t.taskDefinitionArn());
            for (ContainerDefinition c : td.containers()) {
                if (c.awsLogs() != null) {
                    out.add(new LogTarget(c.awsLogs().group(), c.awsLogs().streamFor(c.name(), t.id()), t.id(), c.name()));
                }
            }
        }
        return out;
    }
}
