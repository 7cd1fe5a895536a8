#!/usr/bin/env python3
"""CPU per thread group of a process (thread names without their number), per event.

usage: threadcpu.py snap <pid> <file>; threadcpu.py diff <before file> <after file> <events>
"""
import json, os, re, sys
hz = os.sysconf("SC_CLK_TCK")
if sys.argv[1] == "snap":
    pid = sys.argv[2]; out = {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            stat = open(f"/proc/{pid}/task/{tid}/stat").read()
        except OSError:
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        group = re.sub(r"[#\- ]?\d+$", "", name)
        out[group] = out.get(group, 0) + (int(fields[11]) + int(fields[12])) * 1000 / hz
        out["(system time, all threads)"] = out.get("(system time, all threads)", 0) + int(fields[12]) * 1000 / hz
    json.dump(out, open(sys.argv[3], "w"))
else:
    a = json.load(open(sys.argv[2])); b = json.load(open(sys.argv[3])); n = int(sys.argv[4])
    rows = sorted(((b[k] - a.get(k, 0)) / n, k) for k in b)
    for ms, k in reversed(rows):
        if ms > 0.001:
            print("  %-20s %.3f ms/event" % (k, ms))
