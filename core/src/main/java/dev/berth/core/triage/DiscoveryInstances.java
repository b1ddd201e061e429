package dev.berth.core.triage;

import dev.berth.core.model.DiscoveryInstance;
import dev.berth.core.model.DiscoveryRegistry;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceRegistryRef;
import dev.berth.core.model.Task;
import java.util.ArrayList;
import java.util.List;

/** Shared reading of a service's Cloud Map instances for the discovery rules. */
final class DiscoveryInstances {
    private DiscoveryInstances() {
    }

    /** One instance of one of the service's registries. */
    record Entry(DiscoveryRegistry registry, DiscoveryInstance instance) {
    }

    static List<Entry> of(TriageInput in, Service s) {
        List<Entry> out = new ArrayList<>();
        for (ServiceRegistryRef ref : s.serviceRegistries()) {
            DiscoveryRegistry r = in.surroundings().registry(ref.registryArn());
            if (r != null) {
                r.instances().forEach(i -> out.add(new Entry(r, i)));
            }
        }
        return out;
    }

    /** The task an instance stands for when the task list has it, else null. */
    static Task task(TriageInput in, DiscoveryInstance i) {
        return i.taskId() == null ? null : in.task(i.taskId());
    }

    /** True when the instance stands for a task known to be running (or on its way up or down). */
    static boolean live(TriageInput in, DiscoveryInstance i) {
        Task t = task(in, i);
        return t != null && !t.stopped();
    }

    /** "orders.prod.internal → 10.0.3.17:8080 (HEALTHY)". */
    static String address(Entry e) {
        DiscoveryInstance i = e.instance();
        return e.registry().hostname() + " → " + (i.ipv4() == null ? "(no address)" : i.ipv4())
                + (i.port() == null ? "" : ":" + i.port()) + " (" + i.health() + ")";
    }
}
