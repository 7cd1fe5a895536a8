package org.contractregistry.registry.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/**
 * Confluent's {@code RuleSet.validate} and {@code Rule.validate}: a rule set that breaks them is refused with 42210
 * (on registration and on {@code PUT /config} {@code defaultRuleSet} / {@code overrideRuleSet}). Checked in Confluent's
 * order, list by list: a name used twice anywhere in the set, the name (present, not empty, at most 64 characters, a
 * letter or {@code _} first, then letters, digits, {@code _} or {@code -}), the type, several comma-separated actions
 * outside WRITEREAD and UPDOWN, and the list's modes. A rule without {@code mode} is WRITEREAD, as in Confluent. A
 * document of the wrong shape (a list that is not an array, an unknown mode or kind) is 422, as Confluent's JSON
 * binding answers it.
 */
final class RuleSetValidation {
    static final int NAME_MAX_LENGTH = 64;

    /** A rule list, the modes its rules may have, and the sentence Confluent answers otherwise. */
    private record RuleList(String field, Set<String> modes, String modesMessage) {
    }

    private static final Set<String> MIGRATION_MODES = Set.of("UPGRADE", "DOWNGRADE", "UPDOWN");
    private static final Set<String> DOMAIN_MODES = Set.of("WRITE", "READ", "WRITEREAD");
    private static final Set<String> KINDS = Set.of("TRANSFORM", "CONDITION");
    private static final RuleList[] LISTS = {
        new RuleList("migrationRules", MIGRATION_MODES, "Migration rules can only be UPGRADE, DOWNGRADE, UPDOWN"),
        new RuleList("domainRules", DOMAIN_MODES, "Domain rules can only be WRITE, READ, WRITEREAD"),
        new RuleList("encodingRules", DOMAIN_MODES, "Encoding rules can only be WRITE, READ, WRITEREAD"),
    };

    private RuleSetValidation() {}

    /** Nothing when the rule set is valid; else 42210 (or 422 for the wrong shape) naming the first problem. */
    static void validate(JsonNode ruleSet) {
        if (!ruleSet.isObject()) {
            throw invalid("ruleSet must be a JSON object");
        }
        DocumentShapes.requireRuleSet(ruleSet);
        Set<String> names = new HashSet<>();
        for (RuleList list : LISTS) {
            JsonNode rules = Json.present(ruleSet.get(list.field()));
            if (rules == null) {
                continue;
            }
            for (JsonNode rule : rules) {
                validateRule(rule, list, names);
            }
        }
    }

    private static void validateRule(JsonNode rule, RuleList list, Set<String> names) {
        String name = text(rule, "name");
        if (!names.add(String.valueOf(name))) {
            throw invalid("Found rule with duplicate name '" + name + "'");
        }
        validateName(name);
        if (text(rule, "type") == null) {
            throw invalid("Missing rule type");
        }
        String mode = text(rule, "mode");
        mode = mode == null ? "WRITEREAD" : mode;
        if (!MIGRATION_MODES.contains(mode) && !DOMAIN_MODES.contains(mode)) {
            throw DataContractConfig.wrongShape("Unknown rule mode '" + mode + "' of rule '" + name + "'");
        }
        String kind = text(rule, "kind");
        if (kind != null && !KINDS.contains(kind)) {
            throw DataContractConfig.wrongShape("Unknown rule kind '" + kind + "' of rule '" + name + "'");
        }
        validateAction(mode, text(rule, "onSuccess"));
        validateAction(mode, text(rule, "onFailure"));
        if (!list.modes().contains(mode)) {
            throw invalid(list.modesMessage());
        }
    }

    private static void validateName(String name) {
        if (name == null) {
            throw invalid("Missing rule name");
        }
        if (name.isEmpty()) {
            throw invalid("Empty rule name");
        }
        if (name.length() > NAME_MAX_LENGTH) {
            throw invalid("Rule name too long");
        }
        char first = name.charAt(0);
        if (!(Character.isLetter(first) || first == '_')) {
            throw invalid("Illegal initial character in rule name: " + name);
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
                throw invalid("Illegal character in rule name: " + name);
            }
        }
    }

    private static void validateAction(String mode, String action) {
        if (!mode.equals("WRITEREAD") && !mode.equals("UPDOWN") && action != null && action.indexOf(',') >= 0) {
            throw invalid("Multiple actions only valid with WRITEREAD and UPDOWN");
        }
    }

    /** A string field as Jackson would bind it to a String (scalars as their text); null when absent. */
    private static String text(JsonNode rule, String field) {
        JsonNode value = Json.present(rule.get(field));
        if (value == null) {
            return null;
        }
        if (value.isContainerNode()) {
            throw DataContractConfig.wrongShape("rule field '" + field + "' must be a string");
        }
        return value.asText();
    }

    private static RegistryException invalid(String message) {
        return new RegistryException(ErrorCode.INVALID_RULESET, "Invalid ruleSet: " + message);
    }
}
