package org.contractregistry.maven.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.contractregistry.maven.check.CheckSummary;
import org.contractregistry.maven.check.LocatedFinding;
import org.contractregistry.maven.check.SubjectOutcome;
import org.contractregistry.maven.registry.Consumer;

/** The build-log form: per subject, each break with rule, path, file:line, broken version and fix; then a summary. */
public final class ConsoleReport {

    /** {@code problem} lines are logged as errors (or warnings when the build is not failed), others as info. */
    public record Line(boolean problem, String text) {}

    private ConsoleReport() {}

    public static List<Line> render(CheckSummary summary) {
        List<Line> lines = new ArrayList<>();
        for (SubjectOutcome outcome : summary.outcomes()) {
            boolean problem = outcome.status().fails();
            StringBuilder head = new StringBuilder(outcome.subject()).append(" (").append(outcome.file()).append("): ")
                    .append(outcome.status());
            if (outcome.level() != null) {
                head.append(" under ").append(outcome.level());
            }
            if (!outcome.compared().isEmpty()) {
                head.append(", compared with ").append(String.join(", ", outcome.compared()));
            }
            lines.add(new Line(problem, head.toString()));
            for (String note : outcome.notes()) {
                lines.add(new Line(problem, "  " + note));
            }
            for (LocatedFinding f : outcome.findings()) {
                lines.add(new Line(true, "  " + f.finding().ruleId() + " at " + f.finding().path() + " ("
                        + f.location() + "), breaks " + f.versionLabel() + " " + f.finding().direction()));
                lines.add(new Line(true, "    " + f.finding().message()));
                if (!f.finding().fixHint().isBlank()) {
                    lines.add(new Line(true, "    fix: " + f.finding().fixHint()));
                }
            }
            outcome.consumers().filter(c -> !c.isEmpty()).ifPresent(c -> lines.add(new Line(true,
                    "  downstream: breaks " + c.stream().map(Consumer::describe).collect(Collectors.joining(", ")))));
        }
        TeamsToNotify.line(summary).ifPresent(teams -> lines.add(new Line(true, "teams to notify: " + teams)));
        lines.add(new Line(summary.fails(), "contracts: " + summary.headline() + " (baseline " + summary.baseline() + ", "
                + summary.levels() + ")"));
        return lines;
    }
}
