package dev.berth.sandbox.conformance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The default VPC moto's EC2 answers with: the subnets, security group and VPC the conformance scenarios run in. */
final class MotoDefaultVpc {
    private static final Pattern SUBNET = Pattern.compile(
            "<subnetId>([^<]+)</subnetId>.*?<availabilityZone>([^<]+)</availabilityZone>", Pattern.DOTALL);
    private static final Pattern GROUP = Pattern.compile("<groupId>([^<]+)</groupId>");
    private static final Pattern VPC = Pattern.compile("<vpcId>([^<]+)</vpcId>");

    private final URI endpoint;

    MotoDefaultVpc(URI endpoint) {
        this.endpoint = endpoint;
    }

    String vpc() throws Exception {
        return first(ec2("DescribeVpcs"), VPC);
    }

    String securityGroup() throws Exception {
        return first(ec2("DescribeSecurityGroups"), GROUP);
    }

    /** The first subnet of each of two availability zones, as an ALB needs. */
    List<String> subnetsInTwoZones() throws Exception {
        String xml = ec2("DescribeSubnets");
        Map<String, String> byZone = new LinkedHashMap<>();
        Matcher m = SUBNET.matcher(xml);
        while (m.find()) {
            byZone.putIfAbsent(m.group(2), m.group(1));
        }
        List<String> out = new ArrayList<>(byZone.values());
        if (out.size() < 2) {
            throw new IllegalStateException("moto's default VPC has no two zones: " + xml);
        }
        return out.subList(0, 2);
    }

    private String ec2(String action) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=x/20250101/us-east-1/ec2/aws4_request")
                .POST(HttpRequest.BodyPublishers.ofString("Action=" + action + "&Version=2016-11-15")).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String first(String xml, Pattern pattern) {
        Matcher m = pattern.matcher(xml);
        if (!m.find()) {
            throw new IllegalStateException("moto's answer has no " + pattern + ": " + xml);
        }
        return m.group(1);
    }
}
