package org.contractregistry.registry.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each overlay of deploy/kubernetes rendered by {@code kubectl kustomize} and read into Fabric8's Kubernetes API model:
 * every object is a known kind, no field is unknown to the API schema (Fabric8 keeps those in
 * {@code additionalProperties}), and the operational points hold — non-root, read-only root, probes, limits sized
 * from the measured memory, a grace period longer than the drain, the PDB, the HPA, the H2 volume.
 */
class KubernetesManifestsTest {
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    /** README "Speed": 324-375 MiB resident after load at -Xmx256m. */
    private static final long MEASURED_RSS_MIB = 375;

    @Test
    void theEmbeddedOverlayIsOneInstanceOnAVolumeClaim() throws Exception {
        List<HasMetadata> objects = render("embedded");
        Deployment deployment = one(objects, Deployment.class);
        assertThat(deployment.getSpec().getReplicas()).isEqualTo(1);
        assertThat(deployment.getSpec().getStrategy().getType()).isEqualTo("Recreate");
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        PersistentVolumeClaim claim = one(objects, PersistentVolumeClaim.class);
        assertThat(pod.getVolumes()).anySatisfy(volume -> assertThat(volume.getPersistentVolumeClaim().getClaimName())
                .isEqualTo(claim.getMetadata().getName()));
        Container registry = pod.getContainers().get(0);
        assertThat(registry.getVolumeMounts()).anySatisfy(mount -> assertThat(mount.getMountPath()).isEqualTo("/data"));
        assertThat(env(registry)).containsEntry("REGISTRY_DB_KIND", "h2")
                .hasEntrySatisfying("REGISTRY_H2_URL", url -> assertThat(url).startsWith("jdbc:h2:file:/data/"));
        assertOperable(deployment);
    }

    @Test
    void thePostgresqlOverlayIsThreeSpreadReplicasWithCredentialsFromASecret() throws Exception {
        List<HasMetadata> objects = render("postgresql");
        Deployment deployment = one(objects, Deployment.class);
        assertThat(deployment.getSpec().getReplicas()).isEqualTo(3);
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        assertThat(pod.getAffinity().getPodAntiAffinity().getPreferredDuringSchedulingIgnoredDuringExecution())
                .anySatisfy(term -> assertThat(term.getPodAffinityTerm().getTopologyKey())
                        .isEqualTo("kubernetes.io/hostname"));
        Secret secret = one(objects, Secret.class);
        assertThat(secret.getData()).containsKeys("REGISTRY_DB_USER", "REGISTRY_DB_PASSWORD");
        assertThat(pod.getContainers().get(0).getEnvFrom()).filteredOn(source -> source.getSecretRef() != null)
                .extracting(source -> source.getSecretRef().getName()).containsExactly(secret.getMetadata().getName());
        assertThat(pod.getContainers().get(0).getEnv()).noneSatisfy(variable ->
                assertThat(variable.getName()).isEqualTo("REGISTRY_DB_PASSWORD"));

        PodDisruptionBudget budget = one(objects, PodDisruptionBudget.class);
        assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels()).as("pods the budget selects")
                .containsAllEntriesOf(budget.getSpec().getSelector().getMatchLabels());
        assertThat(budget.getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1);
        HorizontalPodAutoscaler autoscaler = one(objects, HorizontalPodAutoscaler.class);
        assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo(deployment.getMetadata().getName());
        assertThat(autoscaler.getSpec().getMinReplicas()).isEqualTo(3);
        assertThat(autoscaler.getSpec().getMaxReplicas()).isGreaterThan(3);
        assertOperable(deployment);
    }

    @Test
    void aFieldTheApiDoesNotDefineIsFound() throws Exception {
        Object parsed = SERIALIZATION.unmarshal("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  template:
                    spec:
                      containers:
                        - name: c
                          image: i
                          readinessProbes: {httpGet: {path: /q/health/ready, port: 8081}}
                """);
        List<String> unknown = new ArrayList<>();
        unknownFields(parsed, "Deployment", unknown, new IdentityHashMap<>());
        assertThat(unknown).containsExactly("Deployment.Spec.Template.Spec.Containers[0].readinessProbes");
    }

    /** Non-root, read-only root, probes on the right paths, limits above the measured memory, a full drain. */
    private static void assertOperable(Deployment deployment) {
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getRunAsUser()).isPositive();
        Container registry = pod.getContainers().get(0);
        assertThat(registry.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(registry.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(registry.getSecurityContext().getCapabilities().getDrop()).contains("ALL");

        assertThat(registry.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/q/health/ready");
        assertThat(registry.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/q/health/live");
        assertThat(registry.getStartupProbe().getHttpGet().getPath()).isEqualTo("/q/health/started");
        assertThat(registry.getStartupProbe().getPeriodSeconds() * registry.getStartupProbe().getFailureThreshold())
                .as("seconds a start may take").isGreaterThanOrEqualTo(60);

        Map<String, Quantity> limits = registry.getResources().getLimits();
        Map<String, Quantity> requests = registry.getResources().getRequests();
        long limitMib = Quantity.getAmountInBytes(limits.get("memory")).longValue() >> 20;
        assertThat(limitMib).as("memory limit over the measured %d MiB resident", MEASURED_RSS_MIB)
                .isGreaterThan(MEASURED_RSS_MIB).isLessThanOrEqualTo(2 * MEASURED_RSS_MIB);
        assertThat(requests.get("memory")).as("memory is not overcommitted").isEqualTo(limits.get("memory"));
        assertThat(requests).containsKey("cpu");

        Map<String, String> env = env(registry);
        long drainSeconds = Duration.parse("PT" + env.get("REGISTRY_SHUTDOWN_DELAY")).toSeconds()
                + Duration.parse("PT" + env.get("REGISTRY_SHUTDOWN_TIMEOUT")).toSeconds();
        assertThat(pod.getTerminationGracePeriodSeconds()).as("grace period vs the drain (%d s)", drainSeconds)
                .isGreaterThan(drainSeconds);
        assertThat(registry.getVolumeMounts()).anySatisfy(mount -> assertThat(mount.getMountPath()).isEqualTo("/tmp"));
    }

    private static List<HasMetadata> render(String overlay) throws Exception {
        Path kubectl = Tools.require("kubectl", "the Kubernetes client (kubectl) of your distribution");
        Tools.Result rendered = Tools.run(List.of(kubectl.toString(), "kustomize",
                Tools.DEPLOY.resolve("kubernetes/overlays/" + overlay).toString()), Tools.DEPLOY, 60);
        assertThat(rendered.exitCode()).as(rendered.output()).isZero();
        List<HasMetadata> objects = new ArrayList<>();
        for (String document : rendered.output().split("(?m)^---$")) {
            Object parsed = SERIALIZATION.unmarshal(document);
            assertThat(parsed).as("a kind of the Kubernetes API: " + document).isInstanceOf(HasMetadata.class);
            assertThat(parsed.getClass().getPackageName()).as(document).startsWith("io.fabric8.kubernetes.api.model");
            List<String> unknown = new ArrayList<>();
            unknownFields(parsed, ((HasMetadata) parsed).getKind(), unknown, new IdentityHashMap<>());
            assertThat(unknown).as("fields the Kubernetes API does not define").isEmpty();
            objects.add((HasMetadata) parsed);
        }
        assertThat(objects).extracting(HasMetadata::getKind).contains("Deployment", "Service", "ServiceAccount");
        return objects;
    }

    /** Walks the model and collects every field Fabric8 could not map to the API's schema. */
    private static void unknownFields(Object value, String path, List<String> unknown, Map<Object, Object> seen)
            throws Exception {
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", unknown, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                unknownFields(entry.getValue(), path + "." + entry.getKey(), unknown, seen);
            }
            return;
        }
        if (!(value instanceof KubernetesResource) || seen.put(value, value) != null) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get")
                    || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object child = getter.invoke(value);
            if (getter.getName().equals("getAdditionalProperties")) {
                ((Map<?, ?>) child).keySet().forEach(key -> unknown.add(path + "." + key));
            } else if (child != null) {
                unknownFields(child, path + "." + getter.getName().substring(3), unknown, seen);
            }
        }
    }

    private static <T extends HasMetadata> T one(List<HasMetadata> objects, Class<T> kind) {
        List<T> found = objects.stream().filter(kind::isInstance).map(kind::cast).toList();
        assertThat(found).as(kind.getSimpleName()).hasSize(1);
        return found.get(0);
    }

    private static Map<String, String> env(Container container) {
        Map<String, String> env = new java.util.HashMap<>();
        container.getEnv().forEach(variable -> env.put(variable.getName(), variable.getValue()));
        return env;
    }
}
