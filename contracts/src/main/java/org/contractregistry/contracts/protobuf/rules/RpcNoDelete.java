package org.contractregistry.contracts.protobuf.rules;

import java.util.List;
import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.Report;
import org.contractregistry.contracts.protobuf.model.ServiceModel.RpcModel;

public final class RpcNoDelete extends ProtoRule.ServiceRule {
    @Override public String id() { return "RPC_NO_DELETE"; }
    @Override public List<String> categories() { return WIRE_RULE; }
    @Override public String purpose() { return "Rpcs are not deleted from a service."; }
    @Override public String example() { return "rpc GetOrder(GetOrderRequest) returns (Order); removed"; }

    @Override
    public void check(Pairs.ServicePair pair, Report report) {
        for (RpcModel before : pair.previous().rpcs()) {
            if (pair.current().rpc(before.name()) == null) {
                report.add(this, pair.current().fullName() + "." + before.name(), before.line(), pair.current().line(),
                        "Rpc `" + before.name() + "` was deleted from service `" + pair.current().fullName() + "`.",
                        "keep rpc `" + before.name() + "` and mark it `option deprecated = true;`");
            }
        }
    }
}
