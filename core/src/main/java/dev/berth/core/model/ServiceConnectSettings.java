package dev.berth.core.model;

import java.util.List;

/** A service's Service Connect configuration: its namespace and the endpoints it offers to other services. */
public record ServiceConnectSettings(boolean enabled, String namespace, List<Endpoint> endpoints) {
    public ServiceConnectSettings {
        endpoints = Checks.list(endpoints);
    }

    /** One port the service offers: the container port name, its discovery name and the aliases clients dial. */
    public record Endpoint(String portName, String discoveryName, List<ClientAlias> clientAliases) {
        public Endpoint {
            clientAliases = Checks.list(clientAliases);
        }
    }

    /** {@code dnsName:port} as clients in the namespace reach the endpoint. */
    public record ClientAlias(String dnsName, int port) {
    }
}
