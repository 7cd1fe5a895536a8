package org.contractregistry.registry.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.contractregistry.contracts.compatibility.Finding;

/**
 * Which line of a schema text a finding concerns. The engine gives the line in the newer text where it knows it; a
 * finding without one (a field that was removed, say) is placed on the older text's line naming the last element of
 * its path ({@code "email"} in Avro JSON, {@code email = 3} in Protobuf), else on the newer text's.
 */
final class FindingLines {
    private FindingLines() {}

    /** @param newer whether {@code lines} is the newer text (the one the engine's line numbers point into) */
    static Map<Integer, List<Finding>> onLines(List<Finding> findings, List<String> lines, boolean newer) {
        Map<Integer, List<Finding>> placed = new HashMap<>();
        for (Finding f : findings) {
            int line = f.line() > 0 ? (newer ? f.line() : 0) : (newer ? 0 : naming(f.path(), lines));
            if (line > 0 && line <= lines.size()) {
                placed.computeIfAbsent(line, k -> new java.util.ArrayList<>()).add(f);
            }
        }
        return placed;
    }

    /** The first line naming the path's last element, or 0. */
    static int naming(String path, List<String> lines) {
        String[] parts = path.split("[/.]");
        String last = "";
        for (int i = parts.length - 1; i >= 0 && last.isEmpty(); i--) {
            if (!parts[i].isEmpty() && !parts[i].equals("type") && !parts[i].equals("fields")) {
                last = parts[i];
            }
        }
        if (last.isEmpty()) {
            return 0;
        }
        Pattern named = Pattern.compile("\"" + Pattern.quote(last) + "\"|\\b" + Pattern.quote(last) + "\\s*=\\s*\\d");
        for (int i = 0; i < lines.size(); i++) {
            if (named.matcher(lines.get(i)).find()) {
                return i + 1;
            }
        }
        return 0;
    }
}
