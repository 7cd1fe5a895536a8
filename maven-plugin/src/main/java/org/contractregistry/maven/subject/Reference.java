package org.contractregistry.maven.subject;

/**
 * A schema reference as Confluent's plugin configures it: {@code name} (Avro full name or Protobuf import path),
 * {@code subject}, and an optional {@code version} (absent: the version registered in the same run, else latest).
 * A mutable bean because Maven fills it from XML.
 */
public class Reference {
    private String name;
    private String subject;
    private Integer version;

    public Reference() {}

    public Reference(String name, String subject, Integer version) {
        this.name = name;
        this.subject = subject;
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    @Override
    public String toString() {
        return name + " -> " + subject + (version == null ? "" : " v" + version);
    }
}
