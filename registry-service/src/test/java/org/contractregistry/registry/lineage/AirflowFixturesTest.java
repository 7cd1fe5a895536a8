package org.contractregistry.registry.lineage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Events shaped as the Airflow OpenLineage provider emits them (src/test/resources/lineage/airflow): a DAG run above
 * two SQL-operator tasks on PostgreSQL tables, one completing and one failing.
 */
@QuarkusTest
class AirflowFixturesTest {
    private static final String DAG_RUN = "01937a4b-0000-7000-8000-00000000da90";
    private static boolean posted;

    /** Posts the fixtures once (the app is up only inside test methods); re-posting would be harmless too. */
    @BeforeEach
    void postTheDagRun() {
        if (posted) {
            return;
        }
        for (String fixture : List.of("dag_run_start", "task_sql_start", "task_sql_complete", "task_fail_start",
                "task_fail", "dag_run_fail")) {
            Events.post(Events.resource("/lineage/airflow/" + fixture + ".json")).statusCode(201);
        }
        posted = true;
    }

    @Test
    void graphRunsFromTheSourceTableThroughBothTasks() {
        JsonPath graph = given().queryParam("nodeId", "dataset:postgres://shop-db:5432:shop.public.orders")
                .queryParam("depth", 5).when().get("/api/v1/lineage").then().statusCode(200).extract().jsonPath();
        assertThat(graph.getList("graph.id", String.class)).containsExactly(
                "dataset:postgres://shop-db:5432:shop.public.orders",
                "dataset:postgres://shop-db:5432:shop.public.orders_daily",
                "dataset:postgres://shop-db:5432:shop.public.orders_report",
                "job:default:orders_daily.load_orders_daily",
                "job:default:orders_daily.publish_report");
        assertThat(graph.getString("graph.find { it.id == 'job:default:orders_daily.load_orders_daily' }.data.parent"))
                .isEqualTo("job:default:orders_daily");
        assertThat(graph.getString("graph.find { it.id == 'job:default:orders_daily.publish_report' }.data.latestRunState"))
                .isEqualTo("FAIL");
        assertThat(graph.getString("graph.find { it.id == 'dataset:postgres://shop-db:5432:shop.public.orders_daily' }"
                + ".data.subject")).isEqualTo("orders_daily-value");
    }

    @Test
    void dagJobHoldsItsTasksAndTheirRunsPointAtTheDagRun() {
        given().urlEncodingEnabled(false).when().get("/api/v1/namespaces/default/jobs/orders_daily").then().statusCode(200)
                .body("integration", equalTo("AIRFLOW")).body("jobType", equalTo("DAG"))
                .body("children.name", equalTo(List.of("orders_daily.load_orders_daily", "orders_daily.publish_report")))
                .body("runs[0].id", equalTo(DAG_RUN)).body("runs[0].state", equalTo("FAIL"));
        given().urlEncodingEnabled(false).when().get("/api/v1/namespaces/default/jobs/orders_daily.load_orders_daily").then().statusCode(200)
                .body("jobType", equalTo("TASK")).body("parent.name", equalTo("orders_daily"))
                .body("facets.sql.query", org.hamcrest.Matchers.startsWith("INSERT INTO public.orders_daily"))
                .body("runs[0].parentRunId", equalTo(DAG_RUN))
                .body("runs[0].states.state", equalTo(List.of("START", "COMPLETE")))
                .body("runs[0].durationMs", equalTo(4500))
                .body("inputs.name", equalTo(List.of("shop.public.orders")))
                .body("outputs.name", equalTo(List.of("shop.public.orders_daily")));
        given().urlEncodingEnabled(false).when().get("/api/v1/namespaces/default/jobs/orders_daily.publish_report/runs").then().statusCode(200)
                .body("runs[0].state", equalTo("FAIL"));
    }

    @Test
    void tablesCarryTheirSchemaFacetsAndProducers() {
        given().urlEncodingEnabled(false).when().get("/api/v1/namespaces/postgres:%2F%2Fshop-db:5432/datasets/shop.public.orders_daily").then()
                .statusCode(200).body("fields.name", equalTo(List.of("day", "total", "order_count")))
                .body("producers.name", equalTo(List.of("orders_daily.load_orders_daily")))
                .body("consumers.name", equalTo(List.of("orders_daily.publish_report")))
                .body("binding.source", equalTo("NAMING_RULE"))
                .body("facets.dataSource.uri", equalTo("postgres://shop-db:5432"));
    }
}
