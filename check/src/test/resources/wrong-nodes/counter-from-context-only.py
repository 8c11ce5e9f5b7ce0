#!/usr/bin/env python3
# WRONG NODE, one bug: it takes the client's counter only from the context. The writer's entry
# is one more than the context's, ignoring the values stored for the key, so a client that writes
# twice without reading in between gets the same clock twice.
"""A baseline node for the LWW problem task, written the way a student of the course would
(one main.py, the standard json module). Benchmarks compare the protocol node with it in the same
run. It is deliberately plain: no error handling, no LWW timestamps, no replication."""
import json
import sys


class Node:
    def __init__(self):
        self.node_id = None
        self.msg_id = 0
        self.mode = "lww"
        self.vv = {}    # key -> list of {"value", "vc"}

    def send(self, dest, body):
        body["msg_id"] = self.msg_id
        self.msg_id += 1
        sys.stdout.write(json.dumps({"src": self.node_id, "dest": dest, "body": body}) + "\n")
        sys.stdout.flush()

    def reply(self, msg, body):
        body["in_reply_to"] = msg["body"]["msg_id"]
        self.send(msg["src"], body)

    @staticmethod
    def descends(a, b):
        return all(a.get(k, 0) >= v for k, v in b.items())

    def handle(self, msg):
        body = msg["body"]
        t = body["type"]
        if t == "init":
            self.node_id = body["node_id"]
            self.reply(msg, {"type": "init_ok"})
        elif t == "set_mode":
            self.mode = body["mode"]
            self.reply(msg, {"type": "set_mode_ok"})
        elif t == "vv_write":
            key, value, ctx = body["key"], body["value"], body.get("context", {})
            sibs = self.vv.get(key, [])
            vc = dict(ctx)
            top = vc.get(msg["src"], 0)  # BUG: the counters stored for the key are ignored
            vc[msg["src"]] = top + 1
            if self.mode == "lww":
                sibs = []  # the newest timestamp wins: every older value is dropped
            else:
                sibs = [s for s in sibs if not self.descends(vc, s["vc"])]
            sibs.append({"value": value, "vc": vc})
            self.vv[key] = sibs
            self.reply(msg, {"type": "vv_write_ok", "vc": vc})
        elif t == "vv_read":
            key = body["key"]
            vals = self.vv.get(key, [])
            self.reply(msg, {"type": "vv_read_ok", "values": vals, "conflict": len(vals) > 1})


def main():
    node = Node()
    for line in sys.stdin:
        line = line.strip()
        if line:
            node.handle(json.loads(line))


if __name__ == "__main__":
    main()
