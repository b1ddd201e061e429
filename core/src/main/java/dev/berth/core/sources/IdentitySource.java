package dev.berth.core.sources;

import dev.berth.core.context.AwsContext;
import dev.berth.core.context.CallerIdentity;
import dev.berth.core.limit.ApiCategory;

/** STS: who the credentials belong to. */
public final class IdentitySource {
    private final AwsContext ctx;

    public IdentitySource(AwsContext ctx) {
        this.ctx = ctx;
    }

    public CallerIdentity whoAmI() {
        var r = ctx.call(ApiCategory.IDENTITY, "sts:GetCallerIdentity", () -> ctx.sts().getCallerIdentity());
        return new CallerIdentity(r.account(), r.arn());
    }
}
