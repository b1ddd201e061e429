package dev.berth.core.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.berth.core.model.CapacityProviderShare;
import dev.berth.core.model.CostEstimate;
import dev.berth.core.model.DeploymentSettings;
import dev.berth.core.model.MetricPoint;
import dev.berth.core.model.NetworkSettings;
import dev.berth.core.model.Rightsizing;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceMetrics;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskDefinition;
import dev.berth.core.model.TaskDefinitionRef;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostCalculatorTest {
    private static final PriceTable TABLE = PriceTable.standard();
    private static final CostCalculator US_EAST = new CostCalculator(TABLE, "us-east-1");

    private static Service service(String launchType, List<CapacityProviderShare> providers, int running) {
        return new Service("arn:aws:ecs:us-east-1:1:service/prod/web", "web", "arn:aws:ecs:us-east-1:1:cluster/prod", "ACTIVE",
                running, running, 0, "arn:aws:ecs:us-east-1:1:task-definition/web:1", launchType, providers,
                new DeploymentSettings(100, 200, false, false), List.of(), List.of(), NetworkSettings.NONE, List.of(), null,
                "ECS", null, null);
    }

    private static TaskDefinition definition(String cpu, String memory) {
        return new TaskDefinition(new TaskDefinitionRef("arn:aws:ecs:us-east-1:1:task-definition/web:1", "web", 1), "ACTIVE",
                cpu, memory, "awsvpc", List.of("FARGATE"), null, null, List.of(), null, "{}");
    }

    private static Task task(String id, String provider) {
        return new Task("arn:aws:ecs:us-east-1:1:task/prod/" + id, id, null, null, "service:web", null, "RUNNING", "RUNNING",
                null, "FARGATE", provider, null, null, null, null, null, null, null, null, null, null, null, List.of());
    }

    private static ServiceMetrics metrics(double cpuPeak, double memoryPeak) {
        Instant t = Instant.parse("2025-03-01T00:00:00Z");
        return new ServiceMetrics("prod", "web",
                List.of(new MetricPoint(t, cpuPeak / 2), new MetricPoint(t.plusSeconds(300), cpuPeak)),
                List.of(new MetricPoint(t, memoryPeak / 2), new MetricPoint(t.plusSeconds(300), memoryPeak)));
    }

    @Test
    void theShippedTableIsDatedSourcedAndCoversFiveRegions() {
        assertThat(TABLE.asOf()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(TABLE.source()).isEqualTo("https://aws.amazon.com/fargate/pricing/");
        assertThat(TABLE.regions()).contains("us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-1");
        assertThat(TABLE.price("us-east-1").vcpuHour()).isEqualTo(0.04048);
        assertThat(TABLE.regions()).allSatisfy(r -> assertThat(TABLE.price(r).spotVcpuHour()).isLessThan(TABLE.price(r).vcpuHour()));
    }

    @Test
    void monthlyCostIsSizeTimesTasksTimesTheRegionsPrice() {
        CostEstimate e = US_EAST.estimate("prod", service("FARGATE", List.of(), 3), definition("256", "512"),
                List.of(task("a", null), task("b", null), task("c", null)), null, 24);
        assertThat(e.estimated()).isTrue();
        assertThat(e.cpuUnits()).isEqualTo(256);
        assertThat(e.memoryMiB()).isEqualTo(512);
        // (0.25 vCPU × 0.04048 + 0.5 GB × 0.004445) × 730 h × 3 tasks
        assertThat(e.monthlyOnDemand()).isCloseTo(27.03, within(0.005));
        assertThat(e.monthlySpot()).isZero();
        assertThat(e.priceAsOf()).isEqualTo(TABLE.asOf());
        assertThat(e.note()).contains("us-east-1");
    }

    @Test
    void spotTasksCostTheSpotPrice() {
        CostEstimate e = US_EAST.estimate("prod", service(null, List.of(new CapacityProviderShare("FARGATE", 1, 1),
                new CapacityProviderShare("FARGATE_SPOT", 1, 0)), 2), definition("256", "512"),
                List.of(task("a", "FARGATE"), task("b", "FARGATE_SPOT")), null, 24);
        assertThat(e.spotTasks()).isEqualTo(1);
        assertThat(e.spotShare()).isEqualTo(0.5);
        assertThat(e.monthlyOnDemand()).isCloseTo(9.01, within(0.005));
        // (0.25 × 0.012144 + 0.5 × 0.0013335) × 730
        assertThat(e.monthlySpot()).isCloseTo(2.70, within(0.005));
        assertThat(e.monthlyTotal()).isCloseTo(11.71, within(0.01));
    }

    @Test
    void ec2ServicesAndRegionsOutsideTheTableAreNotEstimated() {
        CostEstimate ec2 = US_EAST.estimate("batch", service("EC2", List.of(), 3), definition(null, null), List.of(), null, 24);
        assertThat(ec2.estimated()).isFalse();
        assertThat(ec2.note()).contains("EC2");
        assertThat(ec2.monthlyTotal()).isZero();
        CostEstimate far = new CostCalculator(TABLE, "sa-east-1").estimate("prod", service("FARGATE", List.of(), 1),
                definition("256", "512"), List.of(), null, 24);
        assertThat(far.estimated()).isFalse();
        assertThat(far.price()).isNull();
        assertThat(far.note()).contains("sa-east-1").contains(TABLE.asOf());
        assertThat(far.runningTasks()).as("the service's running count when no tasks are known").isEqualTo(1);
    }

    @Test
    void anOversizedServiceIsToldTheCheapestSizeThatHoldsItsPeaks() {
        Rightsizing r = US_EAST.estimate("prod", service("FARGATE", List.of(), 2), definition("1024", "2048"), List.of(),
                metrics(12, 20), 24).rightsizing();
        assertThat(r.verdict()).isEqualTo(Rightsizing.Verdict.OVERSIZED);
        assertThat(r.cpuPeakPercent()).isEqualTo(12);
        assertThat(r.cpuAveragePercent()).isEqualTo(9);
        assertThat(r.suggestedCpuUnits()).isEqualTo(256);
        assertThat(r.suggestedMemoryMiB()).as("20% of 2 GB at 75% needs 546 MiB").isEqualTo(1024);
        // ((1 × 0.04048 + 2 × 0.004445) - (0.25 × 0.04048 + 1 × 0.004445)) × 730 × 2
        assertThat(r.monthlySaving()).isCloseTo(50.82, within(0.005));
        assertThat(r.hint()).isEqualTo("peaks at 12% CPU and 20% memory of 1 vCPU / 2 GB over 24 h: 0.25 vCPU / 1 GB would hold them "
                + "(saves $50.82/month)");
    }

    @Test
    void peaksNearTheLimitAskForMoreAndModestOnesFit() {
        Rightsizing under = US_EAST.estimate("prod", service("FARGATE", List.of(), 1), definition("512", "1024"), List.of(),
                metrics(97, 50), 24).rightsizing();
        assertThat(under.verdict()).isEqualTo(Rightsizing.Verdict.UNDERSIZED);
        assertThat(under.suggestedCpuUnits()).isEqualTo(1024);
        assertThat(under.suggestedMemoryMiB()).isEqualTo(2048);
        assertThat(under.monthlySaving()).isNegative();
        assertThat(under.hint()).contains("1 vCPU / 2 GB would leave headroom").contains("/month more");

        Rightsizing fits = US_EAST.estimate("prod", service("FARGATE", List.of(), 1), definition("512", "1024"), List.of(),
                metrics(60, 60), 24).rightsizing();
        assertThat(fits.verdict()).isEqualTo(Rightsizing.Verdict.FITS);
        assertThat(fits.suggestedCpuUnits()).isEqualTo(512);
        assertThat(fits.hint()).endsWith("the size fits");

        Rightsizing none = US_EAST.estimate("prod", service("FARGATE", List.of(), 1), definition("512", "1024"), List.of(),
                null, 24).rightsizing();
        assertThat(none.verdict()).isEqualTo(Rightsizing.Verdict.NO_DATA);
        assertThat(none.suggestedCpuUnits()).isNull();
    }

    @Test
    void fargateSizesAreTheOnesFargateAccepts() {
        assertThat(FargateSizes.all()).contains(new FargateSizes.Size(256, 512), new FargateSizes.Size(256, 2048),
                new FargateSizes.Size(4096, 30720), new FargateSizes.Size(16384, 122880))
                .doesNotContain(new FargateSizes.Size(256, 1536), new FargateSizes.Size(512, 512), new FargateSizes.Size(8192, 18432));
    }
}
