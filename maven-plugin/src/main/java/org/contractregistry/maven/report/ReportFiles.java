package org.contractregistry.maven.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.contractregistry.maven.check.CheckSummary;

/** Writes report.md, report.json and TEST-contracts.xml into one folder. */
public final class ReportFiles {
    public static final String MARKDOWN = "report.md";
    public static final String JSON = "report.json";
    public static final String JUNIT = "TEST-contracts.xml";

    private ReportFiles() {}

    public static List<Path> write(Path directory, CheckSummary summary) throws IOException {
        Files.createDirectories(directory);
        Path md = Files.writeString(directory.resolve(MARKDOWN), MarkdownReport.render(summary), StandardCharsets.UTF_8);
        Path json = Files.writeString(directory.resolve(JSON), JsonReport.render(summary), StandardCharsets.UTF_8);
        Path xml = Files.writeString(directory.resolve(JUNIT), JUnitReport.render(summary), StandardCharsets.UTF_8);
        return List.of(md, json, xml);
    }
}
