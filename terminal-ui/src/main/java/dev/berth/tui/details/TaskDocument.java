package dev.berth.tui.details;

import dev.berth.core.model.Container;
import dev.berth.core.model.Discovery;
import dev.berth.core.model.LoadBalancing;
import dev.berth.core.model.Task;
import dev.berth.tui.ui.Document;
import dev.berth.tui.ui.StyledLine;
import dev.berth.tui.ui.Text;
import dev.berth.tui.ui.Tone;
import java.time.Instant;

/**
 * A task's details page: where it runs and why it stopped, its network interface, the load
 * balancer targets and Cloud Map instances that stand for it, its task definition and containers.
 */
public final class TaskDocument {
    public static final String TASK = "task";
    public static final String NETWORK = "network";
    public static final String BALANCING = "lb";
    public static final String DISCOVERY = "discovery";
    public static final String DEFINITION = "taskdef";
    public static final String CONTAINERS = "containers";

    private TaskDocument() {
    }

    /** The page, masked, with its revealed variant when the task definition has masked values. */
    public static Document of(TaskPicture p, Instant now) {
        return DefinitionSection.page(reveal -> render(p, now, reveal), p.taskDefinition().value(), p.fetchedAt());
    }

    static Document render(TaskPicture p, Instant now, boolean reveal) {
        Document.Builder b = Document.builder();
        Task t = p.task().value();
        b.section(TASK, StyledLine.builder().add(" Task " + p.taskId(), Tone.HEADER)
                .add(p.service() == null ? "" : "  of " + p.service(), Tone.DIM).build());
        if (t == null) {
            if (Parts.ready(b, p.task(), now) || p.task().fetchedAt() != null) {
                b.note("no longer listed (tasks stay listed for an hour after they stop)");
            }
            return b.build();
        }
        task(b, t, now);
        b.section(NETWORK, "Networking");
        b.kv("Private IP", t.privateIp());
        b.kv("Network interface", t.networkInterfaceId() == null ? "none of its own (not awsvpc)" : t.networkInterfaceId());
        b.kv("Subnet", t.subnetId());
        b.kv("Availability zone", t.availabilityZone());
        if (t.containerInstanceArn() != null) {
            b.kv("Container instance", t.containerInstanceArn().substring(t.containerInstanceArn().lastIndexOf('/') + 1));
        }
        b.section(BALANCING, "Load balancer targets");
        if (Parts.ready(b, p.loadBalancing(), now)) {
            LoadBalancing lb = p.loadBalancing().value();
            if (lb.targetsOf(t.id()).isEmpty()) {
                b.note(lb.balanced() ? "not registered in any of the service's target groups" : "the service is not behind a load balancer");
            } else {
                Balancing.add(b, lb, t.id());
            }
        } else if (p.loadBalancing().fetchedAt() != null && p.service() == null) {
            b.note("a standalone task: no service, no load balancer");
        }
        b.section(DISCOVERY, "Service discovery");
        if (Parts.ready(b, p.discovery(), now)) {
            Discovery d = p.discovery().value();
            boolean listed = d.registries().stream().anyMatch(r -> r.instances().stream().anyMatch(i -> t.id().equals(i.taskId())));
            if (listed) {
                Registries.add(b, d, t.id());
            } else {
                b.note(d.registries().isEmpty() ? "the service registers in no Cloud Map service" : "no Cloud Map instance for this task");
            }
        } else if (p.discovery().fetchedAt() != null && p.service() == null) {
            b.note("a standalone task: no service, no registries");
        }
        b.section(DEFINITION, "Task definition");
        if (Parts.ready(b, p.taskDefinition(), now)) {
            DefinitionSection.add(b, p.taskDefinition().value(), reveal);
        }
        b.section(CONTAINERS, "Containers");
        t.containers().forEach(c -> container(b, c));
        return b.build();
    }

    private static void task(Document.Builder b, Task t, Instant now) {
        b.kv("ARN", t.arn(), Tone.DIM);
        b.kv("Status", t.lastStatus() + " (desired " + t.desiredStatus() + ")", t.stopped() ? Tone.DIM : Tone.NORMAL);
        b.kv("Health", t.healthStatus(), "UNHEALTHY".equals(t.healthStatus()) ? Tone.BAD : Tone.NORMAL);
        b.kv("Task definition", t.revision());
        b.kv("Started by", t.startedBy());
        b.kv("Runs on", t.capacityProvider() != null ? t.capacityProvider() + " (capacity provider)" : t.launchType(),
                "FARGATE_SPOT".equals(t.capacityProvider()) ? Tone.ACCENT : Tone.NORMAL);
        b.kv("CPU / memory", Text.orDash(t.cpu()) + " / " + Text.orDash(t.memory()));
        b.kv("Created", Text.dateTime(t.createdAt()) + " (" + Text.age(t.createdAt(), now) + " ago)");
        b.kv("Started", Text.dateTime(t.startedAt()));
        if (t.stoppedAt() != null || t.stopCode() != null) {
            b.kv("Stopped", Text.dateTime(t.stoppedAt()) + (t.stoppedAt() == null ? "" : " (" + Text.age(t.stoppedAt(), now) + " ago)"));
            b.kv("Stop code", t.stopCode(), Tone.WARN);
            b.kv("Stopped reason", t.stoppedReason(), Tone.WARN);
        }
    }

    private static void container(Document.Builder b, Container c) {
        b.kv(c.name(), c.lastStatus() + (c.exitCode() == null ? "" : ", exit " + c.exitCode()),
                c.exitCode() != null && c.exitCode() != 0 ? Tone.BAD : Tone.NORMAL);
        b.kv("  image", c.image(), Tone.DIM);
        if (c.reason() != null) {
            b.kv("  reason", c.reason(), Tone.WARN);
        }
        if (c.healthStatus() != null) {
            b.kv("  health", c.healthStatus());
        }
    }
}
