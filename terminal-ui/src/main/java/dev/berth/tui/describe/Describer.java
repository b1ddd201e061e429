package dev.berth.tui.describe;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.berth.core.Session;
import dev.berth.core.model.Cluster;
import dev.berth.core.model.Container;
import dev.berth.core.model.Deployment;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceEvent;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskDefinitionRef;
import dev.berth.core.triage.Finding;
import dev.berth.tui.actions.DiffLines;
import dev.berth.tui.services.ServiceHealth;
import dev.berth.tui.ui.StyledLine;
import dev.berth.tui.ui.Text;
import dev.berth.tui.ui.Tone;
import io.reactivex.rxjava3.core.Single;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The text of describe ({@code d}), raw JSON ({@code y}) and revision diffs, for any selection. */
public final class Describer {
    private static final int KEY_WIDTH = 24;
    private final Session session;
    private final Clock clock;
    private ObjectMapper json;

    public Describer(Session session, Clock clock) {
        this.session = session;
        this.clock = clock;
    }

    public Single<List<StyledLine>> describe(Object value) {
        return switch (value) {
            case Service s -> Single.just(service(s));
            case Task t -> Single.just(task(t));
            case Container c -> Single.just(container(c));
            case Cluster c -> Single.just(cluster(c));
            case Finding f -> Single.just(finding(f));
            case TaskDefinitionRef r -> session.taskDefinition(r.arn()).map(td -> plain(td.json()));
            default -> json(value);
        };
    }

    public Single<List<StyledLine>> json(Object value) {
        if (value instanceof TaskDefinitionRef r) {
            return session.taskDefinition(r.arn()).map(td -> plain(td.json()));
        }
        return Single.fromCallable(() -> plain(mapper().writeValueAsString(value)));
    }

    /** The diff from revision {@code a} to revision {@code b}. */
    public Single<List<StyledLine>> diff(TaskDefinitionRef a, TaskDefinitionRef b) {
        return Single.zip(session.taskDefinition(a.arn()), session.taskDefinition(b.arn()),
                (x, y) -> UnifiedDiff.of(a.familyRevision(), x.json(), b.familyRevision(), y.json()))
                .map(d -> d.lines().map(DiffLines::line).toList());
    }

    private ObjectMapper mapper() {
        if (json == null) {
            json = JsonMapper.builder().addModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .enable(SerializationFeature.INDENT_OUTPUT).build();
        }
        return json;
    }

    private static List<StyledLine> plain(String text) {
        return text == null ? List.of(StyledLine.of("(empty)", Tone.DIM)) : text.lines().map(StyledLine::of).toList();
    }

    private static StyledLine kv(String key, Object value) {
        return kv(key, value, Tone.NORMAL);
    }

    private static StyledLine kv(String key, Object value, Tone tone) {
        return StyledLine.builder().add(" " + Text.padRight(key, KEY_WIDTH), Tone.DIM).add(Text.orDash(value), tone).build();
    }

    private static StyledLine heading(String text) {
        return StyledLine.of(" " + text, Tone.HEADER);
    }

    private List<StyledLine> service(Service s) {
        List<StyledLine> out = new ArrayList<>();
        out.add(heading("Service " + s.name() + "  " + ServiceHealth.mark(s)));
        out.add(kv("ARN", s.arn()));
        out.add(kv("Status", s.status()));
        out.add(kv("Desired/running/pending", s.desiredCount() + " / " + s.runningCount() + " / " + s.pendingCount(),
                ServiceHealth.tone(s)));
        out.add(kv("Task definition", s.revision()));
        out.add(kv("Launch type", s.launchType() != null ? s.launchType()
                : s.capacityProviders().stream().map(c -> c.provider() + " w" + c.weight() + " b" + c.base()).toList()));
        if (s.deploymentSettings() != null) {
            var d = s.deploymentSettings();
            out.add(kv("Deployment", "min " + d.minimumHealthyPercent() + "% max " + d.maximumPercent() + "%, circuit breaker "
                    + (d.circuitBreaker() ? "on" + (d.rollback() ? " with rollback" : "") : "off")));
        }
        out.add(kv("Controller", s.deploymentController()));
        if (s.network() != null && !s.network().subnets().isEmpty()) {
            out.add(kv("Subnets", String.join(", ", s.network().subnets())));
            out.add(kv("Security groups", String.join(", ", s.network().securityGroups())));
        }
        s.loadBalancers().forEach(lb -> out.add(kv("Load balancer", Text.orDash(lb.targetGroupArn()) + " → "
                + lb.containerName() + ":" + lb.containerPort())));
        out.add(kv("Health check grace", s.healthCheckGracePeriodSeconds() == null ? null : s.healthCheckGracePeriodSeconds() + "s"));
        out.add(kv("Created", Text.dateTime(s.createdAt()) + " (" + Text.age(s.createdAt(), clock.instant()) + " ago)"));
        out.add(StyledLine.EMPTY);
        out.add(heading("Deployments"));
        for (Deployment d : s.deployments()) {
            out.add(StyledLine.builder().add("  " + Text.padRight(d.status(), 8), Tone.STRONG)
                    .add(Text.padRight(d.revision(), 18), Tone.NORMAL)
                    .add(Text.padRight(Text.orDash(d.rolloutState()), 12), ServiceHealth.rolloutTone(d.rolloutState()))
                    .add(d.runningCount() + "/" + d.desiredCount() + " running, " + d.pendingCount() + " pending, "
                            + d.failedTasks() + " failed", Tone.NORMAL)
                    .add(d.rolloutStateReason() == null ? "" : "  " + d.rolloutStateReason(), Tone.DIM).build());
        }
        out.add(StyledLine.EMPTY);
        out.add(heading("Events"));
        s.events().stream().sorted(Comparator.comparing(ServiceEvent::at).reversed()).limit(15)
                .forEach(e -> out.add(StyledLine.builder().add("  " + Text.dateTime(e.at()) + "  ", Tone.DIM).add(e.message()).build()));
        return out;
    }

    private List<StyledLine> task(Task t) {
        List<StyledLine> out = new ArrayList<>();
        out.add(heading("Task " + t.id()));
        out.add(kv("ARN", t.arn()));
        out.add(kv("Status", t.lastStatus() + " (desired " + t.desiredStatus() + ")"));
        out.add(kv("Health", t.healthStatus()));
        out.add(kv("Task definition", t.revision()));
        out.add(kv("Group", t.group()));
        out.add(kv("Started by", t.startedBy()));
        out.add(kv("Launch type", t.launchType() != null ? t.launchType() : t.capacityProvider()));
        out.add(kv("CPU / memory", Text.orDash(t.cpu()) + " / " + Text.orDash(t.memory())));
        out.add(kv("AZ / IP", Text.orDash(t.availabilityZone()) + " / " + Text.orDash(t.privateIp())));
        out.add(kv("Created", Text.dateTime(t.createdAt())));
        out.add(kv("Started", Text.dateTime(t.startedAt())));
        if (t.stoppedAt() != null || t.stopCode() != null) {
            out.add(kv("Stopped", Text.dateTime(t.stoppedAt())));
            out.add(kv("Stop code", t.stopCode(), Tone.WARN));
            out.add(kv("Stopped reason", t.stoppedReason(), Tone.WARN));
        }
        out.add(StyledLine.EMPTY);
        out.add(heading("Containers"));
        t.containers().forEach(c -> out.addAll(containerLines(c)));
        return out;
    }

    private List<StyledLine> container(Container c) {
        List<StyledLine> out = new ArrayList<>();
        out.add(heading("Container " + c.name()));
        out.addAll(containerLines(c));
        return out;
    }

    private static List<StyledLine> containerLines(Container c) {
        List<StyledLine> out = new ArrayList<>();
        out.add(kv(c.name(), c.lastStatus() + (c.exitCode() == null ? "" : ", exit " + c.exitCode()),
                c.exitCode() != null && c.exitCode() != 0 ? Tone.BAD : Tone.NORMAL));
        out.add(kv("  image", c.image()));
        if (c.reason() != null) {
            out.add(kv("  reason", c.reason(), Tone.WARN));
        }
        if (c.healthStatus() != null) {
            out.add(kv("  health", c.healthStatus()));
        }
        return out;
    }

    private static List<StyledLine> cluster(Cluster c) {
        List<StyledLine> out = new ArrayList<>();
        out.add(heading("Cluster " + c.name()));
        out.add(kv("ARN", c.arn()));
        out.add(kv("Status", c.status()));
        out.add(kv("Services", c.activeServices()));
        out.add(kv("Running / pending tasks", c.runningTasks() + " / " + c.pendingTasks()));
        out.add(kv("Container instances", c.containerInstances()));
        out.add(kv("Container Insights", c.containerInsights() ? "on" : "off"));
        c.tags().forEach((k, v) -> out.add(kv("tag " + k, v)));
        return out;
    }

    private List<StyledLine> finding(Finding f) {
        List<StyledLine> out = new ArrayList<>();
        out.add(StyledLine.builder().add(" " + f.severity() + " ", dev.berth.tui.triage.TriageResource.tone(f.severity()))
                .add(f.title(), Tone.STRONG).build());
        out.add(kv("What", f.kind().label()));
        out.add(kv("Where", Text.orDash(f.cluster()) + (f.service() == null ? "" : " / " + f.service())
                + (f.taskId() == null ? "" : " / task " + f.taskId())));
        out.add(kv("Since", Text.dateTime(f.since()) + " (" + Text.age(f.since(), clock.instant()) + " ago)"));
        out.add(StyledLine.EMPTY);
        out.add(heading("Evidence"));
        f.evidence().forEach(e -> out.add(StyledLine.of("  • " + e)));
        out.add(StyledLine.EMPTY);
        out.add(StyledLine.of(" Enter opens " + (f.taskId() != null ? "the task" : f.service() != null ? "the service's tasks" : "the cluster")
                + (f.service() != null ? " · l its logs · e its events" : ""), Tone.DIM));
        return out;
    }
}
