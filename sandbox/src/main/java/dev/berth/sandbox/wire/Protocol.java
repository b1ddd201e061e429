package dev.berth.sandbox.wire;

/** The AWS wire protocols the sandbox speaks. */
public enum Protocol {
    /** {@code X-Amz-Target} + {@code application/x-amz-json-1.1}: ECS, Logs, Application Auto Scaling. */
    AWS_JSON_1_1,
    /** {@code X-Amz-Target} + {@code application/x-amz-json-1.0}: CloudWatch in newer clients. */
    AWS_JSON_1_0,
    /** Form-encoded {@code Action=} requests answered in XML: CloudWatch (SDK 2.40.2, AWS CLI 2.9), STS. */
    AWS_QUERY,
    /** Smithy RPC v2 CBOR: {@code /service/S/operation/O}, CloudWatch in the newest clients. */
    RPC_V2_CBOR
}
