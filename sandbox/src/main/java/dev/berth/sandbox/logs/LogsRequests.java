package dev.berth.sandbox.logs;

import dev.berth.sandbox.sim.Region;
import dev.berth.sandbox.wire.AwsException;
import dev.berth.sandbox.wire.Input;
import java.util.regex.Pattern;

/** What every Logs operation reads the same way, and the errors CloudWatch Logs answers, in its words. */
final class LogsRequests {
    static final String INVALID = "InvalidParameterException";
    private static final Pattern GROUP_NAME = Pattern.compile("[\\.\\-_/#A-Za-z0-9]+");
    private static final int MAX_NAME_LENGTH = 512;

    private LogsRequests() {
    }

    /**
     * The group a request names, by {@code logGroupName} or {@code logGroupIdentifier} (a name or an
     * ARN, with or without the trailing {@code :*}); exactly one of them.
     */
    static String groupName(Input in, Region region) {
        String name = in.string("logGroupName");
        String identifier = in.string("logGroupIdentifier");
        if ((name == null) == (identifier == null)) {
            throw invalid("You must specify either logGroupName or logGroupIdentifier, but not both.");
        }
        return name != null ? name : groupFromIdentifier(identifier, region);
    }

    /** A log group name, or its ARN with or without the trailing {@code :*}, as the group's name. */
    static String groupFromIdentifier(String identifier, Region region) {
        String arnPrefix = "arn:aws:logs:" + region.name() + ":" + region.account() + ":log-group:";
        if (identifier.startsWith("arn:")) {
            if (!identifier.startsWith(arnPrefix)) {
                throw invalid("The specified logGroupIdentifier is not a log group ARN of this account and region: " + identifier);
            }
            String rest = identifier.substring(arnPrefix.length());
            return rest.endsWith(":*") ? rest.substring(0, rest.length() - 2) : rest;
        }
        return identifier;
    }

    /** A log group name as CreateLogGroup checks it. */
    static String validGroupName(Input in) {
        String name = required(in, "logGroupName");
        checkLength(name, "logGroupName");
        if (!GROUP_NAME.matcher(name).matches()) {
            throw constraint(name, "logGroupName", "Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+");
        }
        return name;
    }

    /** A log stream name: 1 to 512 characters, no colon or asterisk. */
    static String validStreamName(Input in) {
        String name = required(in, "logStreamName");
        checkLength(name, "logStreamName");
        if (name.indexOf(':') >= 0 || name.indexOf('*') >= 0) {
            throw constraint(name, "logStreamName", "Member must satisfy regular expression pattern: [^:*]*");
        }
        return name;
    }

    static String required(Input in, String field) {
        String v = in.string(field);
        if (v == null) {
            throw missing(field);
        }
        return v;
    }

    static AwsException missing(String field) {
        return invalid("1 validation error detected: Value null at '" + field
                + "' failed to satisfy constraint: Member must not be null");
    }

    private static void checkLength(String value, String field) {
        if (value.isEmpty()) {
            throw constraint(value, field, "Member must have length greater than or equal to 1");
        }
        if (value.length() > MAX_NAME_LENGTH) {
            throw constraint(value, field, "Member must have length less than or equal to " + MAX_NAME_LENGTH);
        }
    }

    /** {@code limit} between 1 and {@code max}, or {@code fallback} if absent. */
    static int limit(Input in, int max, int fallback) {
        Integer limit = in.integer("limit");
        if (limit == null) {
            return fallback;
        }
        if (limit < 1) {
            throw constraint(limit, "limit", "Member must have value greater than or equal to 1");
        }
        if (limit > max) {
            throw constraint(limit, "limit", "Member must have value less than or equal to " + max);
        }
        return limit;
    }

    /** An epoch-millis time member; CloudWatch Logs refuses negative ones. */
    static Long millis(Input in, String field) {
        Long v = in.longValue(field);
        if (v != null && v < 0) {
            throw constraint(v, field, "Member must have value greater than or equal to 0");
        }
        return v;
    }

    static String groupArn(Region region, String group) {
        return region.arn("logs", "log-group:" + group);
    }

    static AwsException constraint(Object value, String field, String constraint) {
        return invalid("1 validation error detected: Value '" + value + "' at '" + field
                + "' failed to satisfy constraint: " + constraint);
    }

    static AwsException invalid(String message) {
        return AwsException.client(INVALID, message);
    }

    static AwsException groupNotFound() {
        return AwsException.client("ResourceNotFoundException", "The specified log group does not exist.");
    }

    static AwsException streamNotFound() {
        return AwsException.client("ResourceNotFoundException", "The specified log stream does not exist.");
    }

    static AwsException invalidToken() {
        return invalid("The specified nextToken is invalid.");
    }
}
