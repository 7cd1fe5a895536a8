import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A base image assembled from the JDK running this build, for Jib's {@code tar://} base where no image registry is
 * reachable: the JDK at /opt/java/openjdk (where eclipse-temurin images keep theirs; symbolic links resolved), the
 * shared libraries its binaries load (found with ldd), a user 10001, /tmp and /data. Written as {@code docker save}
 * writes an image: manifest.json, the config and one layer tar.
 *
 * <p>Usage: {@code java LocalBaseImage.java <output directory>}; writes {@code <output directory>/base.tar}. Needs
 * {@code tar} and {@code ldd} (Linux).
 */
public final class LocalBaseImage {
    private static final Pattern LIBRARY = Pattern.compile("(/\\S+\\.so[.0-9]*)");

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]).toAbsolutePath();
        Path base = out.resolve("base.tar");
        Path javaHome = Path.of(System.getProperty("java.home")).toRealPath();
        if (Files.isRegularFile(base) && Files.getLastModifiedTime(base).compareTo(
                Files.getLastModifiedTime(javaHome.resolve("lib/modules"))) > 0) {
            System.out.println("[local-base-image] " + base + " is up to date");
            return;
        }
        Path rootfs = out.resolve("rootfs");
        deleteTree(out);
        Path jdk = rootfs.resolve("opt/java/openjdk");
        copyResolved(javaHome, jdk);
        Set<String> libraries = new TreeSet<>();
        try (Stream<Path> files = Files.walk(jdk)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (isElf(file)) {
                    libraries.addAll(sharedLibraries(file, rootfs));
                }
            }
        }
        for (String library : libraries) {
            Path target = rootfs.resolve(library.substring(1));
            Files.createDirectories(target.getParent());
            Files.copy(Path.of(library), target, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.createDirectories(rootfs.resolve("etc"));
        Files.writeString(rootfs.resolve("etc/passwd"), "root:x:0:0:root:/root:/sbin/nologin\n"
                + "registry:x:10001:10001:registry:/data:/sbin/nologin\n");
        Files.writeString(rootfs.resolve("etc/group"), "root:x:0:\nregistry:x:10001:\n");
        for (String dir : List.of("tmp", "data", "proc", "dev", "sys")) {
            Files.createDirectories(rootfs.resolve(dir));
        }
        Path layer = out.resolve("layer.tar");
        run(List.of("tar", "--numeric-owner", "--owner=0", "--group=0", "--mode=u+w,go-w", "-C", rootfs.toString(),
                "-cf", layer.toString(), "--exclude=./tmp", "--exclude=./data", "."));
        // /tmp world-writable with the sticky bit, /data owned by the registry user, appended to the same layer
        Path dirs = out.resolve("dirs");
        Files.createDirectories(dirs.resolve("tmp"));
        Files.createDirectories(dirs.resolve("data"));
        run(List.of("tar", "--numeric-owner", "--owner=0", "--group=0", "--mode=1777", "-C", dirs.toString(), "-rf",
                layer.toString(), "./tmp"));
        run(List.of("tar", "--numeric-owner", "--owner=10001", "--group=10001", "--mode=0750", "-C",
                dirs.toString(), "-rf", layer.toString(), "./data"));
        String diffId = "sha256:" + sha256(layer);
        String config = """
                {"architecture":"amd64","os":"linux","config":{"Env":["PATH=/opt/java/openjdk/bin:/usr/bin:/bin",\
                "JAVA_HOME=/opt/java/openjdk","LANG=C.UTF-8"]},"rootfs":{"type":"layers","diff_ids":["%s"]},\
                "history":[{"created_by":"LocalBaseImage.java from %s"}]}""".formatted(diffId, javaHome);
        Files.writeString(out.resolve("config.json"), config);
        Files.writeString(out.resolve("manifest.json"), "[{\"Config\":\"config.json\",\"RepoTags\":"
                + "[\"contract-registry-base:local\"],\"Layers\":[\"layer.tar\"]}]");
        run(List.of("tar", "-C", out.toString(), "-cf", base.toString(), "manifest.json", "config.json",
                "layer.tar"));
        Files.delete(layer);
        deleteTree(rootfs);
        deleteTree(dirs);
        System.out.printf("[local-base-image] %s (%d MiB): %s and %d libraries%n", base, Files.size(base) >> 20,
                javaHome, libraries.size());
    }

    private static void copyResolved(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (Files.exists(source)) { // follows links; a dangling link is left out
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static boolean isElf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 0x7f && magic[1] == 'E' && magic[2] == 'L' && magic[3] == 'F';
        }
    }

    /** The libraries ldd resolves for a binary, the dynamic loader included, their links followed. */
    private static Set<String> sharedLibraries(Path binary, Path rootfs) throws IOException, InterruptedException {
        Process ldd = new ProcessBuilder("ldd", binary.toString()).redirectErrorStream(true).start();
        String output = new String(ldd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        ldd.waitFor();
        Set<String> libraries = new TreeSet<>();
        Matcher matcher = LIBRARY.matcher(output);
        while (matcher.find()) {
            Path library = Path.of(matcher.group(1));
            if (Files.exists(library) && !library.startsWith(rootfs)) {
                libraries.add(library.toString());
                if (Files.isSymbolicLink(library)) {
                    libraries.add(library.toRealPath().toString());
                }
            }
        }
        return libraries;
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("failed: " + command);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
