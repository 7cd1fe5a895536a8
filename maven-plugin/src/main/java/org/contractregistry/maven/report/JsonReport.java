package org.contractregistry.maven.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.contractregistry.maven.check.CheckSummary;
import org.contractregistry.maven.check.LocatedFinding;
import org.contractregistry.maven.check.Status;
import org.contractregistry.maven.check.SubjectOutcome;
import org.contractregistry.maven.registry.Consumer;

/** {@code report.json}: the same content as the Markdown report, for tools. */
public final class JsonReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {}

    public static String render(CheckSummary summary) {
        ObjectNode root = JSON.createObjectNode();
        root.put("verdict", summary.fails() ? "FAILED" : "PASSED");
        root.put("baseline", summary.baseline());
        ObjectNode counts = root.putObject("summary");
        counts.put("subjects", summary.outcomes().size());
        for (Status status : Status.values()) {
            counts.put(status.name().toLowerCase(java.util.Locale.ROOT), summary.count(status));
        }
        counts.put("findings", summary.findingCount());
        java.util.Map<String, Integer> teams = TeamsToNotify.jobsPerTeam(summary);
        if (!teams.isEmpty()) {
            ObjectNode notify = root.putObject("teamsToNotify");
            teams.forEach(notify::put);
        }
        ArrayNode subjects = root.putArray("subjects");
        for (SubjectOutcome outcome : summary.outcomes()) {
            subject(subjects.addObject(), outcome);
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void subject(ObjectNode node, SubjectOutcome outcome) {
        node.put("subject", outcome.subject());
        node.put("file", outcome.file());
        node.put("schemaType", outcome.type().name());
        node.put("status", outcome.status().name());
        node.put("level", outcome.level());
        node.put("levelSource", outcome.levelSource());
        outcome.compared().forEach(node.putArray("compared")::add);
        outcome.notes().forEach(node.putArray("notes")::add);
        ArrayNode findings = node.putArray("findings");
        for (LocatedFinding f : outcome.findings()) {
            ObjectNode finding = findings.addObject();
            finding.put("ruleId", f.finding().ruleId());
            finding.put("category", f.finding().category());
            finding.put("path", f.finding().path());
            finding.put("file", f.file());
            if (f.finding().line() > 0) {
                finding.put("line", f.finding().line());
            }
            finding.put("againstVersion", f.finding().againstVersion());
            finding.put("againstLabel", f.versionLabel());
            f.versionLabels().forEach(finding.putArray("againstLabels")::add);
            finding.put("direction", f.finding().direction().name());
            finding.put("message", f.finding().message());
            finding.put("fixHint", f.finding().fixHint());
        }
        outcome.consumers().ifPresent(consumers -> {
            ArrayNode array = node.putArray("consumers");
            for (Consumer c : consumers) {
                ObjectNode job = array.addObject().put("namespace", c.namespace()).put("name", c.name())
                        .put("integration", c.integration()).put("dataset", c.dataset())
                        .put("lastRunAt", c.lastRunAt());
                c.owners().ifPresent(owners -> owners.forEach(job.putArray("owners")::add));
            }
        });
    }
}
