package org.contractregistry.registry.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.contractregistry.registry.rest.Api.V1;
import static org.contractregistry.registry.rest.Api.body;
import static org.contractregistry.registry.rest.Api.register;
import static org.contractregistry.registry.rest.Api.subject;
import static org.hamcrest.Matchers.equalTo;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Confluent's Protobuf serdes exchange schemas as base64 FileDescriptorProto: {@code format=serialized} and input. */
@QuarkusTest
class ProtobufSerializedFormatTest {
    private static final String ORDER = """
            syntax = "proto3";
            package acme.ser;
            import "google/protobuf/timestamp.proto";
            message Order {
              string id = 1;
              map<string, int64> totals = 2;
              google.protobuf.Timestamp placed_at = 3;
              oneof payment { string card = 4; bytes token = 5; }
            }
            """;

    @Test
    void serializedFormatAnswersTheFileDescriptorOnBothReads() throws Exception {
        String s = subject("pbser-out");
        int id = register(s, body(ORDER, "PROTOBUF")).statusCode(200).extract().path("id");

        String byId = given().queryParam("format", "serialized").get("/schemas/ids/" + id).then().statusCode(200)
                .contentType(V1).body("schemaType", equalTo("PROTOBUF")).extract().path("schema");
        String byVersion = given().queryParam("format", "serialized").get("/subjects/" + s + "/versions/1").then()
                .statusCode(200).body("id", equalTo(id)).extract().path("schema");

        FileDescriptorProto descriptor = FileDescriptorProto.parseFrom(Base64.getDecoder().decode(byId));
        assertThat(descriptor.getPackage()).isEqualTo("acme.ser");
        assertThat(descriptor.getDependencyList()).containsExactly("google/protobuf/timestamp.proto");
        assertThat(descriptor.getMessageType(0).getName()).isEqualTo("Order");
        assertThat(descriptor.getMessageType(0).getFieldList()).extracting(f -> f.getName())
                .contains("id", "totals", "placed_at", "card", "token");
        assertThat(byVersion).isEqualTo(byId);
        given().queryParam("format", "serialized").get("/schemas/ids/" + id + "/schema").then().statusCode(200)
                .body(equalTo(byId));
        given().queryParam("format", "serialized").get("/subjects/" + s + "/versions/1/schema").then()
                .statusCode(200).body(equalTo(byId));
        String guid = given().get("/subjects/" + s + "/versions/1").then().extract().path("guid");
        given().queryParam("format", "serialized").get("/schemas/guids/" + guid).then().statusCode(200)
                .body("schema", equalTo(byId));
        String text = given().get("/schemas/ids/" + id).then().extract().path("schema");
        assertThat(text).contains("message Order");
        given().queryParam("format", "resolved").get("/subjects/" + s + "/versions/1").then()
                .body("schema", equalTo(text));
    }

    @Test
    void aBase64DescriptorIsAcceptedAsTheSchemaItDescribes() {
        String s = subject("pbser-in");
        int textId = register(s, body(ORDER, "PROTOBUF")).statusCode(200).extract().path("id");
        String serialized = given().queryParam("format", "serialized").get("/schemas/ids/" + textId).then()
                .extract().path("schema");

        String other = subject("pbser-in2");
        int id = register(other, body(serialized, "PROTOBUF")).statusCode(200).extract().path("id");
        given().contentType(V1).body(body(serialized, "PROTOBUF")).post("/subjects/" + other).then().statusCode(200)
                .body("id", equalTo(id)).body("version", equalTo(1));
        given().contentType(V1).body(body(serialized, "PROTOBUF"))
                .post("/compatibility/subjects/" + s + "/versions/latest").then().statusCode(200)
                .body("is_compatible", equalTo(true));
        String back = given().queryParam("format", "serialized").get("/schemas/ids/" + id).then().extract()
                .path("schema");
        assertThat(back).isEqualTo(serialized);
        String stored = given().get("/schemas/ids/" + id).then().extract().path("schema");
        assertThat(stored).contains("message Order", "map<string, int64> totals = 2;", "oneof payment");
        given().contentType(V1).body(body("bm90IGEgZGVzY3JpcHRvcg==", "PROTOBUF"))
                .post("/subjects/" + other + "/versions").then().statusCode(422).body("error_code", equalTo(42201));
    }

    @Test
    void avroIgnoresTheSerializedFormat() {
        String s = subject("pbser-avro");
        String avro = Api.record("Plain", "{\"name\":\"a\",\"type\":\"string\"}");
        int id = register(s, body(avro)).statusCode(200).extract().path("id");
        String text = given().get("/schemas/ids/" + id).then().extract().path("schema");
        given().queryParam("format", "serialized").get("/schemas/ids/" + id).then().statusCode(200)
                .body("schema", equalTo(text));
    }
}
