package dev.berth.core.context;

import java.net.URI;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * An AWS context after resolution: the profile the AWS CLI would use (null when none is named and
 * the default chain applies), the region, the endpoint override, and the profile files read.
 *
 * @param profile     the profile named by --profile or AWS_PROFILE, or null
 * @param explicit    the profile came from --profile (environment credentials then do not apply)
 * @param sso         the profile signs in through IAM Identity Center (SSO)
 * @param profileFile ~/.aws/config and credentials as read, for the SDK's own profile settings
 */
public record ResolvedContext(String profile, boolean explicit, boolean sso, String region, URI endpoint,
                              boolean sandbox, boolean readOnly, ProfileFile profileFile) {

    /** {@code profile@region}, as config.yaml's protected contexts name it. */
    public String name() {
        return (profile == null ? "default" : profile) + "@" + region;
    }

    /** The profile as a person would type it after --profile. */
    public String profileLabel() {
        return profile == null ? "default" : profile;
    }

    /** What to do about expired credentials, as one instruction. */
    public String renewAdvice() {
        if (sandbox) {
            return "restart the sandbox";
        }
        return sso ? "run aws sso login --profile " + profileLabel()
                : "renew the credentials of profile " + profileLabel();
    }
}
