package org.contractregistry.contracts.protobuf;

import com.squareup.wire.schema.ErrorCollector;
import com.squareup.wire.schema.Linker;
import com.squareup.wire.schema.ProtoFile;
import com.squareup.wire.schema.Schema;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.contractregistry.contracts.ParseResult;
import org.contractregistry.contracts.ResolvedReference;
import org.contractregistry.contracts.SchemaProblem;
import org.contractregistry.contracts.SchemaSource;

/** Text to {@link ProtobufSchema} through wire's parser and linker; every failure becomes a {@link SchemaProblem}. */
final class ProtoParsing {
    static final String MAIN_FILE = "schema.proto";
    private static final Pattern POSITION = Pattern.compile("([\\w./-]+\\.proto):(\\d+):(\\d+)");

    private ProtoParsing() {}

    static ParseResult parse(SchemaSource source) {
        Object linked = link(source);
        if (linked instanceof SchemaProblem problem) {
            return new ParseResult.Invalid(problem);
        }
        Linked parts = (Linked) linked;
        try {
            return new ParseResult.Parsed(new ProtobufSchema(source, parts.schema(), parts.mainName(), parts.main()));
        } catch (RuntimeException e) {
            return new ParseResult.Invalid(problem(e, parts.mainName()));
        }
    }

    /**
     * wire's linked schema of a source that parsed before. A parse does not keep it (with the well-known types it links
     * it weighs ~200 KB, against a few KB for the rest of a parse): the rare caller that needs it links again.
     */
    static Schema relink(SchemaSource source) {
        Object linked = link(source);
        if (linked instanceof SchemaProblem problem) {
            throw new IllegalStateException("a schema that parsed before no longer links: " + problem);
        }
        return ((Linked) linked).schema();
    }

    private record Linked(Schema schema, String mainName, ProtoFileElement main) {}

    /** The linked files ({@link Linked}), or the {@link SchemaProblem} that stops them. */
    private static Object link(SchemaSource source) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (ResolvedReference reference : source.references()) {
            texts.put(reference.name(), ProtoDescriptorText.protoText(reference.text()));
        }
        String mainName = MAIN_FILE;
        for (int i = 0; texts.containsKey(mainName); i++) {
            mainName = "schema_" + i + ".proto";
        }
        texts.put(mainName, ProtoDescriptorText.protoText(source.text()));
        ProtoFiles files = new ProtoFiles(texts);
        try {
            Map<String, ProtoFileElement> elements = new LinkedHashMap<>();
            for (String path : texts.keySet()) {
                elements.put(path, files.parse(path));
            }
            SchemaProblem missing = missingImport(elements, texts, files, mainName);
            if (missing != null) {
                return missing;
            }
            List<ProtoFile> protoFiles = new ArrayList<>();
            for (String path : texts.keySet()) {
                protoFiles.add(files.load(path));
            }
            Schema schema = new Linker(files, new ErrorCollector(), false, true).link(protoFiles);
            return new Linked(schema, mainName, elements.get(mainName));
        } catch (RuntimeException e) {
            return problem(e, mainName);
        }
    }

    private static SchemaProblem missingImport(
            Map<String, ProtoFileElement> elements, Map<String, String> texts, ProtoFiles files, String mainName) {
        for (var entry : elements.entrySet()) {
            for (String imported : imports(entry.getValue())) {
                if (!files.has(imported)) {
                    boolean inMain = entry.getKey().equals(mainName);
                    int line = inMain ? lineOf(texts.get(entry.getKey()), "\"" + imported + "\"") : 0;
                    return new SchemaProblem("import \"" + imported + "\" was not found among the references"
                            + (inMain ? "" : " (imported by " + entry.getKey() + ")"), line, line > 0 ? 1 : 0);
                }
            }
        }
        return null;
    }

    private static List<String> imports(ProtoFileElement element) {
        List<String> all = new ArrayList<>(element.getImports());
        all.addAll(element.getPublicImports());
        all.addAll(element.getWeakImports());
        return all;
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The exception's message, with the first position in the main file (or any file) as line:col. */
    static SchemaProblem problem(RuntimeException e, String mainName) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage().strip();
        Matcher matcher = POSITION.matcher(message);
        int line = 0;
        int column = 0;
        while (matcher.find()) {
            if (line == 0 || matcher.group(1).equals(mainName)) {
                line = Integer.parseInt(matcher.group(2));
                column = Integer.parseInt(matcher.group(3));
                if (matcher.group(1).equals(mainName)) {
                    break;
                }
            }
        }
        // The main file's name is ours, not the sender's: its position is kept as line:col, its name is dropped.
        String file = Pattern.quote(mainName);
        String own = message.replaceAll(" in " + file + ":\\d+:\\d+:", ":")
                .replaceAll(file + ":(\\d+):(\\d+)", "at $1:$2")
                .replaceAll(" in " + file + "\\b", "");
        return new SchemaProblem("Invalid Protobuf schema: " + own.replace('\n', ' ').replaceAll("\\s+", " "), line, column);
    }
}
