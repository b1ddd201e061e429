package dev.berth.sandbox.metrics;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.berth.sandbox.wire.AwsException;
import dev.berth.sandbox.wire.Input;
import dev.berth.sandbox.wire.JsonCodec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What CloudWatch operations read the same way, and CloudWatch's errors. CloudWatch is
 * awsQueryCompatible: each error has a query code ({@code InvalidParameterValue}) that XML bodies
 * and the {@code x-amzn-query-error} header carry, and a modeled type
 * ({@code InvalidParameterValueException}) that JSON and CBOR bodies name.
 */
final class CloudWatchRequests {
    static final String INVALID_VALUE = "InvalidParameterValue";
    static final Set<String> UNITS = Set.of("Seconds", "Microseconds", "Milliseconds", "Bytes", "Kilobytes",
            "Megabytes", "Gigabytes", "Terabytes", "Bits", "Kilobits", "Megabits", "Gigabits", "Terabits", "Percent",
            "Count", "Bytes/Second", "Kilobytes/Second", "Megabytes/Second", "Gigabytes/Second", "Terabytes/Second",
            "Bits/Second", "Kilobits/Second", "Megabits/Second", "Gigabits/Second", "Terabits/Second", "Count/Second",
            "None");
    private static final Map<String, String> TYPES = Map.of(
            INVALID_VALUE, "InvalidParameterValueException",
            "MissingParameter", "MissingRequiredParameterException",
            "InvalidParameterCombination", "InvalidParameterCombinationException",
            "ValidationError", "ValidationException",
            "InvalidNextToken", "InvalidNextToken",
            "ResourceNotFound", "ResourceNotFound",
            "LimitExceeded", "LimitExceededFault",
            "InternalServiceError", "InternalServiceFault");
    private static final int MAX_DIMENSIONS = 30;

    private CloudWatchRequests() {
    }

    /** The same error with the modeled type JSON and CBOR clients expect as {@code __type}. */
    static AwsException typed(AwsException e) {
        String type = TYPES.get(e.code());
        return type == null ? e : e.withType(type);
    }

    static AwsException invalidValue(String message) {
        return AwsException.client(INVALID_VALUE, message);
    }

    static AwsException invalidValue(Object value, String parameter) {
        return invalidValue("The value " + value + " for parameter " + parameter + " is invalid.");
    }

    static AwsException missing(String parameter) {
        return AwsException.client("MissingParameter", "The parameter " + parameter + " is required.");
    }

    static AwsException combination(String message) {
        return AwsException.client("InvalidParameterCombination", message);
    }

    /** GetMetricData and the newer operations answer generic validation failures with this code. */
    static AwsException validation(String message) {
        return AwsException.client("ValidationError", message);
    }

    static AwsException invalidNextToken() {
        return AwsException.client("InvalidNextToken", "The service cannot complete the request: the NextToken is invalid.");
    }

    static AwsException notFound(String message) {
        return new AwsException("ResourceNotFound", 404, message);
    }

    static String requireString(Input in, String field, String parameter) {
        String v = in.string(field);
        if (v == null || v.isEmpty()) {
            throw missing(parameter);
        }
        return v;
    }

    static Instant requireTime(Input in, String field) {
        Instant t = in.instant(field);
        if (t == null) {
            throw missing(field);
        }
        return t;
    }

    /** A Unit member, checked against CloudWatch's units; null if absent. */
    static String unit(Input in, String parameter) {
        String unit = in.string("Unit");
        if (unit != null && !UNITS.contains(unit)) {
            throw invalidValue(unit, parameter);
        }
        return unit;
    }

    /** {@code Dimensions} as name to value; every dimension needs both. */
    static SortedMap<String, String> dimensions(Input in, String parameter) {
        SortedMap<String, String> out = new TreeMap<>();
        List<Input> list = in.list("Dimensions");
        if (list.size() > MAX_DIMENSIONS) {
            throw invalidValue("The collection " + parameter + " must not have a size greater than " + MAX_DIMENSIONS + ".");
        }
        for (int i = 0; i < list.size(); i++) {
            String member = parameter + ".member." + (i + 1);
            String name = requireString(list.get(i), "Name", member + ".Name");
            String value = requireString(list.get(i), "Value", member + ".Value");
            out.put(name, value);
        }
        return out;
    }

    static ArrayNode dimensionsJson(Map<String, String> dimensions) {
        ArrayNode out = JsonCodec.MAPPER.createArrayNode();
        dimensions.forEach((k, v) -> out.addObject().put("Name", k).put("Value", v));
        return out;
    }

    /** CloudWatch's periods: 1, 5, 10, 20, 30 for high-resolution data, else a multiple of 60. */
    static boolean validPeriod(long period) {
        return period == 1 || period == 5 || period == 10 || period == 20 || period == 30
                || (period > 0 && period % 60 == 0);
    }

    /**
     * Where the first period starts, as CloudWatch rounds StartTime: sub-minute periods to a
     * multiple of the period; otherwise by the start's age, to the minute (under 15 days), to five
     * minutes (under 63 days) or to the hour.
     */
    static Instant roundStart(Instant start, long period, Instant now) {
        long seconds = start.getEpochSecond();
        if (period < 60) {
            return Instant.ofEpochSecond(Math.floorDiv(seconds, period) * period);
        }
        Duration age = Duration.between(start, now);
        long unit = age.compareTo(Duration.ofDays(15)) < 0 ? 60 : age.compareTo(Duration.ofDays(63)) < 0 ? 300 : 3600;
        return Instant.ofEpochSecond(Math.floorDiv(seconds, unit) * unit);
    }
}
