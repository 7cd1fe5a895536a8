package org.contractregistry.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.contractregistry.cli.backup.BackupFile;
import org.contractregistry.cli.backup.Exporter;
import org.contractregistry.cli.backup.Importer;
import org.contractregistry.cli.backup.Progress;
import org.contractregistry.cli.backup.RegistryClient;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar registry-cli.jar export|import|migrate ...}: a whole registry to one file and back. */
@Command(name = "registry-cli", mixinStandardHelpOptions = true, version = "registry-cli 0.1.0",
        description = "Export, import and migrate a Confluent-compatible schema registry (subjects, versions, ids, "
                + "references, configs, modes, metadata, rule sets, contexts, soft-deleted versions).",
        subcommands = {RegistryCli.Export.class, RegistryCli.Import.class, RegistryCli.Migrate.class})
public final class RegistryCli {

    /** Where a registry is and how to sign in to it; Confluent's client names for the credentials. */
    static final class Endpoint {
        @Option(names = "--url", required = true, description = "The registry's base URL, as a serializer's "
                + "schema.registry.url (e.g. http://localhost:8081, http://host:8080/apis/ccompat/v7).")
        String url;
        @Option(names = "--user-info", description = "user:password or key:secret for HTTP Basic "
                + "(basic.auth.user.info).")
        String userInfo;
        @Option(names = "--bearer-token", description = "A bearer token (bearer.auth.token).")
        String token;

        RegistryClient client() {
            return RegistryClient.of(url, userInfo, token);
        }
    }

    @Command(name = "export", description = "Writes the whole registry to one file (JSON Lines).")
    static final class Export implements Callable<Integer> {
        @CommandLine.Mixin
        Endpoint source = new Endpoint();
        @Option(names = "--file", required = true, description = "The file to write.")
        Path file;
        @Option(names = "--resume", description = "Carry on with a file an interrupted export left.")
        boolean resume;

        @Override
        public Integer call() throws IOException {
            BackupFile.Contents contents = new Exporter(source.client(), progress("export")).export(file, resume);
            System.out.printf("exported %,d subjects, %,d versions from %s to %s%n", contents.subjects().size(),
                    contents.versionCount(), source.url, file);
            return 0;
        }
    }

    @Command(name = "import", description = "Imports a file into an empty registry through IMPORT mode, ids kept.")
    static final class Import implements Callable<Integer> {
        @CommandLine.Mixin
        Endpoint target = new Endpoint();
        @Option(names = "--file", required = true, description = "The file an export wrote.")
        Path file;
        @Option(names = "--allow-non-empty", description = "Import into a registry that already holds subjects "
                + "(also resumes an interrupted import: versions already there with the same id are skipped).")
        boolean allowNonEmpty;

        @Override
        public Integer call() throws IOException {
            BackupFile.Contents contents = BackupFile.read(file);
            new Importer(target.client(), progress("import")).importContents(contents, allowNonEmpty);
            System.out.printf("imported %,d subjects, %,d versions from %s into %s%n", contents.subjects().size(),
                    contents.versionCount(), file, target.url);
            return 0;
        }
    }

    @Command(name = "migrate", description = "Export from one registry and import into another, ids kept.")
    static final class Migrate implements Callable<Integer> {
        @Option(names = "--from", required = true, description = "The source registry's base URL.")
        String from;
        @Option(names = "--from-user-info") String fromUserInfo;
        @Option(names = "--from-bearer-token") String fromToken;
        @Option(names = "--to", required = true, description = "The target registry's base URL (empty).")
        String to;
        @Option(names = "--to-user-info") String toUserInfo;
        @Option(names = "--to-bearer-token") String toToken;
        @Option(names = "--file", description = "Keep the export here (default: a temporary file); with --resume an "
                + "interrupted migration carries on from it.")
        Path file;
        @Option(names = "--resume", description = "Carry on with an interrupted migration (needs --file).")
        boolean resume;

        @Override
        public Integer call() throws IOException {
            if (resume && file == null) {
                throw new CommandLine.ParameterException(new CommandLine(this), "--resume needs --file");
            }
            Path at = file != null ? file : Files.createTempFile("registry-migrate", ".jsonl");
            BackupFile.Contents contents = resume && complete(at) ? BackupFile.read(at)
                    : new Exporter(RegistryClient.of(from, fromUserInfo, fromToken), progress("export"))
                            .export(at, resume);
            new Importer(RegistryClient.of(to, toUserInfo, toToken), progress("import"))
                    .importContents(contents, resume);
            System.out.printf("migrated %,d subjects, %,d versions from %s to %s%n", contents.subjects().size(),
                    contents.versionCount(), from, to);
            if (file == null) {
                Files.delete(at);
            }
            return 0;
        }

        private static boolean complete(Path file) {
            try {
                BackupFile.read(file);
                return true;
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }
    }

    private static Progress progress(String what) {
        return new Progress(System.err, what);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line; the exit code. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The command line, its failures printed as one line naming the problem (no stack trace), exit code 1. */
    public static CommandLine commandLine() {
        return new CommandLine(new RegistryCli())
                .setExecutionExceptionHandler((e, line, parsed) -> {
                    line.getErr().println("registry-cli: " + e.getMessage());
                    return 1;
                });
    }
}
