package dev.berth.core.context;

import software.amazon.awssdk.regions.ServiceMetadata;

/**
 * The part of every SDK client's set-up that depends on nothing a person configures: the regions
 * module's table of service endpoints (a class per AWS service, about a tenth of a second to
 * initialise on a fresh JVM). A UI may run this on a spare thread as it starts, so the first
 * client's build finds it done.
 */
public final class SdkWarmup {
    private SdkWarmup() {
    }

    /** Runs on the calling thread; safe to call any number of times, from any thread. */
    public static void run() {
        ServiceMetadata.of("ecs");
    }
}
