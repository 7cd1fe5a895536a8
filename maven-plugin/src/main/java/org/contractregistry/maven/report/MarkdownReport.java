package org.contractregistry.maven.report;

import java.util.List;
import java.util.stream.Collectors;
import org.contractregistry.maven.check.CheckSummary;
import org.contractregistry.maven.check.LocatedFinding;
import org.contractregistry.maven.check.Status;
import org.contractregistry.maven.check.SubjectOutcome;
import org.contractregistry.maven.registry.Consumer;

/** {@code report.md}: a review comment, one section per subject, breaks first. */
public final class MarkdownReport {
    private MarkdownReport() {}

    public static String render(CheckSummary summary) {
        StringBuilder md = new StringBuilder();
        md.append("# Contract check: ").append(summary.fails() ? "FAILED" : "PASSED").append("\n\n");
        md.append("Baseline: ").append(summary.baseline()).append(" · ").append(summary.headline()).append("\n");
        TeamsToNotify.line(summary).ifPresent(teams -> md.append("\n**Teams to notify:** ").append(teams)
                .append("\n"));
        for (SubjectOutcome outcome : ordered(summary)) {
            md.append('\n');
            section(md, outcome);
        }
        return md.toString();
    }

    /** Failing subjects first, each group in check order. */
    static List<SubjectOutcome> ordered(CheckSummary summary) {
        return summary.outcomes().stream()
                .sorted(java.util.Comparator.comparing((SubjectOutcome o) -> !o.status().fails()))
                .toList();
    }

    private static void section(StringBuilder md, SubjectOutcome outcome) {
        md.append("## ").append(mark(outcome.status())).append(' ').append(outcome.subject()).append(" — ")
                .append(outcome.status().name().toLowerCase(java.util.Locale.ROOT)).append("\n\n");
        md.append('`').append(outcome.file()).append("` · ").append(outcome.type());
        if (outcome.level() != null) {
            md.append(" · ").append(outcome.level()).append(" (").append(outcome.levelSource()).append(')');
        }
        if (!outcome.compared().isEmpty()) {
            md.append(" · compared with ").append(String.join(", ", outcome.compared()));
        }
        md.append("\n");
        for (String note : outcome.notes()) {
            md.append("\n> ").append(note).append("\n");
        }
        if (!outcome.findings().isEmpty()) {
            md.append("\n| Rule | Where | Breaks | Problem | Fix |\n|---|---|---|---|---|\n");
            for (LocatedFinding f : outcome.findings()) {
                md.append("| `").append(f.finding().ruleId()).append("` | `").append(cell(f.finding().path()))
                        .append("` at `").append(cell(f.location())).append("` | ").append(cell(f.versionLabel()))
                        .append(" (").append(f.finding().direction()).append(") | ").append(cell(f.finding().message()))
                        .append(" | ").append(cell(f.finding().fixHint())).append(" |\n");
            }
        }
        outcome.consumers().filter(c -> !c.isEmpty()).ifPresent(consumers -> md.append("\n**Downstream:** breaks ")
                .append(consumers.stream().map(Consumer::describe).collect(Collectors.joining(", ")))
                .append("\n"));
    }

    private static String mark(Status status) {
        return switch (status) {
            case COMPATIBLE -> "✅";
            case NEW -> "🆕";
            case INCOMPATIBLE, INVALID -> "❌";
        };
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\r", "").replace("\n", " ");
    }
}
