package dev.berth.desktop.detail;

import dev.berth.core.model.Cluster;
import dev.berth.core.model.ContainerInstance;
import java.time.Instant;

/** What the detail area shows: a service, a task, a container instance, a cluster or a task-definition family. */
public sealed interface Target {
    String cluster();

    /** A service of a cluster. */
    record ServiceTarget(String cluster, String service) implements Target {
    }

    /**
     * A task; {@code logsFrom} starts its logs at a moment (e.g. shortly before it stopped), or null
     * for the usual since window.
     */
    record TaskTarget(String cluster, String service, String taskId, Instant logsFrom) implements Target {
    }

    /** A container instance, shown as it was listed. */
    record InstanceTarget(String cluster, ContainerInstance instance) implements Target {
    }

    /** A cluster, shown as it was listed. */
    record ClusterTarget(Cluster value) implements Target {
        @Override
        public String cluster() {
            return value.name();
        }
    }

    /** A task-definition family (the newest revision first). */
    record FamilyTarget(String family) implements Target {
        @Override
        public String cluster() {
            return null;
        }
    }
}
