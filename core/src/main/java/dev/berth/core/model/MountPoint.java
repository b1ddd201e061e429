package dev.berth.core.model;

/** Where a container mounts one of its task definition's volumes. */
public record MountPoint(String sourceVolume, String containerPath, boolean readOnly) {
}
