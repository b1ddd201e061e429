package dev.berth.core.triage;

import dev.berth.core.model.ContainerInstance;
import dev.berth.core.model.Severity;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Container instances whose ECS agent lost its connection: ECS places nothing there and cannot
 * tell what its tasks are doing; their counts are the last it heard.
 */
public final class DisconnectedAgentRule implements TriageRule {
    private static List<ContainerInstance> disconnected(TriageInput in) {
        return in.surroundings().containerInstances().stream()
                .filter(i -> !i.agentConnected() && "ACTIVE".equals(i.status())).toList();
    }

    private static String key(TriageInput in) {
        return Evidence.id(FindingKind.AGENT_DISCONNECTED, in.cluster(), null);
    }

    @Override
    public Set<String> conditions(TriageInput in) {
        return disconnected(in).isEmpty() ? Set.of() : Set.of(key(in));
    }

    @Override
    public List<Finding> findings(TriageInput in) {
        List<ContainerInstance> down = disconnected(in);
        if (down.isEmpty()) {
            return List.of();
        }
        int tasks = down.stream().mapToInt(ContainerInstance::runningTasks).sum();
        String title = down.size() == 1
                ? in.cluster() + ": ECS agent disconnected on " + down.get(0).ec2InstanceId() + " (" + tasks(tasks) + ")"
                : in.cluster() + ": ECS agents disconnected on " + down.size() + " container instances (" + tasks(tasks) + ")";
        List<String> evidence = down.stream().map(i -> i.ec2InstanceId() + " in " + i.availabilityZone() + ", agent "
                + i.agentVersion() + ": " + tasks(i.runningTasks()) + " last reported, " + i.remainingCpu() + " CPU units and "
                + i.remainingMemory() + " MiB free").collect(Collectors.toList());
        return List.of(Evidence.finding(FindingKind.AGENT_DISCONNECTED, Severity.ERROR, in, null, null, title,
                in.firstSeen().get(key(in)), evidence));
    }

    private static String tasks(int n) {
        return n == 1 ? "1 running task" : n + " running tasks";
    }
}
