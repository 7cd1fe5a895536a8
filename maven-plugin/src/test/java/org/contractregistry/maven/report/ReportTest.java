package org.contractregistry.maven.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.contractregistry.contracts.SchemaType;
import org.contractregistry.contracts.compatibility.Direction;
import org.contractregistry.contracts.compatibility.Finding;
import org.contractregistry.maven.check.CheckSummary;
import org.contractregistry.maven.check.LocatedFinding;
import org.contractregistry.maven.check.Status;
import org.contractregistry.maven.check.SubjectOutcome;
import org.contractregistry.maven.registry.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportTest {
    private static final String FILE = "src/main/avro/orders.avsc";

    private static LocatedFinding finding(String rule, String path, int version, int line, String message) {
        return new LocatedFinding(new Finding(rule, "AVRO", path, message, "give `email` a default", version,
                Direction.BACKWARD, line), List.of("v" + version), FILE);
    }

    static CheckSummary summary() {
        SubjectOutcome broken = new SubjectOutcome("orders-value", FILE, SchemaType.AVRO, Status.INCOMPATIBLE,
                "registry http://r", "BACKWARD_TRANSITIVE", "registry", List.of("v1", "v2"),
                List.of(finding("READER_FIELD_MISSING_DEFAULT_VALUE", "/fields/email", 2, 12,
                                "Field `email` has no default <so> old | data cannot be read."),
                        finding("TYPE_MISMATCH", "/fields/total/type", 1, 0, "`total` changed from long to string.")),
                List.of(), Optional.empty())
                .withConsumers(List.of(new Consumer("spark", "orders-enricher", "SPARK", "kafka://b/orders", "",
                                Optional.empty()),
                        new Consumer("airflow", "daily_revenue", "AIRFLOW", "kafka://b/orders", "", Optional.empty())));
        SubjectOutcome fine = new SubjectOutcome("customers-value", "src/main/avro/customers.avsc", SchemaType.AVRO,
                Status.COMPATIBLE, "registry http://r", "BACKWARD", "registry", List.of("v5"), List.of(), List.of(),
                Optional.empty());
        SubjectOutcome fresh = new SubjectOutcome("refunds-value", "src/main/proto/refunds.proto",
                SchemaType.PROTOBUF, Status.NEW, "registry http://r", null, null, List.of(), List.of(),
                List.of("no earlier version in registry http://r: nothing to break"), Optional.empty());
        return new CheckSummary("registry http://r", List.of(fine, broken, fresh));
    }

    @Test
    void markdownPutsBreaksFirstWithRuleLocationVersionFixAndDownstream() {
        String md = MarkdownReport.render(summary());

        assertThat(md).startsWith("# Contract check: FAILED");
        assertThat(md).contains("3 subjects: 1 incompatible (2 findings), 1 compatible, 1 new");
        assertThat(md.indexOf("orders-value")).isLessThan(md.indexOf("customers-value"));
        assertThat(md).contains("| `READER_FIELD_MISSING_DEFAULT_VALUE` | `/fields/email` at `" + FILE + ":12` | v2 (BACKWARD) |");
        assertThat(md).contains("old \\| data").contains("give `email` a default");
        assertThat(md).contains("`/fields/total/type` at `" + FILE + "` | v1");
        assertThat(md).contains("BACKWARD_TRANSITIVE (registry) · compared with v1, v2");
        assertThat(md).contains("**Downstream:** breaks `orders-enricher` (Spark), `daily_revenue` (Airflow)");
        assertThat(md).contains("> no earlier version in registry http://r: nothing to break");
    }

    @Test
    void withoutLineageThereIsNoDownstreamSection() {
        CheckSummary s = summary();
        SubjectOutcome broken = s.outcomes().get(1);
        SubjectOutcome unknown = new SubjectOutcome(broken.subject(), broken.file(), broken.type(), broken.status(),
                broken.baseline(), broken.level(), broken.levelSource(), broken.compared(), broken.findings(),
                broken.notes(), Optional.empty());
        CheckSummary without = new CheckSummary(s.baseline(), List.of(unknown));
        assertThat(MarkdownReport.render(without)).doesNotContain("Downstream");
        assertThat(ConsoleReport.render(without)).noneMatch(l -> l.text().contains("downstream"));
        assertThat(JsonReport.render(without)).doesNotContain("consumers");
    }

    @Test
    void jsonCarriesEveryFindingField() throws Exception {
        JsonNode json = new ObjectMapper().readTree(JsonReport.render(summary()));

        assertThat(json.path("verdict").asText()).isEqualTo("FAILED");
        assertThat(json.path("summary").path("incompatible").asInt()).isEqualTo(1);
        assertThat(json.path("summary").path("findings").asInt()).isEqualTo(2);
        JsonNode first = json.path("subjects").get(1).path("findings").get(0);
        assertThat(first.path("ruleId").asText()).isEqualTo("READER_FIELD_MISSING_DEFAULT_VALUE");
        assertThat(first.path("path").asText()).isEqualTo("/fields/email");
        assertThat(first.path("file").asText()).isEqualTo(FILE);
        assertThat(first.path("line").asInt()).isEqualTo(12);
        assertThat(first.path("againstVersion").asInt()).isEqualTo(2);
        assertThat(first.path("direction").asText()).isEqualTo("BACKWARD");
        assertThat(first.path("fixHint").asText()).isEqualTo("give `email` a default");
        assertThat(json.path("subjects").get(1).path("consumers").get(0).path("name").asText())
                .isEqualTo("orders-enricher");
    }

    @Test
    void junitHasOneFailedTestPerBreakAndOnePassingTestPerCleanSubject() throws Exception {
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(
                new ByteArrayInputStream(JUnitReport.render(summary()).getBytes(StandardCharsets.UTF_8)));

        Element suite = xml.getDocumentElement();
        assertThat(suite.getAttribute("tests")).isEqualTo("4");
        assertThat(suite.getAttribute("failures")).isEqualTo("2");
        NodeList failures = xml.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(2);
        Element first = (Element) failures.item(0);
        assertThat(first.getAttribute("type")).isEqualTo("READER_FIELD_MISSING_DEFAULT_VALUE");
        assertThat(first.getAttribute("message")).contains("<so> old | data");
        assertThat(((Element) first.getParentNode()).getAttribute("classname")).isEqualTo("contracts.orders-value");
        assertThat(first.getTextContent()).contains(FILE + ":12").contains("fix: give `email` a default");
    }

    @Test
    void consoleListsEachBreakThenASummary() {
        List<ConsoleReport.Line> lines = ConsoleReport.render(summary());
        assertThat(lines).filteredOn(ConsoleReport.Line::problem).extracting(ConsoleReport.Line::text)
                .anyMatch(t -> t.contains("READER_FIELD_MISSING_DEFAULT_VALUE at /fields/email (" + FILE + ":12), breaks v2"))
                .anyMatch(t -> t.contains("fix: give `email` a default"))
                .anyMatch(t -> t.contains("downstream: breaks `orders-enricher` (Spark)"));
        assertThat(lines.get(lines.size() - 1).text()).startsWith("contracts: 3 subjects: 1 incompatible")
                .contains("BACKWARD_TRANSITIVE from the registry");
    }

    @Test
    void filesLandInTheReportFolder(@TempDir Path dir) throws Exception {
        List<Path> written = ReportFiles.write(dir.resolve("contracts"), summary());
        assertThat(written).extracting(p -> p.getFileName().toString())
                .containsExactly("report.md", "report.json", "TEST-contracts.xml");
        assertThat(Files.readString(written.get(0))).contains("READER_FIELD_MISSING_DEFAULT_VALUE");
    }

    /** Two failing subjects read by four jobs, one of them reading both, one owned by two teams, one unowned. */
    static CheckSummary ownedSummary() {
        SubjectOutcome orders = summary().outcomes().get(1).withConsumers(List.of(
                job("spark", "orders-enricher", "payments"), job("airflow", "daily_revenue", "analytics"),
                job("spark", "refund-matcher", "payments", "risk")));
        SubjectOutcome refunds = new SubjectOutcome("refunds-value", FILE, SchemaType.AVRO, Status.INCOMPATIBLE,
                "registry http://r", "BACKWARD", "registry", List.of("v1"),
                List.of(finding("TYPE_MISMATCH", "/fields/amount/type", 1, 3, "`amount` changed.")), List.of(),
                Optional.empty()).withConsumers(List.of(job("spark", "refund-matcher", "payments", "risk"),
                        job("spark", "scratch-notebook")));
        return new CheckSummary("registry http://r", List.of(orders, refunds));
    }

    private static Consumer job(String namespace, String name, String... owners) {
        return new Consumer(namespace, name, "SPARK", "kafka://b/orders", "", Optional.of(List.of(owners)));
    }

    @Test
    void aFailureNamesTheOwningTeamsOfEachBrokenJobAndWhomToNotify() throws Exception {
        CheckSummary owned = ownedSummary();
        String md = MarkdownReport.render(owned);
        assertThat(md).contains("**Teams to notify:** payments (2 jobs), analytics (1 job), risk (1 job),"
                + " owner unknown (1 job)\n");
        assertThat(md).contains("**Downstream:** breaks `orders-enricher` (Spark, owned by payments),"
                + " `daily_revenue` (Spark, owned by analytics), `refund-matcher` (Spark, owned by payments, risk)");
        assertThat(md).contains("`scratch-notebook` (Spark, owner unknown)");

        List<ConsoleReport.Line> lines = ConsoleReport.render(owned);
        assertThat(lines.get(lines.size() - 2)).isEqualTo(new ConsoleReport.Line(true,
                "teams to notify: payments (2 jobs), analytics (1 job), risk (1 job), owner unknown (1 job)"));
        assertThat(lines).extracting(ConsoleReport.Line::text)
                .contains("  downstream: breaks `refund-matcher` (Spark, owned by payments, risk),"
                        + " `scratch-notebook` (Spark, owner unknown)");

        JsonNode json = new ObjectMapper().readTree(JsonReport.render(owned));
        assertThat(json.path("teamsToNotify").toString())
                .isEqualTo("{\"payments\":2,\"analytics\":1,\"risk\":1,\"owner unknown\":1}");
        assertThat(json.path("subjects").get(0).path("consumers").get(2).path("owners").toString())
                .isEqualTo("[\"payments\",\"risk\"]");
        assertThat(json.path("subjects").get(1).path("consumers").get(1).path("owners").toString()).isEqualTo("[]");
    }

    @Test
    void aRegistryThatReportsNoOwnersGivesNoTeamsToNotify() throws Exception {
        assertThat(TeamsToNotify.line(summary())).isEmpty();
        assertThat(MarkdownReport.render(summary())).doesNotContain("Teams to notify").doesNotContain("owner");
        assertThat(ConsoleReport.render(summary())).noneMatch(l -> l.text().contains("teams to notify"));
        assertThat(new ObjectMapper().readTree(JsonReport.render(summary())).has("teamsToNotify")).isFalse();
    }

    @Test
    void aPassingRunSaysPassed() {
        CheckSummary fine = new CheckSummary("git:main", List.of(summary().outcomes().get(0)));
        assertThat(MarkdownReport.render(fine)).startsWith("# Contract check: PASSED");
        assertThat(fine.fails()).isFalse();
    }
}
