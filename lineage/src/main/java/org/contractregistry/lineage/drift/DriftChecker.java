package org.contractregistry.lineage.drift;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.contractregistry.contracts.FieldShape;
import org.contractregistry.lineage.event.ObservedField;

/**
 * Compares the fields a run observed (schema facet) with a contract's fields. Paths match case-insensitively (SQL
 * engines fold case); a missing or extra parent hides its children, so one absent struct is one finding.
 */
public final class DriftChecker {
    private DriftChecker() {}

    public static List<DriftFinding> compare(List<FieldShape> contract, List<ObservedField> observed) {
        Map<String, ObservedField> seen = new LinkedHashMap<>();
        observed.forEach(f -> seen.putIfAbsent(key(f.path()), f));
        Set<String> declared = new HashSet<>();
        contract.forEach(f -> declared.add(key(f.path())));

        List<DriftFinding> findings = new ArrayList<>();
        Set<String> missing = new HashSet<>();
        for (FieldShape field : contract) {
            String key = key(field.path());
            if (hasAncestorIn(key, missing)) {
                continue;
            }
            ObservedField match = seen.get(key);
            if (match == null) {
                missing.add(key);
                findings.add(new DriftFinding(DriftKind.MISSING_FIELD, field.path(), contractType(field), ""));
            } else if (!match.type().isBlank() && !typeMatches(field, match.type())) {
                findings.add(new DriftFinding(DriftKind.TYPE_MISMATCH, field.path(), contractType(field), match.type()));
            }
        }
        Set<String> extra = new HashSet<>();
        for (ObservedField field : seen.values()) {
            String key = key(field.path());
            if (!declared.contains(key) && !hasAncestorIn(key, extra)) {
                extra.add(key);
                findings.add(new DriftFinding(DriftKind.EXTRA_FIELD, field.path(), "", field.type()));
            }
        }
        findings.sort(null);
        return List.copyOf(findings);
    }

    private static boolean typeMatches(FieldShape field, String observedType) {
        if (!field.repeated()) {
            return TypeMapping.accepts(field.type(), observedType);
        }
        if (!TypeMapping.isList(observedType)) {
            return false;
        }
        String element = TypeMapping.elementType(observedType);
        return element.isEmpty() || "array".equals(field.type()) || TypeMapping.accepts(field.type(), element);
    }

    private static String contractType(FieldShape field) {
        return field.repeated() && !"array".equals(field.type()) ? "array<" + field.type() + ">" : field.type();
    }

    private static boolean hasAncestorIn(String key, Set<String> ancestors) {
        for (int dot = key.indexOf('.'); dot > 0; dot = key.indexOf('.', dot + 1)) {
            if (ancestors.contains(key.substring(0, dot))) {
                return true;
            }
        }
        return false;
    }

    private static String key(String path) {
        return path.toLowerCase(Locale.ROOT);
    }
}
