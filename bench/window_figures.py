#!/usr/bin/env python3
"""Times the desktop app opening a scenario file in a real window, as a teacher starts it.

The app runs under Xvfb with the openbox window manager (as under a desktop: JavaFX 21 then maps
its first window at 200x200). The script watches the screen's frame buffer (Xvfb -fbdir) every
POLL seconds, the window's size (xdotool), and the app JVM's resident memory and CPU time
(/proc/PID), and reports:

- shown: seconds from the command's start to the first visible window named "Conflict Explorer";
- full size: seconds from shown until the window is no longer 200x200 (its real size);
- first paint: seconds from shown until the screen first shows more than an empty window;
- drawn: seconds from shown (and from the start) until the screen first shows what it shows once
  the app has settled (the same pixels, but for FUZZ of them; settled: the screen unchanged for
  --settle seconds while the app used less than IDLE of a core), and the CPU seconds the app's
  JVM (all its threads) used meanwhile: on a machine shared with other work the wall clock grows
  with the load, the CPU time much less;
- End, Home: seconds from the key to the screen's last change after it (at most POLL late);
- peak RSS: the largest resident set of the app's JVM over the whole run, in MB.

Usage (from the repo root; the file is opened as the app's argument):
  bench/window_figures.py [-s 1280x800] [--restore] [--no-wm] [--shots DIR] FILE [COMMAND]
COMMAND defaults to the README's javafx:run with -Djavafx.args=FILE. --restore instead puts FILE
where the autosave of a crashed session is (for builds that open no file argument) and runs
COMMAND as it is; --no-wm runs no window manager (the keys then reach no window). --shots writes
the screen at 1 s and 3 s after shown, once settled and after each key, as PNG files. Needs Xvfb,
openbox, xdotool, ImageMagick for --shots (Debian: xvfb openbox xdotool imagemagick). Prints one
line per figure, prefixed WINDOW-FIGURE.
"""

import argparse
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

POLL = 0.05
IDLE = 0.1  # an app using less than this share of a core is idle
FUZZ = 0.01  # the share of sampled pixels that may differ and still count as the settled screen
SAMPLE = 397  # compare every SAMPLE-th byte: a few thousand pixels per frame, plenty for a window


def app_pid(root):
    """The JVM that runs the app: the descendant of root whose command line names its main class."""
    todo = [root]
    while todo:
        pid = todo.pop()
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmd = f.read().decode(errors="replace")
            if "io.conflictexplorer.gui" in cmd and "plexus-classworlds" not in cmd:
                return pid
            kids = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True)
            todo.extend(int(k) for k in kids.stdout.split())
        except (FileNotFoundError, ProcessLookupError):
            continue
    return None


def rss_mb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except FileNotFoundError:
        pass
    return 0


def cpu_seconds(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (FileNotFoundError, ProcessLookupError):
        return 0


def window(display):
    env = dict(os.environ, DISPLAY=display)
    r = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", "Conflict Explorer"], capture_output=True, text=True, env=env
    )
    ids = r.stdout.split()
    if not ids:
        return None, None
    g = subprocess.run(["xdotool", "getwindowgeometry", ids[0]], capture_output=True, text=True, env=env).stdout
    size = next((l.split()[-1] for l in g.splitlines() if "Geometry" in l), "?")
    return ids[0], size


def differs(a, b):
    """The share of sampled bytes that differ between two frames (both sampled)."""
    n = min(len(a), len(b))
    return sum(1 for x, y in zip(a, b) if x != y) / max(1, n)


class Watch:
    """The frames the screen went through (every SAMPLE-th byte, kept only when they changed), with their times."""

    def __init__(self, fb, pid_root):
        self.fb = fb
        self.frames = []  # (time, bytes)
        self.last_hash = None
        self.pid_root = pid_root
        self.pid = None
        self.peak = 0
        self.cpu = []  # (time, the app JVM's CPU seconds so far)
        self.last = None  # the last frame, whole

    def poll(self):
        now = time.monotonic()
        with open(self.fb, "rb") as f:
            data = f.read()
        h = hashlib.md5(data).digest()
        if h != self.last_hash:
            self.frames.append((now, data[::SAMPLE]))
            self.last_hash = h
        self.last = data
        if self.pid is None:
            self.pid = app_pid(self.pid_root)
        if self.pid is not None:
            self.peak = max(self.peak, rss_mb(self.pid))
            self.cpu.append((now, cpu_seconds(self.pid)))
        return now

    def busy(self, seconds):
        """The app's CPU use over the last seconds, in cores (1: one core all the time)."""
        if not self.cpu:
            return 1
        now, used = self.cpu[-1]
        then = next(((t, c) for t, c in reversed(self.cpu) if now - t >= seconds), None)
        return 1 if then is None else (used - then[1]) / (now - then[0])

    def settle(self, quiet, timeout, since):
        """Polls until the screen has not changed for quiet seconds after since (or timeout); when it last changed."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            now = self.poll()
            # settled: the screen still, and the app idle (a busy app may change the screen yet)
            if now - max(since, self.frames[-1][0]) >= quiet and self.busy(quiet) < IDLE:
                break
            time.sleep(POLL)
        return self.frames[-1][0]


def shot(folder, frame, name):
    """Writes frame (the frame buffer's XWD image) to folder/name.png."""
    if folder:
        os.makedirs(folder, exist_ok=True)
        subprocess.run(["convert", "xwd:-", os.path.join(folder, name + ".png")], input=frame)
        print(f"WINDOW-SHOT {os.path.join(folder, name + '.png')}")


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("-s", "--size", default="1280x800")
    p.add_argument("--restore", action="store_true")
    p.add_argument("--no-wm", action="store_true", help="no window manager (as the issue measured the old builds)")
    p.add_argument("--settle", type=float, default=8, help="seconds without change that count as settled")
    p.add_argument("--timeout", type=float, default=180)
    p.add_argument("--shots", help="a folder for the settled screen and one after each key (PNG, needs ImageMagick)")
    p.add_argument("file")
    p.add_argument("command", nargs="?")
    a = p.parse_args()
    file = os.path.abspath(a.file)
    command = a.command or f'./mvnw -q -o compile javafx:run -pl gui -am -Djavafx.args="{file}"'
    home = tempfile.mkdtemp(prefix="ce-home-")
    if a.restore:  # a crashed session's autosave: the app restores it at start
        shutil.copy(file, os.path.join(home, "autosave.json"))
        with open(os.path.join(home, "session.lock"), "w") as f:
            f.write("0")
    fb = tempfile.mkdtemp(prefix="ce-fb-")
    display = f":{600 + os.getpid() % 300}"
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", f"{a.size}x24", "-fbdir", fb, "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1)
    env = dict(os.environ, DISPLAY=display)
    env["JDK_JAVA_OPTIONS"] = (env.get("JDK_JAVA_OPTIONS", "") + f" -Dconflictexplorer.home={home}").strip()
    wm = subprocess.Popen(
        ["sleep" if a.no_wm else "openbox"] + (["100000"] if a.no_wm else []),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(0.5)
    log = open(os.path.join(home, "app.log"), "w")
    t0 = time.monotonic()
    app = subprocess.Popen(["bash", "-c", command], env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    watch = Watch(os.path.join(fb, "Xvfb_screen0"), app.pid)
    try:
        shown = None
        shots = set()
        small_until = None
        win = None
        while time.monotonic() - t0 < a.timeout:
            now = watch.poll()
            win, size = window(display)
            if win and shown is None:
                shown = now
                empty = watch.frames[-1][1]
            if shown is not None:
                for second in [1, 3]:
                    if now - shown >= second and f"shown+{second}s" not in shots:
                        shots.add(f"shown+{second}s")
                        shot(a.shots, watch.last, f"shown+{second}s")
                if size == "200x200":
                    small_until = now
                elif size != "?" and now - shown > 3:
                    break
            time.sleep(POLL)
        if shown is None:
            sys.exit(f"window_figures: no window within {a.timeout} s; see {home}/app.log")
        full = (small_until or shown) - shown
        settled = watch.settle(a.settle, a.timeout, shown)
        final = watch.frames[-1][1]
        shot(a.shots, watch.last, "settled")
        drawn = next(t for t, f in watch.frames if t >= shown and differs(f, final) <= FUZZ) - shown
        if small_until is not None and small_until > shown + drawn:
            sys.exit(f"window_figures: the window was still 200x200 when it settled; see {home}/app.log")
        paint = next((t for t, f in watch.frames if t >= shown and differs(f, empty) > FUZZ), settled) - shown
        def cpu_at(t):
            return next((c for when, c in watch.cpu if when >= t), watch.cpu[-1][1] if watch.cpu else 0)

        figures = {
            "shown after start (s)": round(shown - t0, 2),
            "drawn after start (s)": round(drawn + shown - t0, 2),
            "window at full size after shown (s)": round(full, 2),
            "first paint after shown (s)": round(paint, 2),
            "drawn after shown (s)": round(drawn, 2),
            "the app's CPU from shown to drawn (s)": round(cpu_at(shown + drawn) - cpu_at(shown), 2),
        }
        for key in ["End", "Home", "End"]:
            subprocess.run(["xdotool", "windowactivate", "--sync", win, "key", key], env=env)
            pressed = time.monotonic()
            changed = watch.settle(a.settle, 60, pressed)
            shot(a.shots, watch.last, f"after-{key}-{len(figures)}")
            figures[f"{key} (s)"] = round(max(0, changed - pressed), 2)
        figures["peak RSS of the app's JVM (MB)"] = round(watch.peak)
        load = open("/proc/loadavg").read().split()[:3]
        for k, v in figures.items():
            print(f"WINDOW-FIGURE {a.size} {k}: {v}")
        print(f"WINDOW-FIGURE {a.size} load average: {' '.join(load)}")
    finally:
        try:
            os.killpg(app.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        time.sleep(1)
        wm.terminate()
        xvfb.terminate()
        shutil.rmtree(fb, ignore_errors=True)
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
