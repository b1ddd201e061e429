package dev.berth.tui.contexts;

import dev.berth.core.BerthException;
import dev.berth.core.Session;
import dev.berth.core.SessionFactory;
import dev.berth.core.context.AwsProfile;
import dev.berth.core.context.ConnectOptions;
import dev.berth.core.context.ContextResolver;
import dev.berth.core.model.ContextInfo;
import dev.berth.core.watch.Problem;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

/**
 * Contexts as the AWS CLI knows them: the profiles of ~/.aws, the SDK's regions, sessions opened by
 * the app's own factory. On a sandbox only the region changes (it serves every region from one
 * endpoint, the demo scenario in its home region, the others empty).
 */
public final class AwsContexts implements Contexts {
    private final Supplier<SessionFactory> factories;
    private final ContextResolver resolver;
    private SessionFactory factory;

    /** @param factory made on the first switch (it reads config.yaml), then reused for every later one */
    public AwsContexts(Supplier<SessionFactory> factory, ContextResolver resolver) {
        this.factories = factory;
        this.resolver = resolver;
    }

    private synchronized SessionFactory factory() {
        if (factory == null) {
            factory = factories.get();
        }
        return factory;
    }

    @Override
    public List<AwsProfile> profiles() {
        return resolver.profiles();
    }

    @Override
    public List<String> regions() {
        return ContextResolver.regions();
    }

    @Override
    public Session open(ContextInfo from, String profile, String region) {
        if (from.sandbox()) {
            if (profile != null) {
                throw new BerthException(Problem.Kind.INVALID, "a sandbox has one account and no profiles; :region switches its region", null);
            }
            return factory().open(ConnectOptions.sandbox(URI.create(from.endpoint()), region == null ? from.region() : region)
                    .withReadOnly(from.readOnly()));
        }
        if (profile == null) {
            // Same profile, another region: keep an endpoint the person gave.
            URI endpoint = from.endpoint() == null ? null : URI.create(from.endpoint());
            return factory().open(new ConnectOptions(from.profile(), region, endpoint, from.readOnly(), false));
        }
        // Another profile: its own region and endpoint settings apply, unless a region is given.
        String own = profiles().stream().filter(p -> p.name().equals(profile)).findFirst().map(AwsProfile::region).orElse(null);
        return factory().open(new ConnectOptions(profile, region != null ? region : own != null ? own : from.region(), null,
                from.readOnly(), false));
    }
}
