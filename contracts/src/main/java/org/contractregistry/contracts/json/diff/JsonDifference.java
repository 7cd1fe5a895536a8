package org.contractregistry.contracts.json.diff;

import org.contractregistry.contracts.rules.RuleDescriptor;

/**
 * Every difference the JSON Schema walk can find, named as Confluent's json-schema-provider names them, so a finding's
 * rule id is the {@code errorType} a Confluent user knows. A compatible difference is recorded (it decides how
 * combinations match) but is never a finding; each incompatible one is a rule, with its purpose (which reader data
 * it rejects) and a fix hint. Reader is the schema that must accept data, writer the one that produced it.
 */
public enum JsonDifference {
    ID_CHANGED(true, "the $id changed", "", ""),
    DESCRIPTION_CHANGED(true, "the description changed", "", ""),
    TITLE_CHANGED(true, "the title changed", "", ""),
    DEFAULT_CHANGED(true, "the default changed", "", ""),
    SCHEMA_ADDED(false, "the reader constrains a value the writer left unconstrained", "{\"type\":\"array\"} -> {\"type\":\"array\",\"items\":{\"type\":\"string\"}}", "leave the value unconstrained, or constrain it in a new subject"),
    SCHEMA_REMOVED(true, "the reader no longer constrains the value", "", ""),
    TYPE_EXTENDED(true, "the reader accepts a wider type (integer to number)", "", ""),
    TYPE_NARROWED(false, "the reader accepts a narrower type than the writer wrote (number to integer)", "{\"type\":\"number\"} -> {\"type\":\"integer\"}", "keep the wider type"),
    TYPE_CHANGED(false, "the reader expects a different type than the writer wrote", "{\"type\":\"string\"} -> {\"type\":\"integer\"}", "keep the type, or accept both with a type list such as [\"string\", \"integer\"]"),
    MAX_LENGTH_ADDED(false, "the reader limits string length where the writer did not", "{\"type\":\"string\"} -> {\"type\":\"string\",\"maxLength\":10}", "drop the new maxLength"),
    MAX_LENGTH_REMOVED(true, "the reader no longer limits string length", "", ""),
    MAX_LENGTH_INCREASED(true, "the reader allows longer strings", "", ""),
    MAX_LENGTH_DECREASED(false, "the reader allows shorter strings than the writer wrote", "\"maxLength\":20 -> \"maxLength\":10", "keep maxLength at least the old value"),
    MIN_LENGTH_ADDED(false, "the reader requires a minimum string length the writer did not", "{\"type\":\"string\"} -> {\"type\":\"string\",\"minLength\":1}", "drop the new minLength"),
    MIN_LENGTH_REMOVED(true, "the reader no longer requires a minimum string length", "", ""),
    MIN_LENGTH_INCREASED(false, "the reader requires longer strings than the writer wrote", "\"minLength\":1 -> \"minLength\":5", "keep minLength at most the old value"),
    MIN_LENGTH_DECREASED(true, "the reader accepts shorter strings", "", ""),
    PATTERN_ADDED(false, "the reader requires a pattern the writer did not", "{\"type\":\"string\"} -> {\"type\":\"string\",\"pattern\":\"^[a-z]+$\"}", "drop the new pattern"),
    PATTERN_REMOVED(true, "the reader no longer requires a pattern", "", ""),
    PATTERN_CHANGED(false, "the reader requires a different pattern than the writer did", "\"pattern\":\"^[a-z]+$\" -> \"pattern\":\"^[A-Z]+$\"", "keep the old pattern"),
    MAXIMUM_ADDED(false, "the reader sets a maximum the writer did not", "{\"type\":\"integer\"} -> {\"type\":\"integer\",\"maximum\":100}", "drop the new maximum"),
    MAXIMUM_REMOVED(true, "the reader no longer sets a maximum", "", ""),
    MAXIMUM_INCREASED(true, "the reader allows larger numbers", "", ""),
    MAXIMUM_DECREASED(false, "the reader's maximum is below the writer's", "\"maximum\":100 -> \"maximum\":10", "keep the maximum at least the old value"),
    MINIMUM_ADDED(false, "the reader sets a minimum the writer did not", "{\"type\":\"integer\"} -> {\"type\":\"integer\",\"minimum\":0}", "drop the new minimum"),
    MINIMUM_REMOVED(true, "the reader no longer sets a minimum", "", ""),
    MINIMUM_INCREASED(false, "the reader's minimum is above the writer's", "\"minimum\":0 -> \"minimum\":10", "keep the minimum at most the old value"),
    MINIMUM_DECREASED(true, "the reader allows smaller numbers", "", ""),
    EXCLUSIVE_MAXIMUM_ADDED(false, "the reader sets an exclusive maximum the writer did not", "{\"type\":\"number\"} -> {\"type\":\"number\",\"exclusiveMaximum\":1}", "drop the new exclusiveMaximum"),
    EXCLUSIVE_MAXIMUM_REMOVED(true, "the reader no longer sets an exclusive maximum", "", ""),
    EXCLUSIVE_MAXIMUM_INCREASED(true, "the reader's exclusive maximum is higher", "", ""),
    EXCLUSIVE_MAXIMUM_DECREASED(false, "the reader's exclusive maximum is below the writer's", "\"exclusiveMaximum\":10 -> \"exclusiveMaximum\":5", "keep the exclusive maximum at least the old value"),
    EXCLUSIVE_MINIMUM_ADDED(false, "the reader sets an exclusive minimum the writer did not", "{\"type\":\"number\"} -> {\"type\":\"number\",\"exclusiveMinimum\":0}", "drop the new exclusiveMinimum"),
    EXCLUSIVE_MINIMUM_REMOVED(true, "the reader no longer sets an exclusive minimum", "", ""),
    EXCLUSIVE_MINIMUM_INCREASED(false, "the reader's exclusive minimum is above the writer's", "\"exclusiveMinimum\":0 -> \"exclusiveMinimum\":5", "keep the exclusive minimum at most the old value"),
    EXCLUSIVE_MINIMUM_DECREASED(true, "the reader's exclusive minimum is lower", "", ""),
    MULTIPLE_OF_ADDED(false, "the reader requires a multipleOf the writer did not", "{\"type\":\"integer\"} -> {\"type\":\"integer\",\"multipleOf\":5}", "drop the new multipleOf"),
    MULTIPLE_OF_REMOVED(true, "the reader no longer requires a multipleOf", "", ""),
    MULTIPLE_OF_EXPANDED(false, "the reader's multipleOf is a multiple of the writer's, so fewer numbers pass", "\"multipleOf\":2 -> \"multipleOf\":4", "keep multipleOf a divisor of the old value"),
    MULTIPLE_OF_REDUCED(true, "the reader's multipleOf divides the writer's", "", ""),
    MULTIPLE_OF_CHANGED(false, "the reader's multipleOf neither divides nor is a multiple of the writer's", "\"multipleOf\":2 -> \"multipleOf\":3", "keep multipleOf a divisor of the old value"),
    REQUIRED_ATTRIBUTE_ADDED(false, "the reader requires a property the writer had as optional", "\"required\":[] -> \"required\":[\"email\"]", "give the property a default, or keep it optional"),
    REQUIRED_ATTRIBUTE_WITH_DEFAULT_ADDED(true, "the reader requires a property that has a default", "", ""),
    REQUIRED_ATTRIBUTE_REMOVED(true, "the reader no longer requires a property", "", ""),
    MAX_PROPERTIES_ADDED(false, "the reader limits the number of properties where the writer did not", "{\"type\":\"object\"} -> {\"type\":\"object\",\"maxProperties\":3}", "drop the new maxProperties"),
    MAX_PROPERTIES_REMOVED(true, "the reader no longer limits the number of properties", "", ""),
    MAX_PROPERTIES_INCREASED(true, "the reader allows more properties", "", ""),
    MAX_PROPERTIES_DECREASED(false, "the reader allows fewer properties than the writer did", "\"maxProperties\":5 -> \"maxProperties\":3", "keep maxProperties at least the old value"),
    MIN_PROPERTIES_ADDED(false, "the reader requires a minimum number of properties the writer did not", "{\"type\":\"object\"} -> {\"type\":\"object\",\"minProperties\":1}", "drop the new minProperties"),
    MIN_PROPERTIES_REMOVED(true, "the reader no longer requires a minimum number of properties", "", ""),
    MIN_PROPERTIES_INCREASED(false, "the reader requires more properties than the writer did", "\"minProperties\":1 -> \"minProperties\":3", "keep minProperties at most the old value"),
    MIN_PROPERTIES_DECREASED(true, "the reader requires fewer properties", "", ""),
    ADDITIONAL_PROPERTIES_ADDED(true, "the reader allows additional properties", "", ""),
    ADDITIONAL_PROPERTIES_REMOVED(false, "the reader forbids additional properties the writer allowed", "{\"type\":\"object\"} -> {\"type\":\"object\",\"additionalProperties\":false}", "keep additionalProperties open"),
    ADDITIONAL_PROPERTIES_EXTENDED(true, "the reader accepts any additional property", "", ""),
    ADDITIONAL_PROPERTIES_NARROWED(false, "the reader constrains additional properties the writer allowed freely", "{\"type\":\"object\"} -> {\"type\":\"object\",\"additionalProperties\":{\"type\":\"string\"}}", "keep additionalProperties unconstrained"),
    DEPENDENCY_ARRAY_ADDED(false, "the reader adds a property dependency", "{} -> \"dependentRequired\":{\"card\":[\"billing\"]}", "drop the new dependency"),
    DEPENDENCY_ARRAY_REMOVED(true, "the reader drops a property dependency", "", ""),
    DEPENDENCY_ARRAY_EXTENDED(false, "the reader's property dependency requires more properties", "\"card\":[\"billing\"] -> \"card\":[\"billing\",\"zip\"]", "keep the dependency's old list"),
    DEPENDENCY_ARRAY_NARROWED(true, "the reader's property dependency requires fewer properties", "", ""),
    DEPENDENCY_ARRAY_CHANGED(false, "the reader's property dependency requires other properties", "\"card\":[\"billing\"] -> \"card\":[\"zip\"]", "keep the dependency's old list"),
    DEPENDENCY_SCHEMA_ADDED(false, "the reader adds a schema dependency", "{} -> \"dependentSchemas\":{\"card\":{\"required\":[\"billing\"]}}", "drop the new schema dependency"),
    DEPENDENCY_SCHEMA_REMOVED(true, "the reader drops a schema dependency", "", ""),
    PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL(false, "the reader adds a constrained property to an open object, where the writer may have written anything under that name", "{\"type\":\"object\"} -> {\"type\":\"object\",\"properties\":{\"age\":{\"type\":\"integer\"}}}", "give the new property an empty schema ({}), or close the old content model first"),
    PROPERTY_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL(true, "the reader adds a property with an empty schema to an open object", "", ""),
    REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL(false, "the reader requires a new property the writer's closed or partly open object never wrote", "\"additionalProperties\":false, + \"required\":[\"email\"]", "make the new property optional, or give it a default"),
    REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_UNOPEN_CONTENT_MODEL(true, "the reader requires a new property that has a default", "", ""),
    OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL(true, "the reader adds an optional property to a closed object", "", ""),
    PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL(true, "the reader drops a property but stays open", "", ""),
    PROPERTY_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL(true, "the reader drops a property that was forbidden (false)", "", ""),
    PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL(false, "the reader is a closed object without a property the writer wrote", "\"additionalProperties\":false, - \"properties\":{\"email\"}", "keep the property, or open the reader's content model"),
    PROPERTY_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL(true, "the reader drops a property its patternProperties or additionalProperties still accept", "", ""),
    PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL(false, "the reader drops a property its patternProperties or additionalProperties do not accept", "\"additionalProperties\":{\"type\":\"string\"}, - \"properties\":{\"age\":{\"type\":\"integer\"}}", "keep the property, or widen additionalProperties to accept it"),
    PROPERTY_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL(true, "the reader adds a property the writer's patternProperties or additionalProperties described the same way", "", ""),
    PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL(false, "the reader adds a property narrower than what the writer's patternProperties or additionalProperties allowed under that name", "\"additionalProperties\":{\"type\":\"string\"}, + \"properties\":{\"age\":{\"type\":\"integer\"}}", "give the new property a schema that accepts what additionalProperties allowed"),
    MAX_ITEMS_ADDED(false, "the reader limits array length where the writer did not", "{\"type\":\"array\"} -> {\"type\":\"array\",\"maxItems\":10}", "drop the new maxItems"),
    MAX_ITEMS_REMOVED(true, "the reader no longer limits array length", "", ""),
    MAX_ITEMS_INCREASED(true, "the reader allows longer arrays", "", ""),
    MAX_ITEMS_DECREASED(false, "the reader allows shorter arrays than the writer did", "\"maxItems\":10 -> \"maxItems\":5", "keep maxItems at least the old value"),
    MIN_ITEMS_ADDED(false, "the reader requires a minimum array length the writer did not", "{\"type\":\"array\"} -> {\"type\":\"array\",\"minItems\":1}", "drop the new minItems"),
    MIN_ITEMS_REMOVED(true, "the reader no longer requires a minimum array length", "", ""),
    MIN_ITEMS_INCREASED(false, "the reader requires longer arrays than the writer did", "\"minItems\":1 -> \"minItems\":3", "keep minItems at most the old value"),
    MIN_ITEMS_DECREASED(true, "the reader accepts shorter arrays", "", ""),
    UNIQUE_ITEMS_ADDED(false, "the reader requires unique items the writer did not", "{\"type\":\"array\"} -> {\"type\":\"array\",\"uniqueItems\":true}", "drop uniqueItems"),
    UNIQUE_ITEMS_REMOVED(true, "the reader no longer requires unique items", "", ""),
    ADDITIONAL_ITEMS_ADDED(true, "the reader allows items beyond the tuple", "", ""),
    ADDITIONAL_ITEMS_REMOVED(false, "the reader forbids items beyond the tuple that the writer allowed", "\"prefixItems\":[...] -> \"prefixItems\":[...],\"items\":false", "keep items beyond the tuple allowed"),
    ADDITIONAL_ITEMS_EXTENDED(true, "the reader accepts any item beyond the tuple", "", ""),
    ADDITIONAL_ITEMS_NARROWED(false, "the reader constrains items beyond the tuple that the writer allowed freely", "\"prefixItems\":[...] -> \"prefixItems\":[...],\"items\":{\"type\":\"string\"}", "keep items beyond the tuple unconstrained"),
    ITEM_ADDED_TO_OPEN_CONTENT_MODEL(false, "the reader adds a constrained tuple item where the writer's open tuple allowed anything", "\"prefixItems\":[{\"type\":\"string\"}] -> \"prefixItems\":[{\"type\":\"string\"},{\"type\":\"integer\"}]", "give the new item an empty schema ({}), or close the old tuple first"),
    ITEM_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL(true, "the reader adds a tuple item with an empty schema", "", ""),
    ITEM_ADDED_TO_CLOSED_CONTENT_MODEL(true, "the reader adds a tuple item the writer's closed tuple never wrote", "", ""),
    ITEM_REMOVED_FROM_OPEN_CONTENT_MODEL(true, "the reader drops a tuple item but stays open", "", ""),
    ITEM_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL(true, "the reader drops a tuple item that was forbidden (false)", "", ""),
    ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL(false, "the reader's closed tuple is shorter than what the writer wrote", "\"prefixItems\":[a,b],\"items\":false -> \"prefixItems\":[a],\"items\":false", "keep the tuple item, or allow items beyond the tuple"),
    ITEM_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL(true, "the reader drops a tuple item its schema for further items still accepts", "", ""),
    ITEM_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL(false, "the reader drops a tuple item its schema for further items does not accept", "\"prefixItems\":[s,i],\"items\":{\"type\":\"string\"} -> \"prefixItems\":[s],...", "keep the tuple item, or widen the schema for further items"),
    ITEM_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL(true, "the reader adds a tuple item the writer's further-items schema described the same way", "", ""),
    ITEM_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL(false, "the reader adds a tuple item narrower than the writer's schema for further items", "\"items\":{\"type\":\"string\"} -> + \"prefixItems\":[{\"type\":\"integer\"}]", "give the new item a schema that accepts what further items allowed"),
    ENUM_ARRAY_EXTENDED(true, "the reader accepts more enum values", "", ""),
    ENUM_ARRAY_NARROWED(false, "the reader accepts fewer enum (or const) values than the writer wrote", "\"enum\":[\"a\",\"b\"] -> \"enum\":[\"a\"]", "keep every old value in the enum"),
    ENUM_ARRAY_CHANGED(false, "the reader accepts other enum (or const) values than the writer wrote", "\"enum\":[\"a\",\"b\"] -> \"enum\":[\"a\",\"c\"]", "keep every old value in the enum"),
    COMBINED_TYPE_EXTENDED(true, "the reader's combination accepts more (to anyOf)", "", ""),
    COMBINED_TYPE_CHANGED(false, "the reader combines its subschemas differently (allOf, anyOf, oneOf)", "\"anyOf\":[a,b] -> \"allOf\":[a,b]", "keep the old combination keyword, or use anyOf"),
    PRODUCT_TYPE_EXTENDED(false, "the reader's allOf has more subschemas, so more must hold", "\"allOf\":[a] -> \"allOf\":[a,b]", "drop the new allOf subschema"),
    PRODUCT_TYPE_NARROWED(true, "the reader's allOf has fewer subschemas", "", ""),
    SUM_TYPE_EXTENDED(true, "the reader's anyOf/oneOf has more alternatives", "", ""),
    SUM_TYPE_NARROWED(false, "the reader's anyOf/oneOf has fewer alternatives than the writer may have used", "\"oneOf\":[a,b] -> \"oneOf\":[a]", "keep every old alternative"),
    COMBINED_TYPE_SUBSCHEMAS_CHANGED(false, "the writer's alternatives cannot each be matched to a reader alternative that accepts them", "\"anyOf\":[{\"type\":\"string\"}] -> \"anyOf\":[{\"type\":\"integer\"}]", "keep an alternative that accepts each old one"),
    NOT_TYPE_EXTENDED(false, "the reader's not excludes more than the writer's", "\"not\":{\"type\":\"string\",\"maxLength\":1} -> \"not\":{\"type\":\"string\"}", "keep the old not schema"),
    NOT_TYPE_NARROWED(true, "the reader's not excludes less", "", "");

    /** The one category JSON Schema findings carry: Confluent's json-schema-provider semantics. */
    public static final String CATEGORY = "JSON_SCHEMA";

    private final boolean compatible;
    private final String purpose;
    private final String example;
    private final String fixHint;

    JsonDifference(boolean compatible, String purpose, String example, String fixHint) {
        this.compatible = compatible;
        this.purpose = purpose;
        this.example = example;
        this.fixHint = fixHint;
    }

    public boolean isCompatible() {
        return compatible;
    }

    public String fixHint() {
        return fixHint;
    }

    /** What the finding says, e.g. "At #/properties/name/maxLength, the reader ... ." */
    public String sentence(String path, String readerSide, String writerSide) {
        String said = purpose.replace("the reader's", readerSide + "'s").replace("the reader", readerSide)
                .replace("the writer's", writerSide + "'s").replace("the writer", writerSide);
        return "At " + path + ", " + said + ".";
    }

    public RuleDescriptor descriptor() {
        String sentence = Character.toUpperCase(purpose.charAt(0)) + purpose.substring(1) + ".";
        return RuleDescriptor.of(name(), "JSON", java.util.List.of(CATEGORY), sentence, example);
    }
}
