package dev.berth.sandbox;

import software.amazon.awssdk.services.applicationautoscaling.ApplicationAutoScalingClient;
import software.amazon.awssdk.services.ecs.EcsClient;

/**
 * A sandbox for one test class with its ECS and Application Auto Scaling clients and its control
 * API; closing it closes them all.
 */
public final class RunningSandbox implements AutoCloseable {
    private final Sandbox sandbox;
    private final SandboxClients clients;
    private final EcsClient ecs;
    private final ApplicationAutoScalingClient scaling;
    private final SandboxControl control;

    private RunningSandbox(Sandbox sandbox) {
        this.sandbox = sandbox;
        this.clients = new SandboxClients(sandbox.endpoint());
        this.ecs = clients.ecs();
        this.scaling = clients.autoScaling();
        this.control = new SandboxControl(sandbox.endpoint());
    }

    public static RunningSandbox start(SandboxOptions options) {
        return new RunningSandbox(Sandbox.start(options));
    }

    /** An empty account whose clock stands (nearly) still: tests move it with {@link SandboxControl#advance}. */
    public static RunningSandbox emptyAndStill() {
        return start(SandboxOptions.defaults().withScenario("empty").withSpeed(0.001));
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    public SandboxClients clients() {
        return clients;
    }

    public EcsClient ecs() {
        return ecs;
    }

    public ApplicationAutoScalingClient scaling() {
        return scaling;
    }

    public SandboxControl control() {
        return control;
    }

    @Override
    public void close() {
        ecs.close();
        scaling.close();
        sandbox.close();
    }
}
