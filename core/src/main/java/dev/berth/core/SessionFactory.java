package dev.berth.core;

import dev.berth.core.context.ConnectOptions;

/**
 * Opens sessions. Resolution problems (unknown profile or region, no or expired credentials,
 * unreachable endpoint, AccessDenied on the first call) fail with a {@link BerthException} whose
 * message is the one line a person should see.
 */
public interface SessionFactory {
    Session open(ConnectOptions options);
}
