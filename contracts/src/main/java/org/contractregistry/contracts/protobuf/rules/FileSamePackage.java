package org.contractregistry.contracts.protobuf.rules;

import java.util.List;
import org.contractregistry.contracts.protobuf.check.Pairs;
import org.contractregistry.contracts.protobuf.check.ProtoRule;
import org.contractregistry.contracts.protobuf.check.Report;

public final class FileSamePackage extends ProtoRule.FileRule {
    @Override public String id() { return "FILE_SAME_PACKAGE"; }
    @Override public List<String> categories() { return WIRE_RULE; }
    @Override public String purpose() { return "The package stays the same: it is part of every message's full name."; }
    @Override public String example() { return "package acme.v1; -> package acme.v2;"; }

    @Override
    public void check(Pairs.FilePair pair, Report report) {
        String before = pair.previous().packageName();
        String after = pair.current().packageName();
        if (!before.equals(after)) {
            report.add(this, after.isEmpty() ? "(no package)" : after, 0, 0,
                    "The package changed from `" + before + "` to `" + after + "`, which renames every message.",
                    "keep `package " + before + ";` and add new messages instead");
        }
    }
}
