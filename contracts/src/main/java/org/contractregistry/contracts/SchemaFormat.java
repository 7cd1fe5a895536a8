package org.contractregistry.contracts;

import java.util.List;
import org.contractregistry.contracts.compatibility.CheckOptions;
import org.contractregistry.contracts.compatibility.Direction;
import org.contractregistry.contracts.compatibility.Finding;
import org.contractregistry.contracts.rules.RuleDescriptor;

/** One schema language: how to parse it and the single compatibility primitive every level is built from. */
public interface SchemaFormat {

    SchemaType type();

    ParseResult parse(SchemaSource source);

    /**
     * Everything that stops {@code reader} from reading data written with {@code writer}. Findings carry no version;
     * the level engine adds it. {@code direction} tells which of the two is the new schema, for wording only.
     */
    List<Finding> judge(ContractSchema writer, ContractSchema reader, Direction direction, CheckOptions options);

    /** Every rule this format can report, for docs and tooling. */
    List<RuleDescriptor> rules();
}
