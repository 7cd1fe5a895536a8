package org.contractregistry.contracts.protobuf.rules.confluent;

import java.util.List;
import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.Report;

public final class PackageChanged extends ProtoRule.FileRule {
    @Override public String id() { return "PACKAGE_CHANGED"; }
    @Override public List<String> categories() { return CONFLUENT_RULE; }
    @Override public String purpose() { return "Confluent: the package differs."; }
    @Override public String example() { return "package acme.v1; -> package acme.v2;"; }

    @Override
    public void check(Pairs.FilePair pair, Report report) {
        if (!pair.previous().packageName().equals(pair.current().packageName())) {
            report.add(this, "#/", 0, 0, "The package differs: `" + pair.previous().packageName() + "` in "
                            + report.previousSide() + ", `" + pair.current().packageName() + "` in "
                            + report.currentSide() + ".",
                    "keep `package " + pair.previous().packageName() + ";`");
        }
    }
}
