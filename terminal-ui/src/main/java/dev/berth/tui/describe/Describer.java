package dev.berth.tui.describe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.core.Session;
import dev.berth.core.actions.RevisionDiff;
import dev.berth.core.json.JsonOutput;
import dev.berth.core.model.Cluster;
import dev.berth.core.model.Container;
import dev.berth.core.model.ContainerInstance;
import dev.berth.core.model.Service;
import dev.berth.core.model.TaskDefinition;
import dev.berth.core.model.TaskDefinitionRef;
import dev.berth.core.triage.Finding;
import dev.berth.tui.actions.DiffLines;
import dev.berth.tui.details.DefinitionSection;
import dev.berth.tui.details.ServiceDocument;
import dev.berth.tui.details.ServicePicture;
import dev.berth.tui.details.TaskDocument;
import dev.berth.tui.details.TaskPicture;
import dev.berth.tui.nav.Kind;
import dev.berth.tui.nav.Place;
import dev.berth.tui.nav.Target;
import dev.berth.tui.triage.TriageResource;
import dev.berth.tui.ui.Document;
import dev.berth.tui.ui.StyledLine;
import dev.berth.tui.ui.Text;
import dev.berth.tui.ui.Tone;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Single;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

/**
 * The text of describe ({@code d}), raw JSON ({@code y}) and revision diffs, for any selection. A
 * service's and a task's details are live pages; JSON is written as {@code berth ... -o json}
 * writes it, secret-looking values masked with a revealed variant.
 */
public final class Describer {
    private final Session session;
    private final Clock clock;
    private final ObjectMapper masked = JsonOutput.mapper(false);
    private final ObjectMapper revealed = JsonOutput.mapper(true);

    public Describer(Session session, Clock clock) {
        this.session = session;
        this.clock = clock;
    }

    /** A details page ({@link Place#describeService} or {@link Place#describeTask}), following its slices. */
    public Observable<Document> details(Place p) {
        if (p.taskId() != null) {
            return TaskPicture.watch(session, p.cluster(), p.service(), p.taskId()).map(x -> TaskDocument.of(x, clock.instant()));
        }
        return ServicePicture.watch(session, p.cluster(), p.service()).map(x -> ServiceDocument.of(x, clock.instant()));
    }

    /** Describe for values without a details page of their own. */
    public Observable<Document> describe(Object value) {
        return switch (value) {
            case Container c -> Observable.just(Document.of(container(c)));
            case Cluster c -> Observable.just(cluster(c));
            case Finding f -> Observable.just(Document.of(finding(f)));
            case ContainerInstance i -> Observable.just(instance(i));
            case TaskDefinitionRef r -> session.taskDefinition(r.arn()).map(Describer::definition).toObservable();
            default -> json(value);
        };
    }

    /**
     * Raw JSON of a selection: a service's whole picture ({@code berth service -o json}) or a task
     * from its details page (both following their slices), a task definition, or the record itself.
     */
    public Observable<Document> json(Target t) {
        boolean details = t.value() instanceof Place p && p.kind() == Kind.DESCRIBE;
        if (details && t.taskId() != null) {
            return TaskPicture.watch(session, t.cluster(), t.service(), t.taskId())
                    .map(p -> p.task().hasValue() ? json(p.task().value(), false).at(p.fetchedAt())
                            : Document.of(List.of(StyledLine.of(" loading…", Tone.DIM))));
        }
        if ((details || t.value() instanceof Service) && t.cluster() != null && t.service() != null) {
            return ServicePicture.watch(session, t.cluster(), t.service()).map(p -> json(p.report(),
                    DefinitionSection.hasMaskedValues(p.taskDefinition().value())).at(p.fetchedAt()));
        }
        return json(t.value());
    }

    private Observable<Document> json(Object value) {
        if (value instanceof TaskDefinitionRef r) {
            return session.taskDefinition(r.arn()).map(td -> Document.of(plain(td.maskedJson()))
                    .withRevealed(DefinitionSection.hasMaskedValues(td) ? Document.of(plain(td.json())) : null)).toObservable();
        }
        return Observable.fromCallable(() -> json(value, false));
    }

    private Document json(Object value, boolean hasMasked) {
        Document doc = Document.of(plain(write(masked, value)));
        return hasMasked ? doc.withRevealed(Document.of(plain(write(revealed, value)))) : doc;
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The diff from revision {@code a} to revision {@code b} (masked: a diff is no place to read secrets). */
    public Single<List<StyledLine>> diff(TaskDefinitionRef a, TaskDefinitionRef b) {
        return Single.zip(session.taskDefinition(a.arn()), session.taskDefinition(b.arn()), RevisionDiff::unified)
                .map(d -> d.isEmpty()
                        ? List.of(StyledLine.of(a.familyRevision() + " and " + b.familyRevision() + ": no differences", Tone.DIM))
                        : d.lines().map(DiffLines::line).toList());
    }

    private static List<StyledLine> plain(String text) {
        return text == null ? List.of(StyledLine.of("(empty)", Tone.DIM)) : text.lines().map(StyledLine::of).toList();
    }

    private static Document definition(TaskDefinition td) {
        return DefinitionSection.page(reveal -> {
            Document.Builder b = Document.builder().section("taskdef", "Task definition " + td.ref().familyRevision());
            DefinitionSection.add(b, td, reveal);
            return b.build();
        }, td, null);
    }

    private static List<StyledLine> container(Container c) {
        Document.Builder b = Document.builder();
        b.add(Document.Builder.heading("Container " + c.name()));
        b.kv(c.name(), c.lastStatus() + (c.exitCode() == null ? "" : ", exit " + c.exitCode()),
                c.exitCode() != null && c.exitCode() != 0 ? Tone.BAD : Tone.NORMAL);
        b.kv("  image", c.image());
        if (c.reason() != null) {
            b.kv("  reason", c.reason(), Tone.WARN);
        }
        if (c.healthStatus() != null) {
            b.kv("  health", c.healthStatus());
        }
        return b.build().lines();
    }

    private static Document cluster(Cluster c) {
        Document.Builder b = Document.builder();
        b.add(Document.Builder.heading("Cluster " + c.name()));
        b.kv("ARN", c.arn(), Tone.DIM);
        b.kv("Status", c.status());
        b.kv("Services", c.activeServices());
        b.kv("Running / pending tasks", c.runningTasks() + " / " + c.pendingTasks());
        b.kv("Container instances", c.containerInstances() + (c.containerInstances() > 0 ? "  (i lists them)" : ""));
        b.kv("Container Insights", c.containerInsights() ? "on" : "off");
        c.tags().forEach((k, v) -> b.kv("tag " + k, v));
        return b.build();
    }

    private Document instance(ContainerInstance i) {
        Document.Builder b = Document.builder();
        b.add(Document.Builder.heading("Container instance " + Text.orDash(i.ec2InstanceId())));
        b.kv("ARN", i.arn(), Tone.DIM);
        b.kv("Status", i.status());
        b.kv("Agent", i.agentConnected() ? "connected" : "DISCONNECTED: ECS cannot place or stop tasks here",
                i.agentConnected() ? Tone.GOOD : Tone.BAD);
        b.kv("Agent version", i.agentVersion());
        b.kv("Tasks", i.runningTasks() + " running, " + i.pendingTasks() + " pending");
        b.kv("CPU free", i.remainingCpu() + " of " + i.registeredCpu() + " units");
        b.kv("Memory free", i.remainingMemory() + " of " + i.registeredMemory() + " MiB");
        b.kv("Availability zone", i.availabilityZone());
        b.kv("Registered", Text.dateTime(i.registeredAt()) + " (" + Text.age(i.registeredAt(), clock.instant()) + " ago)");
        return b.build();
    }

    private List<StyledLine> finding(Finding f) {
        Document.Builder b = Document.builder();
        b.add(StyledLine.builder().add(" " + f.severity() + " ", TriageResource.tone(f.severity()))
                .add(f.title(), Tone.STRONG).build());
        b.kv("What", f.kind().label());
        b.kv("Where", Text.orDash(f.cluster()) + (f.service() == null ? "" : " / " + f.service())
                + (f.taskId() == null ? "" : " / task " + f.taskId()));
        b.kv("Since", Text.dateTime(f.since()) + " (" + Text.age(f.since(), clock.instant()) + " ago)");
        b.blank();
        b.add(Document.Builder.heading("Evidence"));
        f.evidence().forEach(e -> b.add(StyledLine.of("  • " + e)));
        b.blank();
        b.add(StyledLine.of(" Enter opens " + TriageResource.evidenceWhere(f)
                + (f.service() != null ? " · l its logs · e its events" : ""), Tone.DIM));
        return b.build().lines();
    }
}
