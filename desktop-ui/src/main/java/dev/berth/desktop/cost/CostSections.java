package dev.berth.desktop.cost;

import dev.berth.core.model.CostEstimate;
import dev.berth.core.model.FargatePrice;
import dev.berth.core.model.Rightsizing;
import dev.berth.desktop.detail.Field;
import dev.berth.desktop.detail.Section;
import dev.berth.desktop.fx.Tone;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The Cost tab: the service's monthly estimate with its Spot share, and the rightsizing hint. */
public final class CostSections {
    private CostSections() {
    }

    public static List<Section> of(CostEstimate c) {
        List<Section> out = new ArrayList<>();
        List<Field> f = new ArrayList<>();
        String title;
        if (c.estimated()) {
            title = "Monthly estimate  ·  " + money(c.monthlyTotal());
            f.add(Field.of("Estimate", money(c.monthlyTotal()) + " a month (" + money(c.monthlyTotal() / CostEstimate.HOURS_PER_MONTH)
                    + " an hour)"));
        } else {
            title = "Monthly estimate  ·  not estimated";
        }
        f.add(Field.of("Tasks", c.runningTasks() + " running × " + size(c.cpuUnits(), c.memoryMiB())));
        if (c.estimated()) {
            f.add(Field.of("On demand", money(c.monthlyOnDemand()) + " for " + tasks(c.runningTasks() - c.spotTasks())));
            f.add(Field.of("Fargate Spot", money(c.monthlySpot()) + " for " + tasks(c.spotTasks())));
        }
        f.add(Field.toned("Spot share", percent(c.spotShare() * 100) + " of the running tasks",
                c.spotTasks() > 0 ? Tone.INFO : Tone.NEUTRAL));
        FargatePrice p = c.price();
        if (p != null) {
            f.add(Field.of("Prices", String.format(Locale.ROOT, "%s: $%.5f per vCPU-hour, $%.6f per GB-hour; Spot $%.5f and $%.6f",
                    p.region(), p.vcpuHour(), p.gbHour(), p.spotVcpuHour(), p.spotGbHour())));
        }
        if (c.priceSource() != null) {
            f.add(Field.of("Price table", "as of " + c.priceAsOf() + ", from " + c.priceSource()));
        }
        out.add(Section.of("estimate", title, Tone.NEUTRAL, f).noted(c.note()));
        out.add(rightsizing(c.rightsizing()));
        return out;
    }

    private static Section rightsizing(Rightsizing r) {
        List<Field> f = new ArrayList<>();
        if (r.cpuAveragePercent() != null || r.cpuPeakPercent() != null) {
            f.add(Field.of("CPU used", usage(r.cpuAveragePercent(), r.cpuPeakPercent())));
        }
        if (r.memoryAveragePercent() != null || r.memoryPeakPercent() != null) {
            f.add(Field.of("Memory used", usage(r.memoryAveragePercent(), r.memoryPeakPercent())));
        }
        if (r.suggestedCpuUnits() != null && r.suggestedMemoryMiB() != null) {
            f.add(Field.of("Suggested size", size(r.suggestedCpuUnits(), r.suggestedMemoryMiB())));
        }
        if (r.monthlySaving() != null && r.monthlySaving() != 0) {
            f.add(Field.toned(r.monthlySaving() > 0 ? "Would save" : "Would cost", money(Math.abs(r.monthlySaving())) + (r.monthlySaving() > 0 ? " a month" : " more a month"),
                    r.monthlySaving() > 0 ? Tone.GOOD : Tone.WARN));
        }
        return Section.of("rightsizing", "Rightsizing over " + r.windowHours() + " h  ·  " + verdict(r.verdict()), tone(r.verdict()), f)
                .noted(capitalised(r.hint()));
    }

    static Tone tone(Rightsizing.Verdict v) {
        return switch (v) {
            case FITS -> Tone.GOOD;
            case OVERSIZED -> Tone.INFO;
            case UNDERSIZED -> Tone.WARN;
            case NO_DATA -> Tone.MUTED;
        };
    }

    private static String verdict(Rightsizing.Verdict v) {
        return switch (v) {
            case FITS -> "the size fits";
            case OVERSIZED -> "larger than it needs";
            case UNDERSIZED -> "too small for its peaks";
            case NO_DATA -> "no data";
        };
    }

    private static String usage(Double average, Double peak) {
        return (average == null ? "" : "average " + percent(average)) + (average != null && peak != null ? ", " : "")
                + (peak == null ? "" : "peak " + percent(peak)) + " of what each task reserves";
    }

    /** "0.25 vCPU, 0.5 GB". */
    static String size(int cpuUnits, int memoryMiB) {
        return number(cpuUnits / 1024.0) + " vCPU, " + number(memoryMiB / 1024.0) + " GB";
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    static String money(double usd) {
        return String.format(Locale.ROOT, "$%,.2f", usd);
    }

    private static String percent(double p) {
        return String.format(Locale.ROOT, "%.0f %%", p);
    }

    private static String tasks(int n) {
        return n == 1 ? "1 task" : n + " tasks";
    }

    private static String capitalised(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
