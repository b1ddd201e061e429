package dev.berth.sandbox;

import com.sun.net.httpserver.HttpServer;
import dev.berth.sandbox.discovery.CloudMapApi;
import dev.berth.sandbox.ecs.EcsApi;
import dev.berth.sandbox.elb.ElbApi;
import dev.berth.sandbox.ecs.GroundTruth;
import dev.berth.sandbox.knobs.ControlApi;
import dev.berth.sandbox.knobs.Knobs;
import dev.berth.sandbox.knobs.MutationAudit;
import dev.berth.sandbox.knobs.RequestCounter;
import dev.berth.sandbox.scaling.ScalingApi;
import dev.berth.sandbox.scenario.Scenario;
import dev.berth.sandbox.scenario.Scenarios;
import dev.berth.sandbox.logs.LogTruthView;
import dev.berth.sandbox.logs.LogsApi;
import dev.berth.sandbox.metrics.CloudWatchApi;
import dev.berth.sandbox.sim.World;
import dev.berth.sandbox.sts.StsApi;
import dev.berth.sandbox.wire.AwsService;
import dev.berth.sandbox.wire.FrontDoor;
import dev.berth.sandbox.wire.ServiceRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running sandbox: a local ECS account served over HTTP on one port for every AWS service it
 * speaks. Start it in-process with {@link #start}, point SDK clients at {@link #endpoint()} with any
 * credentials, and close it when done.
 */
public final class Sandbox implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Sandbox.class);
    /** How often the control plane moves, in real time. */
    private static final long TICK_MILLIS = 100;

    static {
        // Without TCP_NODELAY the JDK server's small answers wait out the client's delayed ACK:
        // about 40 ms per call on a kept-alive connection instead of under 3.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final SandboxOptions options;
    private final World world;
    private final Knobs knobs;
    private final RequestCounter requests = new RequestCounter();
    private final MutationAudit audit = new MutationAudit();
    private final ControlApi control;
    private final HttpServer server;
    private final ExecutorService handlers = Executors.newVirtualThreadPerTaskExecutor();
    /** Set by {@link #close}: a scenario still building then never serves. */
    private boolean closed;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sandbox-control-plane");
        t.setDaemon(true);
        return t;
    });

    private Sandbox(SandboxOptions options) throws IOException {
        this.options = options;
        this.world = new World(options);
        this.knobs = new Knobs(options.latencyMillis(), options.rateLimits(), options.throttleRate(),
                options.serverErrorRate(), options.resetRate());
        this.control = new ControlApi(world, knobs, requests, audit);
        GroundTruth.register(control, world);
        control.addView(LogTruthView.PATH, new LogTruthView(world));
        ServiceRegistry registry = new ServiceRegistry(services(world));
        this.server = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 256);
        server.createContext("/", new FrontDoor(registry, world, knobs, requests, audit, control));
        server.setExecutor(handlers);
    }

    private static List<AwsService> services(World world) {
        return List.of(StsApi.service(world), EcsApi.service(world), ScalingApi.service(world),
                LogsApi.service(world), CloudWatchApi.service(world), ElbApi.service(world), CloudMapApi.service(world));
    }

    /**
     * Builds the scenario and starts serving; the returned sandbox is ready for requests. An unknown
     * scenario is refused (IllegalArgumentException naming the known ones) before the port is taken.
     */
    public static Sandbox start(SandboxOptions options) {
        Scenario scenario = Scenarios.named(options.scenario());
        Sandbox sandbox = bind(options);
        sandbox.buildAndServe(scenario);
        return sandbox;
    }

    /**
     * Takes the port at once and builds the scenario on a thread of its own, then serves: clients can
     * be set up and send their first requests meanwhile (the listening socket holds them until the
     * sandbox answers), so their start-up overlaps the build. A build that fails closes the sandbox,
     * and the waiting requests fail. An unknown scenario is refused before the port is taken.
     */
    public static Sandbox listen(SandboxOptions options) {
        Scenario scenario = Scenarios.named(options.scenario());
        Sandbox sandbox = bind(options);
        Thread.ofPlatform().name("sandbox-build").daemon().start(() -> {
            try {
                sandbox.buildAndServe(scenario);
            } catch (RuntimeException e) {
                LOG.error("scenario {} could not be built", options.scenario(), e);
            }
        });
        return sandbox;
    }

    private static Sandbox bind(SandboxOptions options) {
        try {
            return new Sandbox(options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + options.host() + ":" + options.port() + ": " + e.getMessage(), e);
        }
    }

    private void buildAndServe(Scenario scenario) {
        long began = System.nanoTime();
        try {
            scenario.build(world.home());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        LOG.info("scenario {} built in {} ms", options.scenario(), (System.nanoTime() - began) / 1_000_000);
        // With close() on another thread (the demo's window closed mid-build): serve and tick only if still open.
        synchronized (this) {
            if (closed) {
                return;
            }
            server.start();
            ticker.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        }
        LOG.info("sandbox listening on {} (scenario {}, speed {}x)", endpoint(), options.scenario(), options.speed());
    }

    private void tick() {
        try {
            world.tick();
        } catch (RuntimeException e) {
            // One bad tick must not stop the account from moving.
            LOG.warn("control plane tick failed", e);
        }
    }

    /** {@code http://host:port}: the endpoint URL for every AWS client. */
    public URI endpoint() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return URI.create("http://" + host + ":" + server.getAddress().getPort());
    }

    public SandboxOptions options() {
        return options;
    }

    public World world() {
        return world;
    }

    public Knobs knobs() {
        return knobs;
    }

    public RequestCounter requests() {
        return requests;
    }

    public MutationAudit audit() {
        return audit;
    }

    public ControlApi control() {
        return control;
    }

    @Override
    public synchronized void close() {
        closed = true;
        ticker.shutdownNow();
        server.stop(0);
        handlers.shutdownNow();
    }
}
