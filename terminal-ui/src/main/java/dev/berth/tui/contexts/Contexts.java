package dev.berth.tui.contexts;

import dev.berth.core.Session;
import dev.berth.core.context.AwsProfile;
import dev.berth.core.model.ContextInfo;
import java.util.List;

/** Where {@code :ctx} and {@code :region} can go: the profiles and regions to offer, and a session on one. */
public interface Contexts {
    /** The AWS profiles (none on a sandbox, which has one account). */
    List<AwsProfile> profiles();

    List<String> regions();

    /**
     * A session like {@code from} but on another profile or region (null keeps that part; a new
     * profile brings its own region when it names one). Reads only local files; an unknown profile
     * or region fails with a one-line {@link dev.berth.core.BerthException}.
     */
    Session open(ContextInfo from, String profile, String region);
}
