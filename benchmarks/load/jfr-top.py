#!/usr/bin/env python3
"""Summarises a JDK Flight Recorder file: where the CPU samples are (top frames, first project frame, and shares of
samples whose stack contains a marker), plus the longest socket reads and lock waits.

usage: jfr-top.py <recording.jfr> [markers,comma,separated] [top N]
"""
import collections
import re
import subprocess
import sys

jfr_file = sys.argv[1]
markers = [m for m in (sys.argv[2] if len(sys.argv) > 2 else "").split(",") if m]
top_n = int(sys.argv[3]) if len(sys.argv) > 3 else 15


def events(kind):
    text = subprocess.run(["jfr", "print", "--stack-depth", "256", "--events", kind, jfr_file],
                          capture_output=True, text=True, check=True).stdout
    for chunk in text.split(kind + " {")[1:]:
        frames = []
        if "stackTrace = [" in chunk:
            frames = re.findall(r"^\s+([\w$.<>/]+)\(", chunk.split("stackTrace = [", 1)[1], re.M)
        yield chunk, frames


samples = [f for _, f in events("jdk.ExecutionSample") if f]
print("CPU samples (jdk.ExecutionSample): %d" % len(samples))
top = collections.Counter(f[0] for f in samples)
ours = collections.Counter(next((x for x in f if x.startswith("org.contractregistry")), "(no project frame)")
                           for f in samples)
for title, counter in (("top frame", top), ("first org.contractregistry frame", ours)):
    print("== %s" % title)
    for name, count in counter.most_common(top_n):
        print("%6d %5.1f%%  %s" % (count, 100.0 * count / len(samples), name))
if markers:
    print("== samples whose stack contains (first match wins, in the order given)")
    buckets = collections.Counter(next((m for m in markers if any(m in x for x in f)), "other") for f in samples)
    for name, count in buckets.most_common():
        print("%6d %5.1f%%  %s" % (count, 100.0 * count / len(samples), name))

for kind in ("jdk.SocketRead", "jdk.JavaMonitorEnter", "jdk.ThreadPark"):
    found = collections.Counter()
    total = collections.Counter()
    for chunk, frames in events(kind):
        m = re.search(r"duration = ([\d.]+) (ms|s|us)", chunk)
        if not m:
            continue
        ms = float(m.group(1)) * {"ms": 1, "s": 1000, "us": 0.001}[m.group(2)]
        site = next((x for x in frames if x.startswith("org.contractregistry")), frames[0] if frames else "?")
        found[site] += 1
        total[site] += ms
    if found:
        print("== %s (over the recording threshold): count, total ms, site" % kind)
        for site, count in found.most_common(8):
            print("%6d %10.0f  %s" % (count, total[site], site))
