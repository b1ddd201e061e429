package dev.berth.core.cost;

import java.util.ArrayList;
import java.util.List;

/** The task sizes Fargate accepts: CPU units and, for each, the memory range and step in MiB. */
final class FargateSizes {
    /** A valid size. */
    record Size(int cpu, int memory) {
    }

    /** 0.25 vCPU takes 0.5, 1 or 2 GB; the other sizes take a range in steps. */
    private static final int[] QUARTER_VCPU_MEMORY = {512, 1024, 2048};
    private static final int[][] RANGES = {
        {512, 1024, 4096, 1024},
        {1024, 2048, 8192, 1024},
        {2048, 4096, 16384, 1024},
        {4096, 8192, 30720, 1024},
        {8192, 16384, 61440, 4096},
        {16384, 32768, 122880, 8192},
    };

    private FargateSizes() {
    }

    /** Every valid size, smallest CPU first, then smallest memory. */
    static List<Size> all() {
        List<Size> out = new ArrayList<>();
        for (int memory : QUARTER_VCPU_MEMORY) {
            out.add(new Size(256, memory));
        }
        for (int[] r : RANGES) {
            for (int memory = r[1]; memory <= r[2]; memory += r[3]) {
                out.add(new Size(r[0], memory));
            }
        }
        return out;
    }
}
