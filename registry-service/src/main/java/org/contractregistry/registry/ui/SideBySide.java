package org.contractregistry.registry.ui;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.contractregistry.contracts.compatibility.Finding;

/** Two texts as rows of a side-by-side table (java-diff-utils finds the changes), with findings placed on lines. */
public final class SideBySide {
    private SideBySide() {}

    /** One half of a row: its 1-based line number (0 when this side has no line here), text and findings. */
    public record Cell(int number, String text, List<Finding> findings) {
        public boolean present() {
            return number > 0;
        }
    }

    /** @param change EQUAL, CHANGE, INSERT or DELETE */
    public record Row(String change, Cell left, Cell right) {
        public boolean flagged() {
            return !left.findings().isEmpty() || !right.findings().isEmpty();
        }
    }

    public static List<Row> rows(String from, String to, List<Finding> findings) {
        List<String> older = from.lines().toList();
        List<String> newer = to.lines().toList();
        Map<Integer, List<Finding>> onNewer = FindingLines.onLines(findings, newer, true);
        Map<Integer, List<Finding>> onOlder = FindingLines.onLines(findings, older, false);
        Patch<String> patch = DiffUtils.diff(older, newer);
        List<Row> rows = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int sourceAt = delta.getSource().getPosition();
            while (i < sourceAt) {
                rows.add(new Row("EQUAL", cell(older, i++, onOlder), cell(newer, j++, onNewer)));
            }
            int removed = delta.getSource().size();
            int added = delta.getTarget().size();
            for (int k = 0; k < Math.max(removed, added); k++) {
                rows.add(new Row(delta.getType().name(),
                        k < removed ? cell(older, i++, onOlder) : empty(),
                        k < added ? cell(newer, j++, onNewer) : empty()));
            }
        }
        while (i < older.size() || j < newer.size()) {
            rows.add(new Row("EQUAL", i < older.size() ? cell(older, i++, onOlder) : empty(),
                    j < newer.size() ? cell(newer, j++, onNewer) : empty()));
        }
        return rows;
    }

    /** One text as numbered lines with findings on them (the impact page's proposed schema). */
    public static List<Cell> lines(String text, List<Finding> findings) {
        List<String> lines = text.lines().toList();
        Map<Integer, List<Finding>> on = FindingLines.onLines(findings, lines, true);
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            cells.add(cell(lines, i, on));
        }
        return cells;
    }

    private static Cell cell(List<String> lines, int index, Map<Integer, List<Finding>> findings) {
        return new Cell(index + 1, lines.get(index), findings.getOrDefault(index + 1, List.of()));
    }

    private static Cell empty() {
        return new Cell(0, "", List.of());
    }
}
