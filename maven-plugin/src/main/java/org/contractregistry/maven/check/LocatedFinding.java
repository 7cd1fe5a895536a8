package org.contractregistry.maven.check;

import org.contractregistry.contracts.compatibility.Finding;

/**
 * A finding with what the report adds: how the broken version is named and which file (and line) holds the change.
 *
 * @param versionLabel {@code v3}, {@code origin/main}, ...
 * @param file the candidate file, relative to the project
 */
public record LocatedFinding(Finding finding, String versionLabel, String file) {

    /** {@code src/main/avro/order.avsc:12}, or the file alone when the line is unknown. */
    public String location() {
        return finding.line() > 0 ? file + ":" + finding.line() : file;
    }
}
