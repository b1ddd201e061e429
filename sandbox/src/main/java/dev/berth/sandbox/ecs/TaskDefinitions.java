package dev.berth.sandbox.ecs;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/** A region's task definition families, each a list of revisions numbered from 1. */
final class TaskDefinitions {
    private final NavigableMap<String, List<TaskDefinition>> families = new TreeMap<>();

    int nextRevision(String family) {
        List<TaskDefinition> revisions = families.get(family);
        return revisions == null ? 1 : revisions.size() + 1;
    }

    void add(TaskDefinition definition) {
        families.computeIfAbsent(definition.family, f -> new ArrayList<>()).add(definition);
    }

    /**
     * Finds {@code family} (its latest ACTIVE revision), {@code family:revision} or a full ARN;
     * null when there is no such revision.
     */
    TaskDefinition find(String reference) {
        String ref = reference;
        int slash = ref.indexOf(":task-definition/");
        if (ref.startsWith("arn:")) {
            if (slash < 0) {
                return null;
            }
            ref = ref.substring(slash + ":task-definition/".length());
        }
        int colon = ref.lastIndexOf(':');
        if (colon < 0) {
            List<TaskDefinition> revisions = families.get(ref);
            if (revisions == null) {
                return null;
            }
            for (int i = revisions.size() - 1; i >= 0; i--) {
                if (revisions.get(i).active()) {
                    return revisions.get(i);
                }
            }
            return null;
        }
        List<TaskDefinition> revisions = families.get(ref.substring(0, colon));
        try {
            int revision = Integer.parseInt(ref.substring(colon + 1));
            return revisions == null || revision < 1 || revision > revisions.size() ? null : revisions.get(revision - 1);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Every revision, by family name then revision number. */
    List<TaskDefinition> all() {
        List<TaskDefinition> out = new ArrayList<>();
        families.values().forEach(out::addAll);
        return out;
    }

    NavigableMap<String, List<TaskDefinition>> families() {
        return families;
    }
}
