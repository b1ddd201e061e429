package dev.berth.sandbox;

import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code berth sandbox}: serve a local ECS account until interrupted. */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = "Run a local ECS account that speaks the AWS wire protocols (ECS, CloudWatch Logs, "
                + "CloudWatch, Application Auto Scaling, STS) and moves on its own.")
public final class SandboxCommand implements Callable<Integer> {
    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = {"-p", "--port"}, defaultValue = "4566", description = "Port, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--scenario", defaultValue = "demo", description = "demo, empty or sized (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--size", defaultValue = "1x2000x3", description = "CLUSTERSxSERVICESxTASKS for --scenario sized (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--seed", defaultValue = "42", description = "Seed for ids, crashes and log lines (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--speed", defaultValue = "1", description = "Sandbox seconds per real second (default: ${DEFAULT-VALUE}).")
    double speed;

    @Option(names = "--region", defaultValue = "us-east-1", description = "Region the scenario lives in (default: ${DEFAULT-VALUE}).")
    String region;

    @Option(names = "--latency", defaultValue = "0", description = "Milliseconds added to every answer (default: ${DEFAULT-VALUE}).")
    int latency;

    @Option(names = "--rate-limits", description = "Throttle like AWS: token buckets per operation.")
    boolean rateLimits;

    @Option(names = "--throttle-rate", defaultValue = "0", description = "Share of requests answered with ThrottlingException (0..1).")
    double throttleRate;

    @Option(names = "--error-rate", defaultValue = "0", description = "Share of requests answered with a 503 (0..1).")
    double errorRate;

    @Option(names = "--reset-rate", defaultValue = "0", description = "Share of requests whose connection is dropped (0..1).")
    double resetRate;

    @Override
    public Integer call() throws InterruptedException {
        SandboxOptions options = new SandboxOptions(host, port, scenario, seed, speed, Instant.now(), region,
                "123456789012", SandboxOptions.Size.parse(size), latency, rateLimits, throttleRate, errorRate, resetRate);
        Sandbox sandbox = Sandbox.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "sandbox-shutdown"));
        System.out.println("Berth sandbox listening on " + sandbox.endpoint()
                + "  (scenario " + scenario + ", region " + region + ", account " + options.account() + ", speed " + speed + "x)");
        if (!options.loopback()) {
            System.out.println("Note: listening on " + host + ", not only on loopback: other machines can reach this sandbox.");
        }
        System.out.println("Try:  aws --endpoint-url " + sandbox.endpoint() + " --region " + region + " ecs list-clusters");
        System.out.println("Stop with Ctrl-C.");
        stopped.await();
        return 0;
    }

    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "dev/berth/sandbox/logback-standalone.xml");
        }
        CommandLine cli = new CommandLine(new SandboxCommand());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("berth sandbox: " + e.getMessage());
            return 2;
        });
        System.exit(cli.execute(args));
    }
}
