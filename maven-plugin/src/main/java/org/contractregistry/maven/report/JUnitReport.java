package org.contractregistry.maven.report;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.contractregistry.maven.check.CheckSummary;
import org.contractregistry.maven.check.LocatedFinding;
import org.contractregistry.maven.check.Status;
import org.contractregistry.maven.check.SubjectOutcome;

/**
 * JUnit XML (the Surefire dialect CI servers read): one test case per break, so each shows as a failed test named by
 * subject and rule; one passing test case per subject with nothing to report.
 */
public final class JUnitReport {
    private JUnitReport() {}

    public static String render(CheckSummary summary) {
        long tests = summary.outcomes().stream().mapToLong(o -> Math.max(1, o.findings().size())).sum();
        long failures = summary.findingCount() + summary.count(Status.INVALID);
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "contracts");
            xml.writeAttribute("tests", Long.toString(tests));
            xml.writeAttribute("failures", Long.toString(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            xml.writeCharacters("\n");
            for (SubjectOutcome outcome : summary.outcomes()) {
                cases(xml, outcome);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void cases(XMLStreamWriter xml, SubjectOutcome outcome) throws XMLStreamException {
        String className = "contracts." + outcome.subject();
        if (outcome.findings().isEmpty()) {
            xml.writeCharacters("  ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", className);
            xml.writeAttribute("name", outcome.subject() + " " + outcome.status().name().toLowerCase(java.util.Locale.ROOT));
            xml.writeAttribute("time", "0");
            if (outcome.status() == Status.INVALID) {
                xml.writeStartElement("failure");
                xml.writeAttribute("type", "INVALID_SCHEMA");
                xml.writeAttribute("message", String.join("; ", outcome.notes()));
                xml.writeCharacters(outcome.file() + ": " + String.join("\n", outcome.notes()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            return;
        }
        for (LocatedFinding f : outcome.findings()) {
            xml.writeCharacters("  ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", className);
            xml.writeAttribute("name", f.finding().ruleId() + " " + f.finding().path() + " vs " + f.versionLabel());
            xml.writeAttribute("file", f.file());
            xml.writeAttribute("time", "0");
            xml.writeStartElement("failure");
            xml.writeAttribute("type", f.finding().ruleId());
            xml.writeAttribute("message", f.finding().message());
            xml.writeCharacters(f.location() + ": " + f.finding().describe()
                    + (f.finding().fixHint().isBlank() ? "" : "\nfix: " + f.finding().fixHint()));
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
    }
}
