package dev.berth.sandbox.ecs;

/**
 * ELB target groups as the ECS scheduler uses them for services with {@code loadBalancers}: it
 * checks them when the service is created, registers each task once it runs and deregisters it when
 * it stops. The region connects its load balancers here.
 */
public interface TargetGroupLink {
    /** Why ECS refuses this target group for a service, or null when it may use it. */
    String refusal(String targetGroupArn, boolean awsvpc);

    void register(String targetGroupArn, TaskEndpoint endpoint);

    /** Starts draining the task's target; answers how many seconds it drains before the task may stop. */
    int deregister(String targetGroupArn, TaskEndpoint endpoint);
}
