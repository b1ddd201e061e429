package dev.berth.tui.services;

import dev.berth.core.model.ServiceMetrics;
import dev.berth.core.model.ServiceRow;

/** A service row with the CPU and memory series for its sparklines (null until fetched). */
public record ServiceLine(ServiceRow row, ServiceMetrics metrics) {
}
