package org.contractregistry.contracts.avro;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.contractregistry.contracts.ContractSchema;
import org.contractregistry.contracts.ParseResult;
import org.contractregistry.contracts.SchemaFormat;
import org.contractregistry.contracts.SchemaSource;
import org.contractregistry.contracts.SchemaType;
import org.contractregistry.contracts.avro.rules.AmbiguousFieldMatch;
import org.contractregistry.contracts.avro.rules.AvroBreak;
import org.contractregistry.contracts.avro.rules.AvroRule;
import org.contractregistry.contracts.avro.rules.AvroRules;
import org.contractregistry.contracts.compatibility.CheckOptions;
import org.contractregistry.contracts.compatibility.Direction;
import org.contractregistry.contracts.compatibility.Finding;
import org.contractregistry.contracts.rules.RuleDescriptor;

/**
 * Avro support on Apache Avro: its parser (defaults validated) and its schema-resolution check,
 * {@link SchemaCompatibility#checkReaderWriterCompatibility}. Each Avro incompatibility becomes one finding whose rule id
 * is Avro's type name, worded by the matching {@link AvroRule}.
 */
public final class AvroFormat implements SchemaFormat {
    @Override
    public SchemaType type() {
        return SchemaType.AVRO;
    }

    @Override
    public ParseResult parse(SchemaSource source) {
        return AvroSchemaParser.parse(source);
    }

    @Override
    public List<Finding> judge(ContractSchema writer, ContractSchema reader, Direction direction, CheckOptions options) {
        AvroContractSchema w = (AvroContractSchema) writer;
        AvroContractSchema r = (AvroContractSchema) reader;
        if (w.canonicalText().equals(r.canonicalText()) && w.fingerprint().equals(r.fingerprint())) {
            return List.of();
        }
        Schema[] pair = AvroPruning.prune(r, w);
        SchemaCompatibility.SchemaCompatibilityResult result;
        try {
            result = SchemaCompatibility.checkReaderWriterCompatibility(pair[0], pair[1]).getResult();
        } catch (AvroRuntimeException error) {
            if (error.getMessage() == null || !error.getMessage().contains("matches multiple fields")) {
                throw error;
            }
            return List.of(AmbiguousFieldMatch.finding(error.getMessage(), direction));
        }
        List<Finding> findings = new ArrayList<>();
        String newText = (direction == Direction.BACKWARD ? r : w).source().text();
        for (Incompatibility incompatibility : result.getIncompatibilities()) {
            AvroPath where = AvroPath.of(incompatibility.getLocation(), pair[0], pair[1]);
            AvroBreak found = new AvroBreak(incompatibility, where.path(), where.fields(), where.writer(), direction);
            AvroRule rule = AvroRules.forType(incompatibility.getType());
            findings.add(new Finding(rule.id(), AvroRule.CATEGORY, found.path(), rule.message(found), rule.fixHint(found),
                    0, direction, lineOf(newText, where.fields())));
        }
        return findings;
    }

    @Override
    public List<RuleDescriptor> rules() {
        List<RuleDescriptor> rules = new ArrayList<>(AvroRules.ALL.stream().map(AvroRule::descriptor).toList());
        rules.add(AmbiguousFieldMatch.DESCRIPTOR);
        return List.copyOf(rules);
    }

    /** The line of the innermost field's {@code "name": "..."} in the new schema's text, or 0. */
    private static int lineOf(String text, List<String> fields) {
        if (fields.isEmpty()) {
            return 0;
        }
        Matcher m = Pattern.compile("\"name\"\\s*:\\s*\"" + Pattern.quote(fields.get(fields.size() - 1)) + "\"").matcher(text);
        if (!m.find()) {
            return 0;
        }
        return (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
    }
}
