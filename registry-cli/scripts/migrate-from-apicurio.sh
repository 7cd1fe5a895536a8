#!/usr/bin/env bash
# Migrates an Apicurio Registry 3.x (its Confluent-compatible API, /apis/ccompat/v7) into this registry with ids
# preserved, then proves it: every subject version of the source, looked up by its own text in the target, answers
# the same id and version. Not part of the test suite (it downloads Apicurio, ~160 MB, from Maven Central).
#
#   registry-cli/scripts/migrate-from-apicurio.sh            # start Apicurio 3.3.3, seed it, migrate into a fresh registry
#   FROM=http://host:8080/apis/ccompat/v7 TO=http://host:8081 registry-cli/scripts/migrate-from-apicurio.sh
#                                                            # migrate (and check) two registries already running
#
# Needs: the built jars (mvn -B -q package -DskipTests), curl, jq; for the demo Apicurio, Java 21+ (JAVA21, default
# the Temurin 25 JDK these machines carry).
set -euo pipefail
cd "$(dirname "$0")/../.."
CLI=registry-cli/target/registry-cli.jar
REGISTRY_JAR=registry-service/target/quarkus-app/quarkus-run.jar
APICURIO_VERSION=${APICURIO_VERSION:-3.3.3}
JAVA21=${JAVA21:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
WORK=${WORK:-registry-cli/target/apicurio-migration}
CT='Content-Type: application/vnd.schemaregistry.v1+json'
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
await() { for _ in $(seq 1 120); do curl -sf "$1" >/dev/null && return 0; sleep 1; done; echo "not ready: $1" >&2; exit 1; }

mkdir -p "$WORK"
if [ -z "${FROM:-}" ]; then
  if [ ! -f "$WORK/apicurio/quarkus-run.jar" ]; then
    mvn -B -q dependency:copy -Dartifact="io.apicurio:apicurio-registry-app:$APICURIO_VERSION:tar.gz:all" \
      -DoutputDirectory="$WORK"
    mkdir -p "$WORK/apicurio" && tar xzf "$WORK/apicurio-registry-app-$APICURIO_VERSION-all.tar.gz" -C "$WORK/apicurio"
  fi
  port=$(free_port)
  (cd "$WORK/apicurio" && QUARKUS_HTTP_PORT=$port exec "$JAVA21" -Xmx512m -jar quarkus-run.jar >../apicurio.log 2>&1) &
  pids+=($!)
  FROM=http://127.0.0.1:$port/apis/ccompat/v7
  await "$FROM/subjects"
  echo "Apicurio $APICURIO_VERSION at $FROM; seeding"
  post() { curl -sf -X POST -H "$CT" "$FROM/subjects/$1/versions" -d "$2" >/dev/null; }
  post orders-value '{"schema":"{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"id\",\"type\":\"long\"}]}"}'
  post orders-value '{"schema":"{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"id\",\"type\":\"long\"},{\"name\":\"note\",\"type\":\"string\",\"default\":\"\"}]}"}'
  post address '{"schema":"{\"type\":\"record\",\"name\":\"Address\",\"namespace\":\"com.acme\",\"fields\":[{\"name\":\"street\",\"type\":\"string\"}]}"}'
  post customers-value '{"schema":"{\"type\":\"record\",\"name\":\"Customer\",\"namespace\":\"com.acme\",\"fields\":[{\"name\":\"home\",\"type\":\"com.acme.Address\"}]}","references":[{"name":"com.acme.Address","subject":"address","version":1}]}'
  post money '{"schemaType":"PROTOBUF","schema":"syntax = \"proto3\";\npackage common;\nmessage Money { string currency = 1; int64 units = 2; }\n"}'
  post payments-value '{"schemaType":"PROTOBUF","schema":"syntax = \"proto3\";\npackage pay;\nimport \"money.proto\";\nmessage Payment { common.Money amount = 1; }\n","references":[{"name":"money.proto","subject":"money","version":1}]}'
  curl -sf -X PUT -H "$CT" "$FROM/config/orders-value" -d '{"compatibility":"FORWARD"}' >/dev/null
fi
if [ -z "${TO:-}" ]; then
  port=$(free_port)
  rm -rf "$WORK/data"
  REGISTRY_PORT=$port REGISTRY_H2_URL="jdbc:h2:file:$PWD/$WORK/data/registry" java -Xmx256m -jar "$REGISTRY_JAR" \
    >"$WORK/registry.log" 2>&1 &
  pids+=($!)
  TO=http://127.0.0.1:$port
  await "$TO/q/health/ready"
fi

java -jar "$CLI" migrate --from "$FROM" --to "$TO" --file "$WORK/migration.jsonl"

# Proof: each source version, looked up by its own text (and references) in the target, is the same id and version.
checked=0
for subject in $(curl -sf "$FROM/subjects" | jq -r '.[]'); do
  enc=$(jq -rn --arg s "$subject" '$s|@uri')
  for v in $(curl -sf "$FROM/subjects/$enc/versions" | jq -r '.[]'); do
    src=$(curl -sf "$FROM/subjects/$enc/versions/$v")
    body=$(jq -c '{schema, schemaType: (.schemaType // "AVRO"), references: (.references // [])}' <<<"$src")
    got=$(curl -s -X POST -H "$CT" "$TO/subjects/$enc" -d "$body")
    if [ "$(jq -c '[.id,.version]' <<<"$got")" != "$(jq -c '[.id,.version]' <<<"$src")" ]; then
      echo "MISMATCH $subject v$v: source $(jq -c '[.id,.version]' <<<"$src"), target $got" >&2; exit 1
    fi
    checked=$((checked + 1))
  done
done
echo "checked $checked versions: every one has the same id and version in $TO"
