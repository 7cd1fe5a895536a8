package org.contractregistry.contracts.protobuf.rules;

import java.util.List;
import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.Report;
import org.contractregistry.contracts.protobuf.model.ServiceModel.RpcModel;

public final class RpcSameSignature extends ProtoRule.ServiceRule {
    @Override public String id() { return "RPC_SAME_SIGNATURE"; }
    @Override public List<String> categories() { return WIRE_RULE; }
    @Override public String purpose() { return "An rpc keeps its request type, response type and streaming mode."; }
    @Override public String example() { return "rpc Get(GetRequest) returns (Order) -> returns (stream Order)"; }

    @Override
    public void check(Pairs.ServicePair pair, Report report) {
        for (RpcModel before : pair.previous().rpcs()) {
            RpcModel after = pair.current().rpc(before.name());
            if (after != null && !signature(before).equals(signature(after))) {
                report.add(this, pair.current().fullName() + "." + after.name(), before.line(), after.line(),
                        "Rpc `" + after.name() + "` changed from `" + signature(before) + "` to `"
                                + signature(after) + "`.",
                        "keep `" + signature(before) + "` and add a new rpc for the new shape");
            }
        }
    }

    private static String signature(RpcModel rpc) {
        return "(" + (rpc.clientStreaming() ? "stream " : "") + rpc.requestType() + ") returns ("
                + (rpc.serverStreaming() ? "stream " : "") + rpc.responseType() + ")";
    }
}
