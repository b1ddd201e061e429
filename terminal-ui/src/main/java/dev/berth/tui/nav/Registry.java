package dev.berth.tui.nav;

import dev.berth.tui.clusters.ClustersResource;
import dev.berth.tui.containers.ContainersResource;
import dev.berth.tui.contexts.Contexts;
import dev.berth.tui.contexts.ContextsResource;
import dev.berth.tui.events.EventsResource;
import dev.berth.tui.instances.ContainerInstancesResource;
import dev.berth.tui.services.ServicesResource;
import dev.berth.tui.taskdefs.FamiliesResource;
import dev.berth.tui.taskdefs.RevisionsResource;
import dev.berth.tui.tasks.TasksResource;
import dev.berth.tui.triage.TriageResource;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/** Which resource list serves which kind of place (k9s's registrar): one table view, many renderers. */
public final class Registry {
    private final Map<Kind, Resource<?>> resources = new EnumMap<>(Kind.class);

    public Registry(Clock clock) {
        this(clock, null);
    }

    /** @param contexts where {@code :ctx} and {@code :region} may switch to, or null when this run cannot switch */
    public Registry(Clock clock, Contexts contexts) {
        register(new ClustersResource());
        register(new ServicesResource(clock));
        register(new TasksResource(clock));
        register(new ContainersResource());
        register(new ContainerInstancesResource(clock));
        register(new FamiliesResource());
        register(new RevisionsResource());
        register(new TriageResource(clock));
        register(new EventsResource(clock));
        if (contexts != null) {
            register(new ContextsResource(Kind.CONTEXTS, contexts, clock));
            register(new ContextsResource(Kind.REGIONS, contexts, clock));
        }
    }

    private void register(Resource<?> r) {
        resources.put(r.kind(), r);
    }

    /** The list resource for a kind, or null for kinds with their own panel (logs, metrics, text). */
    public Resource<?> resource(Kind kind) {
        return resources.get(kind);
    }
}
