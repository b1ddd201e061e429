package dev.berth.sandbox.ecs;

/** Where a task runs: on Fargate or on the cluster's EC2 container instances. */
enum LaunchType {
    EC2("EC2"),
    FARGATE("Fargate");

    private final String statisticsName;

    LaunchType(String statisticsName) {
        this.statisticsName = statisticsName;
    }

    /** The word DescribeClusters statistics use: {@code runningFargateTasksCount}. */
    String statisticsName() {
        return statisticsName;
    }

    /**
     * The launch type a request asks for: its {@code launchType}, else FARGATE when its capacity
     * provider strategy (or the cluster's default one) names a Fargate provider, else EC2.
     */
    static LaunchType requested(dev.berth.sandbox.wire.Input in, Cluster cluster) {
        LaunchType named = parse(in.string("launchType"), in);
        if (named != null) {
            return named;
        }
        boolean fargateProvider = in.list("capacityProviderStrategy").stream()
                .anyMatch(p -> String.valueOf(p.string("capacityProvider")).startsWith("FARGATE"));
        return fargateProvider || cluster.defaultCapacityProviderStrategy.toString().contains("FARGATE") ? FARGATE : EC2;
    }

    static LaunchType parse(String value, dev.berth.sandbox.wire.Input in) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "EC2" -> EC2;
            case "FARGATE" -> FARGATE;
            default -> throw in.invalid("launchType " + value + " is not supported by the sandbox (use EC2 or FARGATE).");
        };
    }
}
