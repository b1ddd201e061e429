package dev.berth.desktop.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.model.CostEstimate;
import dev.berth.core.model.Rightsizing;
import dev.berth.desktop.detail.Section;
import dev.berth.desktop.fx.Tone;
import dev.berth.desktop.testing.SectionRows;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostSectionsTest {
    @Test
    void anEc2ServiceIsNotEstimatedAndSaysWhy() {
        CostEstimate ec2 = new CostEstimate("batch", "etl", "us-east-1", false,
                "Runs on EC2: what it costs is the container instances', not a price per task.", 512, 1536, 3, 0, 0, 0, null,
                "2026-03-01", "https://aws.amazon.com/fargate/pricing/", new Rightsizing(24, 50.0, 70.0, 40.0, 60.0, null, null,
                null, Rightsizing.Verdict.FITS, "peaks at 70% CPU and 60% memory of 0.5 vCPU / 1.5 GB over 24 h"));
        List<Section> s = CostSections.of(ec2);
        assertThat(s.get(0).title()).isEqualTo("Monthly estimate  ·  not estimated");
        assertThat(s.get(0).note()).startsWith("Runs on EC2");
        assertThat(SectionRows.field(s.get(0), "On demand")).isNull();
        assertThat(SectionRows.field(s.get(0), "Tasks")).isEqualTo("3 running × 0.5 vCPU, 1.5 GB");
        assertThat(s.get(1).tone()).isEqualTo(Tone.GOOD);
        assertThat(s.get(1).note()).startsWith("Peaks at 70% CPU");
        assertThat(SectionRows.field(s.get(1), "Suggested size")).isNull();
    }

    @Test
    void anOversizedServiceShowsWhatTheSmallerSizeSaves() {
        CostEstimate big = new CostEstimate("prod", "api", "us-east-1", true, "Public Fargate price.", 2048, 4096, 2, 0, 144.11, 0,
                null, "2026-03-01", "https://aws.amazon.com/fargate/pricing/", new Rightsizing(24, 5.0, 9.0, 10.0, 12.0, 256, 512,
                126.1, Rightsizing.Verdict.OVERSIZED, "peaks at 9% CPU and 12% memory of 2 vCPU / 4 GB over 24 h"));
        List<Section> s = CostSections.of(big);
        assertThat(s.get(0).title()).isEqualTo("Monthly estimate  ·  $144.11");
        assertThat(SectionRows.field(s.get(0), "Spot share")).isEqualTo("0 % of the running tasks");
        assertThat(s.get(1).title()).isEqualTo("Rightsizing over 24 h  ·  larger than it needs");
        assertThat(SectionRows.field(s.get(1), "Would save")).isEqualTo("$126.10 a month");
        assertThat(SectionRows.field(s.get(1), "Suggested size")).isEqualTo("0.25 vCPU, 0.5 GB");
    }
}
