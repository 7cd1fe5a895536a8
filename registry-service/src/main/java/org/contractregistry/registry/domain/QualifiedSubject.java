package org.contractregistry.registry.domain;

/**
 * A subject name within a context. On the wire {@code :.ctx:name} names subject {@code name} in context {@code .ctx};
 * a name without that prefix, or with {@code :.:}, lives in the default context {@code .}.
 *
 * @param context {@code .} for the default context, else {@code .name}
 * @param name the subject within its context; empty for a context-wide scope (config/mode)
 */
public record QualifiedSubject(String context, String name) {
    public static final String DEFAULT_CONTEXT = ".";
    /** Longest accepted subject or context name, in characters (fits a database index key). */
    public static final int MAX_LENGTH = 600;

    /** Parses and validates a subject as it appears in a URL or body; invalid names are 42208. */
    public static QualifiedSubject parse(String raw) {
        if (raw == null) {
            throw invalid("null");
        }
        String context = DEFAULT_CONTEXT;
        String name = raw;
        if (raw.startsWith(":.") ) {
            int end = raw.indexOf(':', 2);
            if (end < 0) {
                throw invalid(raw);
            }
            context = raw.substring(1, end);
            name = raw.substring(end + 1);
        }
        QualifiedSubject subject = new QualifiedSubject(context, name);
        subject.validate(raw);
        return subject;
    }

    /** A subject in an explicit context, e.g. one taken from a {@code /contexts/{ctx}/...} URL. */
    public static QualifiedSubject inContext(String context, String raw) {
        QualifiedSubject parsed = parse(raw);
        if (!parsed.context.equals(DEFAULT_CONTEXT) || context == null || context.equals(DEFAULT_CONTEXT)) {
            return parsed;
        }
        QualifiedSubject subject = new QualifiedSubject(dotted(context), parsed.name);
        subject.validate(raw);
        return subject;
    }

    /**
     * A context as a URL names it ({@code .ctx}, {@code ctx}, {@code :.ctx:}; {@code .} or {@code :.:} for the
     * default context), as {@code .ctx} or {@code .}; 42208 when it is no context name.
     */
    public static String parseContext(String raw) {
        if (raw == null || raw.isEmpty()) {
            throw invalidContext(raw);
        }
        QualifiedSubject scope = parse(raw.startsWith(":") ? raw : ":" + dotted(raw) + ":");
        if (!scope.name.isEmpty()) {
            throw invalidContext(raw);
        }
        return scope.context;
    }

    private static String dotted(String context) {
        return context.startsWith(".") ? context : "." + context;
    }

    /** The context-wide scope of a context name ({@code .ctx} or {@code .}). */
    public static QualifiedSubject contextScope(String context) {
        return new QualifiedSubject(context == null || context.isEmpty() ? DEFAULT_CONTEXT : context, "");
    }

    private void validate(String raw) {
        if (name.length() > MAX_LENGTH || context.length() > 255 || hasControlCharacters(name)
                || hasControlCharacters(context) || name.equals("__GLOBAL") || name.equals("__EMPTY")
                || context.contains(":")) {
            throw invalid(raw);
        }
    }

    private static boolean hasControlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static RegistryException invalidContext(String raw) {
        return new RegistryException(ErrorCode.INVALID_SUBJECT, "The specified context '" + raw + "' is not valid.");
    }

    private static RegistryException invalid(String raw) {
        return new RegistryException(ErrorCode.INVALID_SUBJECT, "The specified subject '" + raw + "' is not valid.");
    }

    public boolean isDefaultContext() {
        return DEFAULT_CONTEXT.equals(context);
    }

    /** The wire form: the bare name in the default context, {@code :.ctx:name} elsewhere. */
    public String qualified() {
        return isDefaultContext() ? name : ":" + context + ":" + name;
    }

    /** A subject named by a reference, read relative to this subject's context. */
    public QualifiedSubject resolveReference(String referenced) {
        QualifiedSubject parsed = parse(referenced);
        return referenced.startsWith(":.") ? parsed : new QualifiedSubject(context, parsed.name);
    }

    @Override
    public String toString() {
        return qualified();
    }
}
