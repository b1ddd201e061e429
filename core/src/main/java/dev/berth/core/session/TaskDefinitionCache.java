package dev.berth.core.session;

import dev.berth.core.model.TaskDefinition;
import dev.berth.core.sources.EcsSource;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Task definitions by ARN or {@code family:revision}: a revision never changes once registered,
 * so answers are kept (bounded, least recently used first out). A bare family name (latest
 * revision) is always asked again.
 */
final class TaskDefinitionCache {
    private static final int MAX = 500;
    private final EcsSource ecs;
    private final Map<String, TaskDefinition> byKey = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TaskDefinition> eldest) {
            return size() > MAX;
        }
    };

    TaskDefinitionCache(EcsSource ecs) {
        this.ecs = ecs;
    }

    TaskDefinition get(String arnOrFamilyRevision) {
        boolean immutable = arnOrFamilyRevision.contains(":");
        if (immutable) {
            synchronized (byKey) {
                TaskDefinition known = byKey.get(arnOrFamilyRevision);
                if (known != null) {
                    return known;
                }
            }
        }
        TaskDefinition td = ecs.taskDefinition(arnOrFamilyRevision);
        synchronized (byKey) {
            byKey.put(td.ref().arn(), td);
            byKey.put(td.ref().familyRevision(), td);
        }
        return td;
    }
}
