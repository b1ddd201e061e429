package dev.berth.core.context;

import dev.berth.core.BerthException;
import dev.berth.core.watch.Problem;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import javax.net.ssl.SSLException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Turns SDK failures into one-line {@link BerthException}s a person can act on: who denied what,
 * which credentials expired and how to renew them, which endpoint cannot be reached. Never includes
 * credentials (SDK messages about credentials name providers, not secrets, and are summarised anyway).
 */
public final class AwsErrors {
    private static final Set<String> ACCESS_DENIED = Set.of("AccessDenied", "AccessDeniedException",
            "UnauthorizedOperation", "UnauthorizedException", "AuthorizationError");
    private static final Set<String> EXPIRED = Set.of("ExpiredToken", "ExpiredTokenException", "RequestExpired",
            "TokenRefreshRequired");
    private static final Set<String> BAD_CREDENTIALS = Set.of("UnrecognizedClientException", "InvalidClientTokenId",
            "InvalidSignatureException", "SignatureDoesNotMatch", "IncompleteSignature", "MissingAuthenticationToken");
    private static final Set<String> NOT_FOUND = Set.of("ClusterNotFoundException", "ServiceNotFoundException",
            "ResourceNotFoundException", "ServiceNotActiveException", "ObjectNotFoundException", "NotFoundException",
            "TargetGroupNotFound", "LoadBalancerNotFound", "ListenerNotFound", "NamespaceNotFound", "ServiceNotFound",
            "InstanceNotFound");
    private static final Set<String> UNSUPPORTED = Set.of("UnknownOperationException", "InvalidAction",
            "UnsupportedOperation", "UnsupportedOperationException", "NotImplemented");

    private AwsErrors() {
    }

    /** The failure of {@code operation} (e.g. {@code ecs:DescribeServices}) in {@code context}, as one line. */
    public static BerthException translate(Throwable failure, String operation, ResolvedContext context) {
        if (failure instanceof BerthException b) {
            return b;
        }
        if (failure instanceof AwsServiceException e) {
            return service(e, operation, context);
        }
        if (failure instanceof ApiCallTimeoutException || failure instanceof ApiCallAttemptTimeoutException) {
            return new BerthException(Problem.Kind.UNREACHABLE, operation + " timed out talking to " + where(context), failure);
        }
        String credentials = credentialsProblem(failure, context);
        if (credentials != null) {
            Problem.Kind kind = credentials.contains("expired") ? Problem.Kind.EXPIRED_CREDENTIALS : Problem.Kind.NO_CREDENTIALS;
            return new BerthException(kind, credentials, failure);
        }
        String network = networkProblem(failure);
        if (network != null) {
            return new BerthException(Problem.Kind.UNREACHABLE, "cannot reach " + where(context) + " (" + network + ")", failure);
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : firstLine(failure.getMessage());
        return new BerthException(Problem.Kind.OTHER, operation + " failed: " + message, failure);
    }

    /** True when the endpoint does not know the operation at all (the sandbox and StartLiveTail). */
    public static boolean unsupported(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AwsServiceException e && e.awsErrorDetails() != null
                    && UNSUPPORTED.contains(e.awsErrorDetails().errorCode())) {
                return true;
            }
            if (t instanceof AwsServiceException e && (e.statusCode() == 404 || e.statusCode() == 501)) {
                return true;
            }
        }
        return false;
    }

    /** True when AWS answered "slow down". */
    public static boolean throttling(Throwable failure) {
        return failure instanceof AwsServiceException e && e.isThrottlingException();
    }

    private static BerthException service(AwsServiceException e, String operation, ResolvedContext context) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        String message = e.awsErrorDetails() == null || e.awsErrorDetails().errorMessage() == null
                ? "" : firstLine(e.awsErrorDetails().errorMessage());
        if (e.isThrottlingException()) {
            return new BerthException(Problem.Kind.THROTTLED, "AWS is throttling " + operation + "; Berth is backing off", e);
        }
        if (code != null && ACCESS_DENIED.contains(code)) {
            return new BerthException(Problem.Kind.ACCESS_DENIED, "access denied: profile " + context.profileLabel()
                    + " may not call " + operation, e);
        }
        if (code != null && EXPIRED.contains(code)) {
            return new BerthException(Problem.Kind.EXPIRED_CREDENTIALS, "the credentials of profile " + context.profileLabel()
                    + " have expired: " + context.renewAdvice(), e);
        }
        if (code != null && BAD_CREDENTIALS.contains(code)) {
            return new BerthException(Problem.Kind.EXPIRED_CREDENTIALS, "AWS does not accept the credentials of profile "
                    + context.profileLabel() + " (" + code + "): " + context.renewAdvice(), e);
        }
        if (code != null && NOT_FOUND.contains(code)) {
            return new BerthException(Problem.Kind.NOT_FOUND, message.isEmpty() ? code : message, e);
        }
        if (code != null && UNSUPPORTED.contains(code)) {
            return new BerthException(Problem.Kind.INVALID, where(context) + " does not support " + operation, e);
        }
        if (e.statusCode() >= 400 && e.statusCode() < 500) {
            return new BerthException(Problem.Kind.INVALID, operation + ": " + (message.isEmpty() ? code : message), e);
        }
        return new BerthException(Problem.Kind.OTHER, operation + ": AWS answered " + e.statusCode()
                + (code == null ? "" : " " + code) + (message.isEmpty() ? "" : " (" + message + ")"), e);
    }

    private static String credentialsProblem(Throwable failure, ResolvedContext context) {
        // An expired SSO session is often wrapped in "unable to load credentials": look for it first.
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("sso session") && (m.contains("expired") || m.contains("invalid"))
                    || m.contains("token is expired") || m.contains("token has expired")) {
                return "the SSO session of profile " + context.profileLabel() + " has expired: run aws sso login --profile "
                        + context.profileLabel();
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t instanceof SdkClientException && (m.contains("unable to load credentials")
                    || m.contains("contained no credentials") || m.contains("unable to load region"))) {
                return "no AWS credentials found for profile " + context.profileLabel()
                        + ": run aws configure or aws sso login, or try berth --demo";
            }
        }
        return null;
    }

    private static String networkProblem(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return "unknown host " + t.getMessage();
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                return "connection refused";
            }
            if (t instanceof SocketTimeoutException || t instanceof InterruptedIOException) {
                return "timed out";
            }
            if (t instanceof SSLException) {
                return "TLS failed: " + firstLine(String.valueOf(t.getMessage()));
            }
            if (t instanceof SocketException) {
                return "connection lost: " + firstLine(String.valueOf(t.getMessage()));
            }
        }
        return null;
    }

    private static String where(ResolvedContext context) {
        return context.endpoint() != null ? context.endpoint().toString() : "AWS in " + context.region();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
