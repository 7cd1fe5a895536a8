#!/usr/bin/env python3
"""Seeds the registry with COUNT new schemas (one new subject each) over keep-alive connections on loopback.

usage: seed.py <base url> <count> <run id> [workers]
Bounded: exactly <count> requests; any non-200 answer stops the seeding with an error.
"""
import http.client
import json
import sys
import threading
import time
import urllib.parse

base, count, run = sys.argv[1], int(sys.argv[2]), sys.argv[3]
workers = int(sys.argv[4]) if len(sys.argv) > 4 else 8
url = urllib.parse.urlparse(base)
headers = {"Content-Type": "application/vnd.schemaregistry.v1+json"}
failures = []


def body(key):
    schema = {"type": "record", "name": "Seed", "namespace": "bench.seed",
              "fields": [{"name": "id", "type": "string"}, {"name": "f_" + key, "type": "long"}]}
    return json.dumps({"schema": json.dumps(schema)})


def work(worker):
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    for i in range(worker, count, workers):
        key = "%s_%d" % (run, i)
        conn.request("POST", "/subjects/seed-%s/versions" % key, body(key), headers)
        res = conn.getresponse()
        data = res.read()
        if res.status != 200:
            failures.append("%d %s" % (res.status, data[:200]))
            return
    conn.close()


start = time.time()
threads = [threading.Thread(target=work, args=(w,)) for w in range(workers)]
for t in threads:
    t.start()
for t in threads:
    t.join()
if failures:
    sys.exit("seeding failed: " + failures[0])
print("RESULT seed schemas=%d seconds=%.1f" % (count, time.time() - start))
