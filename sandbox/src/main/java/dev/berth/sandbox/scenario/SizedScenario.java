package dev.berth.sandbox.scenario;

import dev.berth.sandbox.SandboxOptions;
import dev.berth.sandbox.ecs.EcsState;
import dev.berth.sandbox.sim.Region;
import java.util.List;
import java.util.Map;

/**
 * {@code --size CxSxT}: C Fargate clusters of S services of T tasks, for benchmarks. Mostly healthy:
 * one service in a hundred runs out of memory now and then, one crashes after a while. Built three
 * sandbox minutes in the past (tasks need one to start). Metric history goes back three hours, or
 * less where that would pass {@value #BACKFILL_DATAPOINTS} datapoints (an hour at 5,000 services),
 * which keeps big accounts quick to build and lean.
 */
final class SizedScenario implements Scenario {
    private static final long HISTORY_MILLIS = 3 * 60_000L;
    private static final long MAX_METRICS_MILLIS = 3 * 60 * 60_000L;
    private static final long BACKFILL_DATAPOINTS = 600_000;

    @Override
    public void build(Region region) {
        SandboxOptions.Size size = region.world().options().size();
        EcsState ecs = region.ecs();
        LocalCalls calls = new LocalCalls(region);
        long now = ecs.now();
        long start = now - HISTORY_MILLIS;
        String ecr = region.account() + ".dkr.ecr." + region.name() + ".amazonaws.com/";
        ecs.simulate(start, now, () -> {
            for (int c = 1; c <= size.clusters(); c++) {
                String cluster = String.format("cluster-%02d", c);
                calls.ecs("CreateCluster", "{\"clusterName\": \"" + cluster + "\", \"tags\": [{\"key\": \"env\", \"value\": \"load\"}]}");
                List<String> subnets = List.of("subnet-0" + c + "a000000000000001", "subnet-0" + c + "b000000000000002",
                        "subnet-0" + c + "c000000000000003");
                for (int s = 1; s <= size.servicesPerCluster(); s++) {
                    String name = String.format("svc-%04d", s);
                    String family = cluster + "-" + name;
                    Map<String, String> labels = s % 100 == 42 ? Map.of("sandbox.behaviour", "oom", "sandbox.lifetime", "600-1800")
                            : s % 100 == 77 ? Map.of("sandbox.behaviour", "crash", "sandbox.lifetime", "300-1200")
                            : Map.of("sandbox.cpu", Integer.toString(10 + s % 60));
                    AppSpec app = new AppSpec(family, ecr + name + ":1." + (s % 10) + ".0", 256, 512, 8080, true,
                            "/ecs/" + cluster + "/" + name, labels);
                    calls.ecs("RegisterTaskDefinition", app.register(region.account(), region.name()));
                    calls.ecs("CreateService", new ServiceSpec(cluster, name, family, size.tasksPerService(), true, false, subnets,
                            false, "team-" + (s % 12), "load").create());
                }
            }
            long services = Math.max(1L, (long) size.clusters() * size.servicesPerCluster());
            long minutes = Math.max(15, BACKFILL_DATAPOINTS / (services * 2));
            ecs.backfillMetrics(now - Math.min(MAX_METRICS_MILLIS, minutes * 60_000L), start);
        });
    }
}
