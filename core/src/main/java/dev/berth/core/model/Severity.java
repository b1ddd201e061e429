package dev.berth.core.model;

/** How bad a log line or a finding is, worst last. */
public enum Severity {
    UNKNOWN, DEBUG, INFO, WARN, ERROR, CRITICAL
}
