package org.contractregistry.maven.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.contractregistry.contracts.compatibility.Finding;

/**
 * One problem with what the report adds: how the versions it breaks are named and which file (and line) holds the
 * change. Under a transitive level the engine finds the same problem once per old version; it is reported once here,
 * with every version it breaks.
 *
 * @param finding the problem, as found against the first version listed
 * @param versionLabels {@code v1, v2}, {@code origin/main}, ... (at least one), oldest first
 * @param file the candidate file, relative to the project
 */
public record LocatedFinding(Finding finding, List<String> versionLabels, String file) {
    public LocatedFinding {
        versionLabels = List.copyOf(versionLabels);
    }

    /** Findings of one check merged: the same rule, path, sentence, fix and direction count as one problem. */
    public static List<LocatedFinding> merged(List<Finding> findings, Map<Integer, String> labels, String file) {
        Map<List<Object>, List<Finding>> problems = new LinkedHashMap<>();
        for (Finding f : findings) {
            problems.computeIfAbsent(List.of(f.ruleId(), f.path(), f.message(), f.fixHint(), f.direction(), f.line()),
                    k -> new ArrayList<>()).add(f);
        }
        return problems.values().stream().map(same -> new LocatedFinding(same.get(0), same.stream()
                .mapToInt(Finding::againstVersion).distinct().sorted()
                .mapToObj(v -> labels.getOrDefault(v, "v" + v)).toList(), file))
                .toList();
    }

    /** The versions it breaks, for one line: {@code v1, v2}. */
    public String versionLabel() {
        return String.join(", ", versionLabels);
    }

    /** {@code src/main/avro/order.avsc:12}, or the file alone when the line is unknown. */
    public String location() {
        return finding.line() > 0 ? file + ":" + finding.line() : file;
    }
}
