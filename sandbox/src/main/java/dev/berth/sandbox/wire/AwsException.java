package dev.berth.sandbox.wire;

/**
 * An error answered in the AWS shape of the calling protocol: an error code such as
 * {@code ClusterNotFoundException}, an HTTP status, and a message. Never carries a Java stack trace
 * to the client.
 */
public final class AwsException extends RuntimeException {
    private final String code;
    private final int status;

    public AwsException(String code, int status, String message) {
        super(message, null, false, false);
        this.code = code;
        this.status = status;
    }

    /** A 400 "the caller got it wrong" error with the given AWS error code. */
    public static AwsException client(String code, String message) {
        return new AwsException(code, 400, message);
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    /** awsQuery error bodies say whether the caller or the service is to blame. */
    public boolean senderFault() {
        return status < 500;
    }
}
