package dev.berth.core;

import dev.berth.core.config.BerthConfig;
import dev.berth.core.config.BerthPaths;
import dev.berth.core.config.ConfigLoader;
import dev.berth.core.context.AwsContext;
import dev.berth.core.context.ConnectOptions;
import dev.berth.core.context.ContextResolver;
import dev.berth.core.context.ResolvedContext;
import dev.berth.core.limit.ApiLimiter;
import dev.berth.core.session.AwsSession;
import io.reactivex.rxjava3.core.Scheduler;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Opens {@link Session}s on AWS (or a sandbox) the way the AWS CLI resolves a context. {@link #open}
 * reads only local files: profile, region and config problems fail at once with one line; the first
 * network call happens when a slice is first watched. Sessions on the same context share one
 * {@link ApiLimiter}, so switching back and forth never doubles the request budget.
 */
public final class AwsSessionFactory implements SessionFactory {
    private final ContextResolver resolver;
    private final BerthConfig config;
    private final BerthPaths paths;
    private final Scheduler io;
    private final Clock clock;
    private final Map<String, ApiLimiter> limiters = new ConcurrentHashMap<>();

    public AwsSessionFactory(ContextResolver resolver, BerthConfig config, BerthPaths paths, Scheduler io, Clock clock) {
        this.resolver = resolver;
        this.config = config;
        this.paths = paths;
        this.io = io;
        this.clock = clock;
    }

    /**
     * The factory as the app uses it: the process environment, ~/.aws, and config.yaml from the
     * XDG config directory (a bad config file fails here with one line).
     */
    public static AwsSessionFactory standard() {
        BerthPaths paths = BerthPaths.fromEnvironment();
        return new AwsSessionFactory(ContextResolver.system(), ConfigLoader.load(paths.configFile()), paths,
                Schedulers.io(), Clock.systemUTC());
    }

    public BerthConfig config() {
        return config;
    }

    @Override
    public Session open(ConnectOptions options) {
        ResolvedContext resolved = resolver.resolve(options);
        String key = (resolved.endpoint() == null ? "aws" : resolved.endpoint().toString()) + "|" + resolved.name();
        ApiLimiter limiter = limiters.computeIfAbsent(key, k -> new ApiLimiter());
        return new AwsSession(new AwsContext(resolved, limiter, clock), config, paths.auditLog(), io, clock);
    }
}
