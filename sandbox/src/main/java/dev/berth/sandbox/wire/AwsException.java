package dev.berth.sandbox.wire;

/**
 * An error answered in the AWS shape of the calling protocol: an error code such as
 * {@code ClusterNotFoundException}, an HTTP status, and a message. Never carries a Java stack trace
 * to the client.
 *
 * <p>Services that moved from awsQuery to JSON or CBOR (CloudWatch) name one error twice: the query
 * code ({@code InvalidParameterValue}) in XML bodies and in the {@code x-amzn-query-error} header, and
 * the modeled shape ({@code InvalidParameterValueException}) as {@code __type}. {@link #type()} is the
 * latter and defaults to the code.
 */
public final class AwsException extends RuntimeException {
    private final String code;
    private final String type;
    private final int status;

    public AwsException(String code, int status, String message) {
        this(code, code, status, message);
    }

    public AwsException(String code, String type, int status, String message) {
        super(message, null, false, false);
        this.code = code;
        this.type = type;
        this.status = status;
    }

    /** A 400 "the caller got it wrong" error with the given AWS error code. */
    public static AwsException client(String code, String message) {
        return new AwsException(code, 400, message);
    }

    /** The same error, named {@code type} in JSON and CBOR bodies. */
    public AwsException withType(String newType) {
        return new AwsException(code, newType, status, getMessage());
    }

    public String code() {
        return code;
    }

    /** The {@code __type} of JSON and CBOR error bodies. */
    public String type() {
        return type;
    }

    public int status() {
        return status;
    }

    /** awsQuery error bodies say whether the caller or the service is to blame. */
    public boolean senderFault() {
        return status < 500;
    }
}
