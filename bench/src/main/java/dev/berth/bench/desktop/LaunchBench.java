package dev.berth.bench.desktop;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Launch to the first window with data: starts each given way of launching the desktop demo N times,
 * the ways taking turns, on the display in $DISPLAY, and times each run from process start to the log
 * line the app writes once the first list's rows are painted; it also reads the process's CPU time
 * then (exec'ing launchers keep the pid, so it is the app's). Prints every run and, per way, the
 * medians. Each way is {@code label=command words}; {@code --demo --theme light} is appended, or the
 * words in $LAUNCH_ARGS (e.g. {@code --endpoint-url URL} of a running sandbox). The commands are in
 * docs/benchmarks.md.
 */
public final class LaunchBench {
    private static final Pattern FIRST_DATA = Pattern.compile("first data on screen (\\d+) ms after JVM start");
    private static final Pattern WINDOW = Pattern.compile("window shown (\\d+) ms after JVM start");

    private LaunchBench() {
    }

    /** One launch's numbers: wall time to the first data, the window's own log time, CPU by the first data. */
    private record Run(long wallMillis, long windowMillis, long cpuMillis) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: LaunchBench RUNS 'label=command words' ...");
            System.exit(2);
        }
        int runs = Integer.parseInt(args[0]);
        Map<String, List<String>> ways = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            ways.put(args[i].substring(0, eq), List.of(args[i].substring(eq + 1).trim().split("\\s+")));
        }
        Map<String, List<Run>> results = new LinkedHashMap<>();
        ways.keySet().forEach(k -> results.put(k, new ArrayList<>()));
        for (int i = 0; i < runs; i++) {
            for (Map.Entry<String, List<String>> way : ways.entrySet()) {
                Run r = launch(way.getValue());
                if (r == null) {
                    System.out.printf("%s, run %d: no data within 60 s%n", way.getKey(), i + 1);
                    continue;
                }
                results.get(way.getKey()).add(r);
                System.out.printf("%s, run %d: first window with data %d ms (window shown %d ms after JVM start; %d ms of CPU by then)%n",
                        way.getKey(), i + 1, r.wallMillis(), r.windowMillis(), r.cpuMillis());
            }
        }
        System.out.printf("machine: %d cores, load average %.1f%n", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (Map.Entry<String, List<Run>> e : results.entrySet()) {
            List<Run> v = e.getValue();
            System.out.printf("%-40s median of %d: first data %d ms (window %d ms), CPU by first data %d ms%n", e.getKey(), v.size(),
                    median(v.stream().map(Run::wallMillis).toList()), median(v.stream().map(Run::windowMillis).toList()),
                    median(v.stream().map(Run::cpuMillis).toList()));
        }
    }

    /** One launch in a fresh state directory; null when no data came within a minute. */
    private static Run launch(List<String> way) throws Exception {
        Path state = Files.createTempDirectory("berth-launch");
        List<String> command = new ArrayList<>(way);
        String args = System.getenv().getOrDefault("LAUNCH_ARGS", "--demo --theme light");
        command.addAll(List.of(args.trim().split("\\s+")));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(state.resolve("stdout.txt").toFile());
        pb.environment().put("XDG_STATE_HOME", state.toString());
        long start = System.nanoTime();
        Process p = pb.start();
        Path log = state.resolve("berth/berth-desktop.log");
        Run run = null;
        long deadline = start + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && run == null && p.isAlive()) {
            if (Files.exists(log)) {
                String text = Files.readString(log);
                if (FIRST_DATA.matcher(text).find()) {
                    long wall = (System.nanoTime() - start) / 1_000_000;
                    long cpu = p.toHandle().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
                    Matcher w = WINDOW.matcher(text);
                    run = new Run(wall, w.find() ? Long.parseLong(w.group(1)) : -1, cpu);
                }
            }
            Thread.sleep(10);
        }
        p.destroy();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return run;
    }

    private static long median(List<Long> v) {
        if (v.isEmpty()) {
            return -1;
        }
        List<Long> s = v.stream().sorted().toList();
        return s.get(s.size() / 2);
    }
}
