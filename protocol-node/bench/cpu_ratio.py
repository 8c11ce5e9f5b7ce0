#!/usr/bin/env python3
"""CPU time (user + system, the process and its threads) and wall time of whole runs of each
command on one input, the commands alternating run by run; prints the minimum and the median of
each. On a machine shared with other builds the wall time measures the load as much as the node
(a waiting process gets no CPU), while the CPU time is what the run itself cost: the minimum over
runs is the figure closest to a quiet machine.

  python3 protocol-node/bench/cpu_ratio.py INPUT RUNS "COMMAND" "OTHER COMMAND" ...

INPUT is a file of lines piped to each command (e.g. the streams node_bench.py makes:
  python3 -c 'import sys; sys.path.insert(0, "protocol-node/bench"); import node_bench as b;
  open("/tmp/issue.in", "wb").write(b.issue_stream(100000)); open("/tmp/mixed.in", "wb").write(b.stream(100000))')
"""
import resource
import shlex
import statistics
import subprocess
import sys
import time


def main():
    inp, runs, cmds = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    data = open(inp, "rb").read()
    cpu = {c: [] for c in cmds}
    wall = {c: [] for c in cmds}
    for _ in range(runs):
        for c in cmds:
            r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            subprocess.run(shlex.split(c), input=data, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            t1 = time.perf_counter()
            r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[c].append(1000 * (r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime))
            wall[c].append(1000 * (t1 - t0))
    for c in cmds:
        print("%s\n  cpu min %.1f ms, median %.1f | wall min %.1f ms, median %.1f (%d runs)" % (
            c, min(cpu[c]), statistics.median(cpu[c]), min(wall[c]), statistics.median(wall[c]), runs))
    last = cmds[-1]
    for c in cmds[:-1]:
        print("%s / %s: cpu (min) %.2fx less" % (c, last, min(cpu[last]) / min(cpu[c])))


if __name__ == "__main__":
    main()
