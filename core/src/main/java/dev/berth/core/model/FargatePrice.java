package dev.berth.core.model;

/** The public Fargate price of a region (Linux/x86), in USD per vCPU-hour and per GB-hour, on demand and on Spot. */
public record FargatePrice(String region, double vcpuHour, double gbHour, double spotVcpuHour, double spotGbHour) {
    public FargatePrice {
        Checks.require(region, "region");
        if (vcpuHour <= 0 || gbHour <= 0 || spotVcpuHour <= 0 || spotGbHour <= 0) {
            throw new IllegalArgumentException("prices must be positive");
        }
    }

    /** USD per hour for one task of this size, on demand or on Spot. */
    public double hourly(int cpuUnits, int memoryMiB, boolean spot) {
        double vcpu = cpuUnits / 1024.0;
        double gb = memoryMiB / 1024.0;
        return spot ? vcpu * spotVcpuHour + gb * spotGbHour : vcpu * vcpuHour + gb * gbHour;
    }
}
