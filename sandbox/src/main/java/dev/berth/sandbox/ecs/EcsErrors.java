package dev.berth.sandbox.ecs;

import dev.berth.sandbox.wire.AwsException;

/** The ECS errors clients branch on, with AWS's codes and messages. */
final class EcsErrors {
    private EcsErrors() {
    }

    static AwsException invalid(String message) {
        return AwsException.client("InvalidParameterException", message);
    }

    static AwsException client(String message) {
        return AwsException.client("ClientException", message);
    }

    static AwsException clusterNotFound() {
        return AwsException.client("ClusterNotFoundException", "Cluster not found.");
    }

    static AwsException serviceNotFound() {
        return AwsException.client("ServiceNotFoundException", "Service not found.");
    }

    static AwsException serviceNotActive() {
        return AwsException.client("ServiceNotActiveException", "Service was not ACTIVE.");
    }
}
