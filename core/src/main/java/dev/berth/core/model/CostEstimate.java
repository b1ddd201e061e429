package dev.berth.core.model;

/**
 * A service's monthly cost estimate: task size × running tasks × the public Fargate price of the
 * region, Spot tasks at the Fargate Spot price, from a dated price table shipped with Berth, plus a
 * rightsizing hint. EC2 tasks and regions missing from the table are not estimated ({@code estimated}
 * false, {@code note} says why); the hint still is.
 *
 * @param runningTasks running tasks counted, of which {@code spotTasks} on FARGATE_SPOT
 * @param price        the region's price, null when the table has none for it
 * @param priceAsOf    when the table's prices were read from {@code priceSource}
 */
public record CostEstimate(String cluster, String service, String region, boolean estimated, String note, int cpuUnits,
                           int memoryMiB, int runningTasks, int spotTasks, double monthlyOnDemand, double monthlySpot,
                           FargatePrice price, String priceAsOf, String priceSource, Rightsizing rightsizing) {
    /** Hours in an average month, as AWS's pricing examples count them. */
    public static final double HOURS_PER_MONTH = 730;

    public CostEstimate {
        Checks.require(cluster, "cluster");
        Checks.require(service, "service");
    }

    public double monthlyTotal() {
        return monthlyOnDemand + monthlySpot;
    }

    /** The Spot share of the running tasks, 0 to 1 (0 when none run). */
    public double spotShare() {
        return runningTasks == 0 ? 0 : (double) spotTasks / runningTasks;
    }
}
