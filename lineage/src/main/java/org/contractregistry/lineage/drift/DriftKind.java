package org.contractregistry.lineage.drift;

/** What kind of difference a run saw between a dataset's schema facet and its bound contract: id, purpose, wording. */
public enum DriftKind {
    MISSING_FIELD("A field of the contract is absent from the schema the run observed.") {
        @Override
        String describe(DriftFinding f) {
            return "field '" + f.fieldPath() + "' (" + f.contractType() + ") is in the contract but not in the observed schema";
        }
    },
    EXTRA_FIELD("The run observed a field that the contract does not declare.") {
        @Override
        String describe(DriftFinding f) {
            return "field '" + f.fieldPath() + "' (" + f.observedType() + ") was observed but is not in the contract";
        }
    },
    TYPE_MISMATCH("The observed type is not one the contract type maps to (see lineage/README.md, type mapping).") {
        @Override
        String describe(DriftFinding f) {
            return "field '" + f.fieldPath() + "' is " + f.contractType() + " in the contract but was observed as "
                    + f.observedType();
        }
    };

    private final String purpose;

    DriftKind(String purpose) {
        this.purpose = purpose;
    }

    public String purpose() {
        return purpose;
    }

    abstract String describe(DriftFinding finding);
}
