package dev.berth.bench;

import dev.berth.sandbox.Sandbox;
import dev.berth.sandbox.SandboxOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.DescribeServicesResponse;

/**
 * The sandbox at scale: builds the {@code sized} scenario (default 2 × 2,500 services × 10 tasks),
 * then measures build time, heap after GC, and DescribeServices (10 names) answer times through the
 * real SDK client. Prints a Markdown table. Arguments: {@code [CLUSTERSxSERVICESxTASKS] [calls]}.
 * Run with {@code bench/run-sandbox-scale.sh}.
 */
public final class SandboxScaleBench {
    private static final int WARM_UP_CALLS = 500;

    private SandboxScaleBench() {
    }

    public static void main(String[] args) throws Exception {
        SandboxOptions.Size size = SandboxOptions.Size.parse(args.length > 0 ? args[0] : "2x2500x10");
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        long began = System.nanoTime();
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withScenario("sized").withSize(size))) {
            double buildSeconds = (System.nanoTime() - began) / 1e9;
            long heap = heapAfterGc();
            try (EcsClient ecs = client(sandbox.endpoint())) {
                List<List<String>> batches = batchesOfTen(ecs, size);
                for (int i = 0; i < WARM_UP_CALLS; i++) {
                    describe(ecs, batches.get(i % batches.size()));
                }
                long[] nanos = new long[calls];
                for (int i = 0; i < calls; i++) {
                    long t = System.nanoTime();
                    DescribeServicesResponse r = describe(ecs, batches.get(i % batches.size()));
                    nanos[i] = System.nanoTime() - t;
                    if (r.services().size() != 10) {
                        throw new IllegalStateException("expected 10 services, got " + r.services().size() + ": " + r.failures());
                    }
                }
                Arrays.sort(nanos);
                print(size, buildSeconds, heap, calls, nanos);
            }
        }
    }

    private static List<List<String>> batchesOfTen(EcsClient ecs, SandboxOptions.Size size) {
        List<List<String>> batches = new ArrayList<>();
        for (int c = 1; c <= size.clusters(); c++) {
            String cluster = String.format("cluster-%02d", c);
            List<String> names = new ArrayList<>();
            ecs.listServicesPaginator(b -> b.cluster(cluster).maxResults(100)).serviceArns().forEach(names::add);
            for (int i = 0; i + 10 <= names.size(); i += 10) {
                List<String> batch = new ArrayList<>(names.subList(i, i + 10));
                batch.add(0, cluster);
                batches.add(batch);
            }
        }
        return batches;
    }

    private static DescribeServicesResponse describe(EcsClient ecs, List<String> clusterAndServices) {
        return ecs.describeServices(b -> b.cluster(clusterAndServices.get(0))
                .services(clusterAndServices.subList(1, clusterAndServices.size())));
    }

    private static long heapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static EcsClient client(URI endpoint) {
        return EcsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(ClientOverrideConfiguration.builder().apiCallTimeout(Duration.ofSeconds(30)).build())
                .build();
    }

    private static void print(SandboxOptions.Size size, double buildSeconds, long heap, int calls, long[] sorted) {
        double median = sorted[sorted.length / 2] / 1e6;
        double p99 = sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6;
        int services = size.clusters() * size.servicesPerCluster();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "%n| sandbox at scale (%d services, %d tasks) | value | target |%n",
                services, services * size.tasksPerService());
        System.out.println("|---|---|---|");
        System.out.printf(Locale.ROOT, "| scenario build (sized %dx%dx%d) | %.1f s | seconds |%n",
                size.clusters(), size.servicesPerCluster(), size.tasksPerService(), buildSeconds);
        System.out.printf(Locale.ROOT, "| heap used after GC (sandbox + SDK client) | %d MiB | < 1024 MiB |%n", heap >> 20);
        System.out.printf(Locale.ROOT, "| DescribeServices (10 names), median of %d | %.2f ms | < 5 ms |%n", calls, median);
        System.out.printf(Locale.ROOT, "| DescribeServices (10 names), p99 | %.2f ms | |%n", p99);
        System.out.printf(Locale.ROOT, "%nmachine: %d cores, max heap %d MiB, %s %s, %s %s, %s%n", rt.availableProcessors(),
                rt.maxMemory() >> 20, System.getProperty("java.vm.name"), System.getProperty("java.version"),
                System.getProperty("os.name"), System.getProperty("os.arch"), LocalDate.now());
    }
}
