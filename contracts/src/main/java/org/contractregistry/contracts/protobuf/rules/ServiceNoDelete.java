package org.contractregistry.contracts.protobuf.rules;

import java.util.List;
import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.Report;
import org.contractregistry.contracts.protobuf.model.ServiceModel;

public final class ServiceNoDelete extends ProtoRule.FileRule {
    @Override public String id() { return "SERVICE_NO_DELETE"; }
    @Override public List<String> categories() { return WIRE_RULE; }
    @Override public String purpose() { return "Services are not deleted: their clients would get UNIMPLEMENTED."; }
    @Override public String example() { return "service OrderService { ... } removed"; }

    @Override
    public void check(Pairs.FilePair pair, Report report) {
        for (ServiceModel before : pair.previous().services().values()) {
            if (!pair.current().services().containsKey(before.key())) {
                report.add(this, before.fullName(), before.line(), 0,
                        "Service `" + before.fullName() + "` was deleted.",
                        "keep service `" + before.key() + "` and deprecate its rpcs");
            }
        }
    }
}
