package dev.berth.sandbox.ecs;

import dev.berth.sandbox.sim.Region;

/** Reads the names and ids ECS accepts in place of full ARNs, and the ARNs themselves. */
final class Arns {
    private Arns() {
    }

    /**
     * The resource part of an ECS ARN of this region and account ({@code cluster/prod}); a plain name
     * comes back as it is; an ARN of another region, account or service gives null.
     */
    static String resource(String reference, Region region) {
        if (!reference.startsWith("arn:")) {
            return reference;
        }
        String prefix = "arn:aws:ecs:" + region.name() + ":" + region.account() + ":";
        return reference.startsWith(prefix) ? reference.substring(prefix.length()) : null;
    }

    /** The last path element of a {@code type/...} ARN, or the reference itself when it is not an ARN; null if it is another resource. */
    static String lastPart(String reference, Region region, String type) {
        String resource = resource(reference, region);
        if (resource == null || !reference.startsWith("arn:")) {
            return resource;
        }
        if (!resource.startsWith(type + "/")) {
            return null;
        }
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    /** For ARNs of the form {@code type/cluster/name}: the cluster element, or null when absent. */
    static String clusterPart(String reference, Region region, String type) {
        String resource = resource(reference, region);
        if (resource == null || !reference.startsWith("arn:") || !resource.startsWith(type + "/")) {
            return null;
        }
        String[] parts = resource.split("/");
        return parts.length == 3 ? parts[1] : null;
    }
}
