package dev.berth.core.logs;

import java.util.List;

/**
 * Works out which streams a query covers: from the tasks of the service (or the one task), and each
 * container's awslogs options in its task definition ({@code prefix/container/taskId}).
 */
@FunctionalInterface
public interface LogTargets {
    List<LogTarget> resolve(LogQuery query);
}
