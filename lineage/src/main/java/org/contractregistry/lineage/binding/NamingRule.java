package org.contractregistry.lineage.binding;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.contractregistry.lineage.ids.DatasetId;

/**
 * A configured mapping from dataset names to subjects, written {@code <namespace regex>|<name regex>|<template>}.
 * The template may use {@code {namespace}}, {@code {name}} and {@code {1}}, {@code {2}}, ... for the name regex's
 * groups. Example: {@code postgres://.*|\w+\.public\.(\w+)|{1}-value} binds {@code shop.public.orders} to
 * {@code orders-value}.
 */
public record NamingRule(Pattern namespace, Pattern name, String template) {
    private static final Pattern GROUP = Pattern.compile("\\{(\\d+)}");

    public static NamingRule parse(String text) {
        String[] parts = text == null ? new String[0] : text.split("\\|", -1);
        if (parts.length != 3 || parts[2].isBlank()) {
            throw new IllegalArgumentException(
                    "naming rule must be '<namespace regex>|<name regex>|<subject template>': " + text);
        }
        try {
            return new NamingRule(Pattern.compile(parts[0]), Pattern.compile(parts[1]), parts[2]);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("naming rule has a bad regex: " + e.getDescription() + ": " + text, e);
        }
    }

    /** The subject for this dataset, when both regexes match the whole namespace and name. */
    public Optional<String> subjectFor(DatasetId dataset) {
        if (!namespace.matcher(dataset.namespace().value()).matches()) {
            return Optional.empty();
        }
        Matcher matcher = name.matcher(dataset.name());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String subject = template.replace("{namespace}", dataset.namespace().value()).replace("{name}", dataset.name());
        Matcher group = GROUP.matcher(subject);
        StringBuilder out = new StringBuilder();
        while (group.find()) {
            int index = Integer.parseInt(group.group(1));
            String value = index <= matcher.groupCount() && matcher.group(index) != null ? matcher.group(index) : "";
            group.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        group.appendTail(out);
        return out.isEmpty() ? Optional.empty() : Optional.of(out.toString());
    }

    @Override
    public String toString() {
        return namespace.pattern() + "|" + name.pattern() + "|" + template;
    }
}
