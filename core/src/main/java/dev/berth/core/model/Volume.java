package dev.berth.core.model;

/**
 * A volume of a task definition: an EFS file system, a bind mount (a host path, or task storage on
 * Fargate), a Docker volume, or another kind Berth shows by name only.
 *
 * @param kind     EFS, BIND, DOCKER or OTHER
 * @param hostPath the host path of a bind mount, null when none (Fargate task storage)
 * @param efs      the EFS settings when {@code kind} is EFS, else null
 * @param docker   the Docker volume settings when {@code kind} is DOCKER, else null
 */
public record Volume(String name, Kind kind, String hostPath, Efs efs, Docker docker) {
    public Volume {
        Checks.require(name, "name");
        Checks.require(kind, "kind");
    }

    /** What backs a volume. */
    public enum Kind { EFS, BIND, DOCKER, OTHER }

    /** An EFS file system: through an access point, with transit encryption and IAM authorization or not. */
    public record Efs(String fileSystemId, String rootDirectory, String accessPointId, boolean transitEncryption,
                      boolean iamAuthorization) {
    }

    /** A Docker volume: its scope (task or shared), driver, and whether it is created when missing. */
    public record Docker(String scope, String driver, boolean autoprovision) {
    }
}
