package dev.berth.core.model;

import java.util.List;

/**
 * CPU and memory utilisation (percent, ascending time) of one service, or of a whole cluster when
 * {@code service} is null.
 */
public record ServiceMetrics(String cluster, String service, List<MetricPoint> cpu, List<MetricPoint> memory) {
    public ServiceMetrics {
        Checks.require(cluster, "cluster");
        cpu = Checks.list(cpu);
        memory = Checks.list(memory);
    }

    public Double latestCpu() {
        return cpu.isEmpty() ? null : cpu.get(cpu.size() - 1).value();
    }

    public Double latestMemory() {
        return memory.isEmpty() ? null : memory.get(memory.size() - 1).value();
    }
}
