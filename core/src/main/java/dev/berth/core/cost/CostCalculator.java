package dev.berth.core.cost;

import dev.berth.core.model.CostEstimate;
import dev.berth.core.model.FargatePrice;
import dev.berth.core.model.MetricPoint;
import dev.berth.core.model.Rightsizing;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceMetrics;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskDefinition;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A service's monthly cost from its task size, its running tasks (Spot ones at the Spot price) and
 * the region's public Fargate price; and a rightsizing hint from the CPU and memory its tasks used
 * of what they reserve over a window: the cheapest Fargate size that holds the window's peaks at
 * no more than {@value #PEAK_TARGET_PERCENT}% is suggested.
 */
public final class CostCalculator {
    /** The utilisation a suggested size should see at the window's peak, leaving headroom above. */
    static final double PEAK_TARGET_PERCENT = 75;
    /** Peaks above this mean the tasks are too small. */
    static final double UNDERSIZED_PERCENT = 90;

    private final PriceTable prices;
    private final String region;

    public CostCalculator(PriceTable prices, String region) {
        this.prices = prices;
        this.region = region;
    }

    /**
     * @param tasks   the service's tasks (running ones count; which run on FARGATE_SPOT), or empty to
     *                count the service's running count as on demand
     * @param metrics the service's CPU and memory utilisation over {@code windowHours}, or null
     */
    public CostEstimate estimate(String cluster, Service service, TaskDefinition definition, List<Task> tasks,
                                 ServiceMetrics metrics, int windowHours) {
        int cpu = size(definition.cpu(), definition.containers().stream().mapToInt(c -> c.cpu() == null ? 0 : c.cpu()).sum());
        int memory = size(definition.memory(), definition.containers().stream().mapToInt(c -> c.memory() == null ? 0 : c.memory()).sum());
        List<Task> running = tasks.stream().filter(Task::running).toList();
        int count = running.isEmpty() ? service.runningCount() : running.size();
        int spot = (int) running.stream().filter(t -> "FARGATE_SPOT".equals(t.capacityProvider())).count();
        FargatePrice price = prices.price(region);
        boolean fargate = onFargate(service);
        String note = !fargate ? "Runs on EC2: what it costs is the container instances', not a price per task."
                : price == null ? "No Fargate price for " + region + " in Berth's price table of " + prices.asOf() + "."
                : "Public Fargate price (Linux/x86) of " + region + " as of " + prices.asOf() + "; Savings Plans, storage and "
                + "data transfer not included.";
        boolean estimated = fargate && price != null;
        double onDemand = estimated ? (count - spot) * price.hourly(cpu, memory, false) * CostEstimate.HOURS_PER_MONTH : 0;
        double spotMonthly = estimated ? spot * price.hourly(cpu, memory, true) * CostEstimate.HOURS_PER_MONTH : 0;
        Rightsizing hint = rightsize(cpu, memory, count, spot, fargate ? price : null, metrics, windowHours);
        return new CostEstimate(cluster, service.name(), region, estimated, note, cpu, memory, count, spot, round(onDemand),
                round(spotMonthly), price, prices.asOf(), prices.source(), hint);
    }

    static boolean onFargate(Service s) {
        if (s.capacityProviders().isEmpty()) {
            return "FARGATE".equals(s.launchType());
        }
        return s.capacityProviders().stream().allMatch(c -> c.provider() != null && c.provider().startsWith("FARGATE"));
    }

    /** The rightsizing hint; sizes are suggested only on Fargate, where they have a price. */
    Rightsizing rightsize(int cpu, int memory, int count, int spot, FargatePrice price, ServiceMetrics metrics, int windowHours) {
        List<MetricPoint> cpuPoints = metrics == null ? List.of() : metrics.cpu();
        List<MetricPoint> memoryPoints = metrics == null ? List.of() : metrics.memory();
        if (cpuPoints.isEmpty() && memoryPoints.isEmpty()) {
            return new Rightsizing(windowHours, null, null, null, null, null, null, null, Rightsizing.Verdict.NO_DATA,
                    "no CPU or memory metrics in the last " + windowHours + " h");
        }
        Double cpuAvg = average(cpuPoints);
        Double cpuPeak = peak(cpuPoints);
        Double memAvg = average(memoryPoints);
        Double memPeak = peak(memoryPoints);
        double cpuNeed = cpuPeak == null ? 0 : cpuPeak / 100 * cpu / (PEAK_TARGET_PERCENT / 100);
        double memNeed = memPeak == null ? 0 : memPeak / 100 * memory / (PEAK_TARGET_PERCENT / 100);
        boolean under = cpuPeak != null && cpuPeak > UNDERSIZED_PERCENT || memPeak != null && memPeak > UNDERSIZED_PERCENT;
        String usage = usage(cpuPeak, memPeak) + " of " + describe(cpu, memory) + " over " + windowHours + " h";
        if (price == null) {
            Rightsizing.Verdict verdict = under ? Rightsizing.Verdict.UNDERSIZED : Rightsizing.Verdict.FITS;
            return new Rightsizing(windowHours, cpuAvg, cpuPeak, memAvg, memPeak, null, null, null, verdict,
                    "peaks at " + usage + (under ? ": the tasks are too small" : ""));
        }
        FargateSizes.Size best = FargateSizes.all().stream()
                .filter(s -> s.cpu() >= cpuNeed && s.memory() >= memNeed)
                .min(Comparator.comparingDouble((FargateSizes.Size s) -> price.hourly(s.cpu(), s.memory(), false))
                        .thenComparingInt(FargateSizes.Size::cpu))
                .orElse(null);
        if (best == null) {
            return new Rightsizing(windowHours, cpuAvg, cpuPeak, memAvg, memPeak, null, null, null, Rightsizing.Verdict.UNDERSIZED,
                    "peaks at " + usage + ": no Fargate size leaves headroom");
        }
        double now = monthly(price, cpu, memory, count, spot);
        double then = monthly(price, best.cpu(), best.memory(), count, spot);
        double saving = round(now - then);
        if (under) {
            return new Rightsizing(windowHours, cpuAvg, cpuPeak, memAvg, memPeak, best.cpu(), best.memory(), saving,
                    Rightsizing.Verdict.UNDERSIZED, "peaks at " + usage + ": " + describe(best.cpu(), best.memory())
                    + " would leave headroom (" + money(-saving) + "/month more)");
        }
        if (then < now) {
            return new Rightsizing(windowHours, cpuAvg, cpuPeak, memAvg, memPeak, best.cpu(), best.memory(), saving,
                    Rightsizing.Verdict.OVERSIZED, "peaks at " + usage + ": " + describe(best.cpu(), best.memory())
                    + " would hold them (saves " + money(saving) + "/month)");
        }
        return new Rightsizing(windowHours, cpuAvg, cpuPeak, memAvg, memPeak, cpu, memory, 0.0, Rightsizing.Verdict.FITS,
                "peaks at " + usage + ": the size fits");
    }

    private static double monthly(FargatePrice price, int cpu, int memory, int count, int spot) {
        return ((count - spot) * price.hourly(cpu, memory, false) + spot * price.hourly(cpu, memory, true))
                * CostEstimate.HOURS_PER_MONTH;
    }

    private static String usage(Double cpuPeak, Double memPeak) {
        if (cpuPeak != null && memPeak != null) {
            return String.format(Locale.ROOT, "%.0f%% CPU and %.0f%% memory", cpuPeak, memPeak);
        }
        return cpuPeak != null ? String.format(Locale.ROOT, "%.0f%% CPU", cpuPeak)
                : String.format(Locale.ROOT, "%.0f%% memory", memPeak);
    }

    /** "0.25 vCPU / 0.5 GB". */
    static String describe(int cpu, int memory) {
        return trim(cpu / 1024.0) + " vCPU / " + trim(memory / 1024.0) + " GB";
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static String money(double usd) {
        return String.format(Locale.ROOT, "$%.2f", usd);
    }

    /** The task-level size, else the containers' sum (EC2 definitions without a task size). */
    private static int size(String taskLevel, int containersSum) {
        if (taskLevel != null && taskLevel.matches("\\d+")) {
            return Integer.parseInt(taskLevel);
        }
        return containersSum;
    }

    private static Double average(List<MetricPoint> points) {
        return points.isEmpty() ? null : points.stream().mapToDouble(MetricPoint::value).average().orElse(0);
    }

    private static Double peak(List<MetricPoint> points) {
        return points.isEmpty() ? null : points.stream().mapToDouble(MetricPoint::value).max().orElse(0);
    }

    private static double round(double usd) {
        return Math.round(usd * 100) / 100.0;
    }
}
