#!/usr/bin/env python3
"""Measures any Maelstrom node command the same way, so figures can be compared side by side.

  python3 protocol-node/bench/node_bench.py [--runs N] [--lines N] [--baseline "OTHER COMMAND"] -- NODE COMMAND...

Prints, as the median of --runs runs:
  * init_ok: wall time from process start to the init_ok line on stdout (stdin kept open);
  * sample:  wall time of the whole process on the sample case single-write-read;
  * stream:  messages per second for --lines vv_write lines then as many vv_read lines, piped in
             at once, from process start to the last reply.

  * issue:   messages per second for the issue's stream (init, set_mode vv, then --lines - 2 lines
             alternating a vv_write with {} context from 7 clients to 500 keys and a vv_read of 500
             other keys), process start to the last reply;
  * latency: per request, from writing it to reading its reply, the client waiting for each reply
             (median and 90th percentile of 2,000 requests), with --baseline only.

With --baseline, the other command is measured in the same run, its runs alternating with the
node's, so that both see the same load on a shared machine, and the ratios are printed. Each --also
adds one more command to the same alternation (the node before a change, or on another JDK).
"""
import argparse
import json
import random
import shlex
import statistics
import subprocess
import sys
import time

INIT = {"src": "c0", "dest": "n1", "body": {"type": "init", "msg_id": 1, "node_id": "n1", "node_ids": ["n1"]}}


def line(msg):
    return (json.dumps(msg, separators=(",", ":")) + "\n").encode()


def stream(n):
    rnd = random.Random(42)
    out = [line(INIT), line({"src": "c0", "dest": "n1", "body": {"type": "set_mode", "msg_id": 2, "mode": "vv"}})]
    for i in range(n):
        out.append(line({"src": "c%d" % rnd.randint(1, 5), "dest": "n1", "body": {
            "type": "vv_write", "msg_id": i + 3, "key": "k%d" % rnd.randint(0, 999), "value": "v%d" % i, "context": {}}}))
    for i in range(n):
        out.append(line({"src": "c1", "dest": "n1", "body": {"type": "vv_read", "msg_id": n + i + 3, "key": "k%d" % rnd.randint(0, 999)}}))
    return b"".join(out)


def issue_stream(n):
    """The issue's stream: init, set_mode vv, then n - 2 lines alternating a vv_write with {}
    context from one of 7 clients to one of 500 keys and a vv_read of one of 500 other keys."""
    rnd = random.Random(7)
    out = [line(INIT), line({"src": "c0", "dest": "n1", "body": {"type": "set_mode", "msg_id": 2, "mode": "vv"}})]
    for i in range(n - 2):
        if i % 2 == 0:
            body = {"type": "vv_write", "msg_id": i + 3, "key": "k%d" % rnd.randint(0, 499), "value": "v%d" % i, "context": {}}
            src = "c%d" % rnd.randint(1, 7)
        else:
            body = {"type": "vv_read", "msg_id": i + 3, "key": "r%d" % rnd.randint(0, 499)}
            src = "c1"
        out.append(line({"src": src, "dest": "n1", "body": body}))
    return b"".join(out)


def latency(cmd, requests=2000):
    """Median and 90th percentile, in ms, from writing one request to reading its reply, the client
    waiting for each reply before it sends the next (a vv_write then a vv_read, in turn)."""
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    p.stdin.write(line(INIT))
    p.stdin.flush()
    p.stdout.readline()
    times = []
    for i in range(requests):
        if i % 2 == 0:
            body = {"type": "vv_write", "msg_id": i + 2, "key": "k%d" % (i % 50), "value": "v%d" % i, "context": {}}
        else:
            body = {"type": "vv_read", "msg_id": i + 2, "key": "k%d" % (i % 50)}
        data = line({"src": "c1", "dest": "n1", "body": body})
        t0 = time.perf_counter()
        p.stdin.write(data)
        p.stdin.flush()
        reply = p.stdout.readline()
        times.append(time.perf_counter() - t0)
        if b"in_reply_to" not in reply:
            sys.exit("no reply from %s: %r" % (cmd, reply))
    p.stdin.close()
    p.wait()
    times.sort()
    return 1000 * statistics.median(times), 1000 * times[int(0.9 * len(times))]


def time_to_init_ok(cmd):
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    p.stdin.write(line(INIT))
    p.stdin.flush()
    first = p.stdout.readline()
    t = time.perf_counter() - t0
    p.stdin.close()
    p.wait()
    if b"init_ok" not in first:
        sys.exit("no init_ok from %s: %r" % (cmd, first))
    return t


def time_whole(cmd, data, expect_lines):
    t0 = time.perf_counter()
    r = subprocess.run(cmd, input=data, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    t = time.perf_counter() - t0
    got = r.stdout.count(b"\n")
    if got != expect_lines:
        sys.exit("%s answered %d lines, expected %d" % (cmd, got, expect_lines))
    return t


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--lines", type=int, default=100_000)
    ap.add_argument("--sample", default=None, help="path to single-write-read.in")
    ap.add_argument("--baseline", default=None, help="another node command, measured alternately")
    ap.add_argument("--also", action="append", default=[],
                    help="one more node command measured in the same run (repeatable), e.g. the node before a change")
    ap.add_argument("cmd", nargs="+")
    a = ap.parse_args()
    if a.baseline:
        return compare(a, shlex.split(a.baseline))
    sample = open(a.sample, "rb").read() if a.sample else b"".join([
        line(INIT),
        line({"src": "c1", "dest": "n1", "body": {"type": "vv_write", "msg_id": 2, "key": "x", "value": "a", "context": {}}}),
        line({"src": "c1", "dest": "n1", "body": {"type": "vv_read", "msg_id": 3, "key": "x"}})])
    data = stream(a.lines)
    init = [time_to_init_ok(a.cmd) for _ in range(a.runs)]
    whole = [time_whole(a.cmd, sample, 3) for _ in range(a.runs)]
    runs = max(3, a.runs // 2)
    tput = [(2 * a.lines + 2) / time_whole(a.cmd, data, 2 * a.lines + 2) for _ in range(runs)]
    print("command:  %s" % " ".join(a.cmd))
    print("init_ok:  median %.1f ms (min %.1f, max %.1f, %d runs)" % (
        1000 * statistics.median(init), 1000 * min(init), 1000 * max(init), len(init)))
    print("sample:   median %.1f ms whole process (%d runs)" % (1000 * statistics.median(whole), len(whole)))
    print("stream:   median %.0f msgs/s for %d vv_write + %d vv_read lines (%d runs)" % (
        statistics.median(tput), a.lines, a.lines, runs))


def sample_input(a):
    return open(a.sample, "rb").read() if a.sample else b"".join([
        line(INIT),
        line({"src": "c1", "dest": "n1", "body": {"type": "vv_write", "msg_id": 2, "key": "x", "value": "a", "context": {}}}),
        line({"src": "c1", "dest": "n1", "body": {"type": "vv_read", "msg_id": 3, "key": "x"}})])


def compare(a, base):
    cmds = [a.cmd] + [shlex.split(c) for c in a.also] + [base]
    sample = sample_input(a)
    data = stream(a.lines)
    init = [[] for _ in cmds]
    whole = [[] for _ in cmds]
    tput = [[] for _ in cmds]
    for _ in range(a.runs):
        for i, c in enumerate(cmds):
            init[i].append(time_to_init_ok(c))
        for i, c in enumerate(cmds):
            whole[i].append(time_whole(c, sample, 3))
    issue = issue_stream(a.lines)
    itput = [[] for _ in cmds]
    lat = [[] for _ in cmds]
    for _ in range(max(3, a.runs // 2)):
        for i, c in enumerate(cmds):
            tput[i].append((2 * a.lines + 2) / time_whole(c, data, 2 * a.lines + 2))
        for i, c in enumerate(cmds):
            itput[i].append(a.lines / time_whole(c, issue, a.lines))
        for i, c in enumerate(cmds):
            lat[i].append(latency(c))
    med = lambda xs: statistics.median(xs)
    for i, c in enumerate(cmds):
        print("command:  %s" % " ".join(c))
        print("  init_ok: median %.1f ms (min %.1f, max %.1f, %d runs)" % (
            1000 * med(init[i]), 1000 * min(init[i]), 1000 * max(init[i]), len(init[i])))
        print("  sample:  median %.1f ms whole process (min %.1f, %d runs)" % (1000 * med(whole[i]), 1000 * min(whole[i]), len(whole[i])))
        print("  stream:  median %.0f msgs/s for %d vv_write + %d vv_read lines (%d runs)" % (
            med(tput[i]), a.lines, a.lines, len(tput[i])))
        print("  issue:   median %.0f msgs/s for the issue's %d-line stream (%d runs)" % (
            med(itput[i]), a.lines, len(itput[i])))
        print("  latency: median %.3f ms, p90 %.3f ms per request, waiting for each reply (median of %d runs)" % (
            med([l[0] for l in lat[i]]), med([l[1] for l in lat[i]]), len(lat[i])))
    b = len(cmds) - 1
    for i in range(b):
        print("%s / baseline: init_ok %.2fx the time, sample %.2fx the time, stream %.2fx the throughput, "
              "issue stream %.2fx the throughput" % (
            " ".join(cmds[i]), med(init[i]) / med(init[b]), med(whole[i]) / med(whole[b]),
            med(tput[i]) / med(tput[b]), med(itput[i]) / med(itput[b])))


if __name__ == "__main__":
    main()
