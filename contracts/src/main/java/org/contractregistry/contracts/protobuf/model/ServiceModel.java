package org.contractregistry.contracts.protobuf.model;

import java.util.List;

/** One service and its rpcs; request/response are full type names. */
public record ServiceModel(String key, String fullName, int line, List<RpcModel> rpcs) {

    public RpcModel rpc(String name) {
        for (RpcModel rpc : rpcs) {
            if (rpc.name().equals(name)) {
                return rpc;
            }
        }
        return null;
    }

    public record RpcModel(
            String name, String requestType, String responseType, boolean clientStreaming, boolean serverStreaming,
            int line) {}
}
