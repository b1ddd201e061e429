package dev.berth.bench.desktop;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Launch to the first window with data: starts {@code DesktopMain --demo} N times on the display in
 * $DISPLAY and times each run from process start to the log line the app writes once the first
 * list's rows are painted. Prints every run and the median. The command is in docs/benchmarks.md.
 */
public final class LaunchBench {
    private static final Pattern FIRST_DATA = Pattern.compile("first data on screen (\\d+) ms after JVM start");
    private static final Pattern WINDOW = Pattern.compile("window shown (\\d+) ms after JVM start");

    private LaunchBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        String classpath = args.length > 1 ? args[1] : System.getProperty("java.class.path");
        List<String> extra = args.length > 2 ? List.of(args).subList(2, args.length) : List.of();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<Long> wall = new ArrayList<>();
        List<Long> window = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path state = Files.createTempDirectory("berth-launch");
            List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED"));
            command.addAll(extra);
            command.addAll(List.of("-cp", classpath, "dev.berth.desktop.DesktopMain", "--demo", "--theme", "light"));
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(state.resolve("stdout.txt").toFile());
            pb.environment().put("XDG_STATE_HOME", state.toString());
            long start = System.nanoTime();
            Process p = pb.start();
            Path log = state.resolve("berth/berth-desktop.log");
            Long firstData = null;
            Long shown = null;
            long cpuMillis = -1;
            long deadline = start + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline && firstData == null && p.isAlive()) {
                if (Files.exists(log)) {
                    String text = Files.readString(log);
                    Matcher w = WINDOW.matcher(text);
                    if (shown == null && w.find()) {
                        shown = Long.parseLong(w.group(1));
                    }
                    if (FIRST_DATA.matcher(text).find()) {
                        firstData = (System.nanoTime() - start) / 1_000_000;
                        cpuMillis = p.toHandle().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
                    }
                }
                Thread.sleep(10);
            }
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            if (firstData == null) {
                System.out.println("run " + (i + 1) + ": no data within 60 s; see " + log);
                continue;
            }
            wall.add(firstData);
            window.add(shown == null ? -1 : shown);
            cpu.add(cpuMillis);
            System.out.printf("run %d: first window with data %d ms (window shown %d ms after JVM start; %d ms of CPU used by then)%n",
                    i + 1, firstData, shown, cpuMillis);
        }
        System.out.printf("median launch to first window with data: %d ms over %d runs (window alone: %d ms; CPU by first data: %d ms)%n",
                median(wall), wall.size(), median(window), median(cpu));
        System.out.printf("machine: %d cores, load average %.1f%n", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static long median(List<Long> v) {
        if (v.isEmpty()) {
            return -1;
        }
        List<Long> s = v.stream().sorted().toList();
        return s.get(s.size() / 2);
    }
}
