package dev.berth.core.context;

/** Who the credentials belong to, as STS GetCallerIdentity says: the account and the principal's ARN. */
public record CallerIdentity(String account, String arn) {
}
