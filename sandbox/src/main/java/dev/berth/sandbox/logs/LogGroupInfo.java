package dev.berth.sandbox.logs;

/** What DescribeLogGroups says about a group. */
public record LogGroupInfo(String name, long creationTime, Integer retentionInDays, long storedBytes, String logGroupClass) {
}
