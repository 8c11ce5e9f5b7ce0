#!/usr/bin/env python3
"""Writes node_bench.py's issue stream to a file: a test case of --lines lines (init, set_mode vv, then
vv_write with {} context from 7 clients to 500 keys alternating with vv_read of 500 other keys), the
transcript the explorer's scale targets are measured on (issue 10).

  python3 protocol-node/bench/write_stream.py [--lines N] CASE.in
  protocol-node/bin/protocol-node < CASE.in > CASE.out      # a node's replies to it, for a checked run
  check/bin/check-node CASE.in CASE.out                     # or open both in the explorer

The stream is node_bench.py's own (same seed), so figures measured on it match that benchmark's.
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from node_bench import issue_stream  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=100_000, help="lines in the case (default 100000)")
    ap.add_argument("out", help="the file to write (a .in)")
    a = ap.parse_args()
    data = issue_stream(a.lines)
    with open(a.out, "wb") as f:
        f.write(data)
    print("%s: %d lines, %d bytes" % (a.out, data.count(b"\n"), len(data)))


if __name__ == "__main__":
    main()
