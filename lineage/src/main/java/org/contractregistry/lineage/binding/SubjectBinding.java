package org.contractregistry.lineage.binding;

/**
 * One subject a dataset maps to.
 *
 * @param primary whether this subject describes the dataset's records (a value schema) and so is checked for drift;
 *     a Kafka key subject is bound but not primary
 */
public record SubjectBinding(String subject, BindingSource source, boolean primary) {}
