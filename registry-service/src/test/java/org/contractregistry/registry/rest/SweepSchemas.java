package org.contractregistry.registry.rest;

import java.util.List;

/** Invalid Avro and Protobuf schemas, one broken rule each: {type, text}. */
final class SweepSchemas {
    private static final String PROTO3 = "syntax = \"proto3\";\n";

    static final List<String[]> INVALID = List.of(
            avro("{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"int\","
                    + "\"default\":\"x\"}]}"),
            avro("{\"type\":\"enum\",\"name\":\"E\",\"symbols\":[\"A\",\"A\"]}"),
            avro("{\"type\":\"fixed\",\"name\":\"F\",\"size\":-1}"),
            avro("{\"type\":\"fixed\",\"name\":\"F\",\"size\":99999999999}"),
            avro("{\"type\":\"record\",\"name\":\"1bad\",\"fields\":[]}"),
            avro("{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"int\"},"
                    + "{\"name\":\"a\",\"type\":\"int\"}]}"),
            avro("[\"int\",\"int\"]"),
            avro("[[\"int\"]]"),
            avro("{\"type\":\"array\"}"),
            avro("{\"type\":\"map\"}"),
            avro("{\"type\":\"record\"}"),
            avro("{\"type\":\"record\",\"name\":\"R\",\"fields\":{}}"),
            avro("\"nope\""),
            avro("\"nope\", 1"),
            avro("{\"type\":\"string\"} garbage"),
            avro("null"),
            avro("1"),
            avro("true"),
            avro("{}"),
            avro("{\"type\":\"array\",\"items\":".repeat(1100) + "\"int\"" + "}".repeat(1100)),
            avro("{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"sweep.Missing\"}]}"),
            proto("message {"),
            proto("syntax = \"proto4\";\nmessage M {}"),
            proto(PROTO3 + "message M { int32 a = 1; int32 b = 1; }"),
            proto(PROTO3 + "message M { int32 a = 0; }"),
            proto(PROTO3 + "message M { int32 a = 19000; }"),
            proto(PROTO3 + "message M { int32 a = 536870912; }"),
            proto(PROTO3 + "message M { int32 a = 99999999999; }"),
            proto(PROTO3 + "message M { Unknown a = 1; }"),
            proto(PROTO3 + "import \"missing.proto\";\nmessage M { Other a = 1; }"),
            proto(PROTO3 + "enum E { A = 1; }"),
            proto(PROTO3 + "message M { map<float, int32> m = 1; }"),
            proto(PROTO3 + "message M { int32 a = 1 [default = 5]; }"),
            proto(PROTO3 + "message M { ".repeat(20_000) + "}".repeat(20_000)),
            proto(PROTO3 + "message M { int32 a = 1; }\nmessage M { int32 b = 1; }"),
            proto(""),
            proto("   "));

    private SweepSchemas() {}

    private static String[] avro(String text) {
        return new String[] {"AVRO", text};
    }

    private static String[] proto(String text) {
        return new String[] {"PROTOBUF", text};
    }
}
