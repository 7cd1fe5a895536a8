package org.contractregistry.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * deploy/image/Dockerfile is the image Jib builds (this module's pom.xml) for those who build with Docker; no Docker
 * daemon is here to build it, so both are read and compared: base image (the one the docs tell users to build on),
 * user and the user the Dockerfile creates, working directory, entrypoint (JVM options included), the app-cds
 * archive the entrypoint maps and where the Dockerfile records it, environment, /data volume and exposed port.
 * A change to one that is not made to the other fails here.
 *
 * <p>Known and allowed difference: Jib's archive is recorded by the build (a start to ready, StartupArchive.java),
 * the Dockerfile's inside the image by Quarkus's own static-init run, since a JRE base cannot run a source file.
 */
class DockerfileMatchesJibTest {
    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path DOCKERFILE = MODULE.resolveSibling("deploy").resolve("image").resolve("Dockerfile");
    private static final Path DEPLOY_README = MODULE.resolveSibling("deploy").resolve("README.md");

    private final Dockerfile docker = Dockerfile.read(DOCKERFILE);
    private final Element jib = jibConfiguration(MODULE.resolve("pom.xml"));
    private final Element container = child(jib, "container");

    DockerfileMatchesJibTest() throws Exception {
    }

    @Test
    void theDockerfileBuildsOnTheBaseTheDocsNameForJib() throws IOException {
        String base = docker.single("FROM");
        assertThat(base).as("a maintained Java 17 runtime image").startsWith("eclipse-temurin:17-jre");
        assertThat(Files.readString(DEPLOY_README)).as("deploy/README.md, Base image")
                .contains("-Djib.from.image=" + base);
        assertThat(text(MODULE.resolve("pom.xml"))).as("registry-image/pom.xml's description")
                .contains("-Djib.from.image=" + base);
    }

    @Test
    void bothRunAsTheSameNonRootUserWhoOwnsData() {
        String user = text(child(container, "user"));
        assertThat(docker.single("USER")).isEqualTo(user);
        String[] ids = user.split(":");
        assertThat(Integer.parseInt(ids[0])).as("not root").isPositive();
        String setup = String.join("\n", docker.all("RUN"));
        assertThat(setup).contains("--gid " + ids[1]).contains("--uid " + ids[0] + " --gid " + ids[1])
                .contains("chown " + user + " /data");
    }

    @Test
    void bothStartTheSameCommandFromTheSameDirectory() throws IOException {
        assertThat(docker.entrypoint()).isEqualTo(texts(child(container, "entrypoint"), "arg"));
        assertThat(docker.single("WORKDIR")).isEqualTo(text(child(container, "workingDirectory")));
    }

    @Test
    void bothMapAnAppCdsArchiveRecordedForThatCommand() throws IOException {
        List<String> entrypoint = docker.entrypoint();
        String archive = entrypoint.stream().filter(arg -> arg.startsWith("-XX:SharedArchiveFile="))
                .map(arg -> arg.substring("-XX:SharedArchiveFile=".length())).findFirst().orElseThrow();
        String jar = entrypoint.get(entrypoint.indexOf("-jar") + 1);
        String workdir = docker.single("WORKDIR");

        // Docker: recorded in the image, started as the entrypoint starts it (same directory, same jar path).
        String recording = docker.all("RUN").stream().filter(run -> run.contains("-XX:ArchiveClassesAtExit="))
                .findFirst().orElseThrow(() -> new AssertionError("no RUN records the archive"));
        assertThat(recording).contains("cd " + workdir + " ").contains("-jar " + jar);
        Matcher recorded = Pattern.compile("-XX:ArchiveClassesAtExit=(\\S+)").matcher(recording);
        assertThat(recorded.find()).isTrue();
        assertThat(Path.of(workdir).resolve(recorded.group(1)).normalize()).isEqualTo(Path.of(archive));
        assertThat(recording).as("the build machine's archive is not kept").contains("rm -f " + archive);

        // Jib: the application goes to /app without the build's archive, and one is recorded for the relative start.
        assertThat(Path.of(workdir).resolve(jar).getParent()).isEqualTo(Path.of(archive).getParent());
        assertThat(text(MODULE.resolve("pom.xml"))).contains("<exclude>app-cds.jsa</exclude>")
                .contains("<argument>${project.build.directory}/image-root/app</argument>")
                .contains("<argument>--relative</argument>");
        assertThat(Path.of(archive)).isEqualTo(Path.of("/app/app-cds.jsa"));
    }

    @Test
    void bothDeclareTheDataVolumeThePortAndTheEnvironment() {
        assertThat(docker.words("VOLUME")).isEqualTo(new TreeSet<>(texts(child(container, "volumes"), "volume")));
        assertThat(docker.words("EXPOSE")).isEqualTo(new TreeSet<>(texts(child(container, "ports"), "port")));
        Map<String, String> environment = new LinkedHashMap<>();
        NodeList variables = child(container, "environment").getChildNodes();
        for (int i = 0; i < variables.getLength(); i++) {
            if (variables.item(i) instanceof Element variable) {
                environment.put(variable.getTagName(), text(variable));
            }
        }
        assertThat(docker.environment()).isEqualTo(environment);
        assertThat(environment.get("REGISTRY_H2_URL")).as("the H2 store lives on the volume").startsWith("jdbc:h2:file:/data/");
    }

    /** A Dockerfile's instructions in order, continuation lines joined and comments dropped. */
    record Dockerfile(List<String[]> instructions) {
        private static final ObjectMapper JSON = new ObjectMapper();

        static Dockerfile read(Path file) throws IOException {
            List<String[]> instructions = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : Files.readAllLines(file)) {
                String trimmed = line.strip();
                if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
                    continue;
                }
                boolean continues = trimmed.endsWith("\\");
                current.append(continues ? trimmed.substring(0, trimmed.length() - 1) : trimmed).append(' ');
                if (!continues) {
                    String[] parts = current.toString().strip().split("\\s+", 2);
                    instructions.add(new String[] {parts[0].toUpperCase(), parts.length > 1 ? parts[1] : ""});
                    current.setLength(0);
                }
            }
            return new Dockerfile(instructions);
        }

        List<String> all(String keyword) {
            return instructions.stream().filter(i -> i[0].equals(keyword)).map(i -> i[1].replaceAll("\\s+", " "))
                    .toList();
        }

        String single(String keyword) {
            List<String> found = all(keyword);
            assertThat(found).as(keyword).hasSize(1);
            return found.get(0);
        }

        Set<String> words(String keyword) {
            Set<String> words = new TreeSet<>();
            all(keyword).forEach(value -> words.addAll(List.of(value.split(" "))));
            return words;
        }

        /** ENTRYPOINT in exec form (a JSON array), as Jib writes it; the shell form would start through sh. */
        List<String> entrypoint() throws IOException {
            String value = single("ENTRYPOINT");
            assertThat(value).as("exec form").startsWith("[");
            return List.of(JSON.readValue(value, String[].class));
        }

        /** ENV lines as {@code KEY=value} pairs, values unquoted. */
        Map<String, String> environment() {
            Map<String, String> environment = new LinkedHashMap<>();
            Matcher pair = Pattern.compile("(\\w+)=('[^']*'|\"[^\"]*\"|\\S+)").matcher(String.join(" ", all("ENV")));
            while (pair.find()) {
                String value = pair.group(2);
                environment.put(pair.group(1), value.matches("^(['\"]).*\\1$")
                        ? value.substring(1, value.length() - 1) : value);
            }
            return environment;
        }
    }

    private static Element jibConfiguration(Path pom) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        NodeList plugins = document.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            Element artifact = child(plugin, "artifactId");
            if (artifact != null && text(artifact).equals("jib-maven-plugin") && child(plugin, "configuration") != null) {
                return child(plugin, "configuration");
            }
        }
        throw new AssertionError("no jib-maven-plugin configuration in " + pom);
    }

    private static Element child(Element parent, String tag) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(tag)) {
                return element;
            }
        }
        return null;
    }

    private static List<String> texts(Element parent, String tag) {
        List<String> texts = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(tag)) {
                texts.add(text(element));
            }
        }
        return texts;
    }

    private static String text(Element element) {
        return element.getTextContent().strip();
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
