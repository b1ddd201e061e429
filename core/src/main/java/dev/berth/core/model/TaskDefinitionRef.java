package dev.berth.core.model;

/** A task definition named by family and revision, with its ARN. */
public record TaskDefinitionRef(String arn, String family, int revision) {
    public TaskDefinitionRef {
        Checks.require(arn, "arn");
        Checks.require(family, "family");
    }

    /** {@code web:42} from a task-definition ARN (or the input, if it is not one). */
    public static String familyRevision(String taskDefinitionArn) {
        if (taskDefinitionArn == null) {
            return null;
        }
        int slash = taskDefinitionArn.lastIndexOf('/');
        return slash < 0 ? taskDefinitionArn : taskDefinitionArn.substring(slash + 1);
    }

    /** Parses an ARN or {@code family:revision}. */
    public static TaskDefinitionRef parse(String arnOrFamilyRevision) {
        String fr = familyRevision(arnOrFamilyRevision);
        int colon = fr.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not a task definition revision: " + arnOrFamilyRevision);
        }
        try {
            return new TaskDefinitionRef(arnOrFamilyRevision, fr.substring(0, colon), Integer.parseInt(fr.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a task definition revision: " + arnOrFamilyRevision);
        }
    }

    public String familyRevision() {
        return family + ":" + revision;
    }
}
