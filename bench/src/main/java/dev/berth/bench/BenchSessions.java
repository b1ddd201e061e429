package dev.berth.bench;

import dev.berth.core.AwsSessionFactory;
import dev.berth.core.Session;
import dev.berth.core.config.BerthConfig;
import dev.berth.core.config.BerthPaths;
import dev.berth.core.context.ConnectOptions;
import dev.berth.core.context.ContextResolver;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/** What the core harnesses share: a session opened as the app opens one, heap after GC, the machine line. */
final class BenchSessions {
    private BenchSessions() {
    }

    /** A session on a sandbox endpoint, with config and state (audit log) in a throwaway directory. */
    static Session open(URI endpoint) {
        try {
            Path dir = Files.createTempDirectory("berth-bench");
            BerthPaths paths = BerthPaths.from(Map.of("XDG_CONFIG_HOME", dir.resolve("config").toString(),
                    "XDG_STATE_HOME", dir.resolve("state").toString()), dir);
            return new AwsSessionFactory(new ContextResolver(Map.of(), dir), BerthConfig.defaults(), paths,
                    Schedulers.io(), Clock.systemUTC()).open(ConnectOptions.sandbox(endpoint, "us-east-1"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static String machine() {
        Runtime rt = Runtime.getRuntime();
        return String.format(Locale.ROOT, "machine: %d cores, max heap %d MiB, %s %s, %s %s, %s", rt.availableProcessors(),
                rt.maxMemory() >> 20, System.getProperty("java.vm.name"), System.getProperty("java.version"),
                System.getProperty("os.name"), System.getProperty("os.arch"), LocalDate.now());
    }
}
