package org.contractregistry.contracts.protobuf.check;

import java.util.ArrayList;
import java.util.List;
import org.contractregistry.contracts.compatibility.Direction;
import org.contractregistry.contracts.compatibility.Finding;

/** Collects findings of one comparison; knows which side is the new schema for the line and the wording. */
public final class Report {
    private final Direction direction;
    private final boolean currentIsNew;
    private final List<Finding> findings = new ArrayList<>();

    Report(Direction direction, boolean currentIsNew) {
        this.direction = direction;
        this.currentIsNew = currentIsNew;
    }

    /**
     * Adds a finding of {@code rule}; the line is taken from the new schema's side ({@code currentLine} when the
     * current side is the new schema, else {@code previousLine}), 0 when that side lacks the element.
     */
    public void add(ProtoRule rule, String path, int previousLine, int currentLine, String message, String fixHint) {
        int line = currentIsNew ? currentLine : previousLine;
        findings.add(new Finding(rule.id(), rule.categories().get(0), path, message, fixHint, 0, direction, line));
    }

    /** How to name the previous side in a sentence: "the old schema" or, when swapped, "the new schema". */
    public String previousSide() {
        return currentIsNew ? "the old schema" : "the new schema";
    }

    public String currentSide() {
        return currentIsNew ? "the new schema" : "the old schema";
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }
}
