package dev.berth.sandbox.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * awsQuery: form-encoded requests ({@code Action=GetMetricData&MetricDataQueries.member.1.Id=q1})
 * turned into a tree, and trees answered as XML with lists as {@code <member>} elements.
 */
public final class QueryCodec {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_INSTANT;

    private QueryCodec() {
    }

    /** Decoded form parameters, in order. */
    public static Map<String, String> parseForm(String form) {
        Map<String, String> params = new LinkedHashMap<>();
        if (form == null || form.isEmpty()) {
            return params;
        }
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                params.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw AwsException.client("MalformedQueryString", "The request body is not a valid form: " + e.getMessage());
            }
        }
        return params;
    }

    /**
     * Builds the input tree from flattened keys: {@code A.member.2.B=x} sets {@code A[1].B = "x"};
     * {@code A.entry.1.key}/{@code value} likewise become list items with key/value members.
     * Action and Version are protocol fields, not input.
     */
    public static ObjectNode toTree(Map<String, String> params) {
        ObjectNode root = JsonCodec.MAPPER.createObjectNode();
        for (Map.Entry<String, String> p : params.entrySet()) {
            if (p.getKey().equals("Action") || p.getKey().equals("Version")) {
                continue;
            }
            String[] path = p.getKey().split("\\.");
            JsonNode current = root;
            for (int i = 0; i < path.length; i++) {
                boolean last = i == path.length - 1;
                String token = path[i];
                if (current instanceof ObjectNode obj) {
                    if (last) {
                        obj.put(token, p.getValue());
                        break;
                    }
                    boolean listNext = isListMarker(path, i + 1);
                    JsonNode child = obj.get(token);
                    if (child == null || !(listNext ? child.isArray() : child.isObject())) {
                        child = listNext ? obj.putArray(token) : obj.putObject(token);
                    }
                    current = child;
                    if (listNext) {
                        i++; // skip the "member"/"entry" marker; the index comes next
                    }
                } else if (current instanceof ArrayNode arr) {
                    int index = parseIndex(token);
                    while (arr.size() < index) {
                        arr.addObject();
                    }
                    if (last) {
                        arr.set(index - 1, JsonCodec.MAPPER.getNodeFactory().textNode(p.getValue()));
                        break;
                    }
                    current = arr.get(index - 1);
                }
            }
        }
        return root;
    }

    private static boolean isListMarker(String[] path, int i) {
        return i + 1 < path.length
                && (path[i].equals("member") || path[i].equals("entry"))
                && path[i + 1].chars().allMatch(Character::isDigit);
    }

    private static int parseIndex(String token) {
        try {
            int index = Integer.parseInt(token);
            if (index < 1 || index > 10_000) {
                throw new NumberFormatException();
            }
            return index;
        } catch (NumberFormatException e) {
            throw AwsException.client("MalformedQueryString", "Bad list index in query: " + token);
        }
    }

    public static byte[] encode(String operation, String namespace, JsonNode output, String requestId) {
        StringBuilder xml = new StringBuilder(256);
        xml.append("<").append(operation).append("Response xmlns=\"").append(namespace).append("\">");
        if (output != null && output.size() > 0) {
            xml.append('<').append(operation).append("Result>");
            writeMembers(xml, output);
            xml.append("</").append(operation).append("Result>");
        }
        xml.append("<ResponseMetadata><RequestId>").append(requestId).append("</RequestId></ResponseMetadata>");
        xml.append("</").append(operation).append("Response>");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code <ErrorResponse>} in the service's namespace (null for none), as awsQuery services answer. */
    public static byte[] encodeError(AwsException error, String namespace, String requestId) {
        String open = namespace == null ? "<ErrorResponse>" : "<ErrorResponse xmlns=\"" + escape(namespace) + "\">";
        String xml = open + "<Error><Type>" + (error.senderFault() ? "Sender" : "Receiver")
                + "</Type><Code>" + escape(error.code()) + "</Code><Message>" + escape(error.getMessage())
                + "</Message></Error><RequestId>" + requestId + "</RequestId></ErrorResponse>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static void writeMembers(StringBuilder xml, JsonNode object) {
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            writeElement(xml, field.getKey(), field.getValue());
        }
    }

    private static void writeElement(StringBuilder xml, String name, JsonNode value) {
        if (value == null || value.isNull()) {
            return;
        }
        xml.append('<').append(name).append('>');
        if (value instanceof MapNode map) {
            for (Map.Entry<String, JsonNode> entry : map.properties()) {
                xml.append("<entry><key>").append(escape(entry.getKey())).append("</key>");
                writeElement(xml, "value", entry.getValue());
                xml.append("</entry>");
            }
        } else if (value.isArray()) {
            for (JsonNode item : value) {
                writeElement(xml, "member", item);
            }
        } else if (value.isObject()) {
            writeMembers(xml, value);
        } else if (value instanceof POJONode pojo && pojo.getPojo() instanceof Instant t) {
            xml.append(ISO.format(t));
        } else {
            xml.append(escape(value.asText()));
        }
        xml.append("</").append(name).append('>');
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
