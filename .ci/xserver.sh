# Sourced by the scripts that start the app on a virtual screen (.ci/package-check, .ci/first-window).
#
# start_xvfb DIR: starts Xvfb (1280x800) on a display number it picks itself (-displayfd: the first
#   free one, so two runs on one machine never share a screen), waits until it accepts clients,
#   and exports DISPLAY; sets xvfb (its pid). Fails with a message after 60 s.
# start_wm DIR: starts openbox and waits until it manages the screen (it has set
#   _NET_SUPPORTING_WM_CHECK on the root window); sets wm (its pid). Fails with openbox's own
#   message when it exits or takes over 60 s.
# wm_running: true while that window manager is alive and managing the screen.
#
# Why the waits: a machine busy with another build can take seconds to start Xvfb. An openbox
# started before Xvfb accepted clients exits at once ("Failed to open the display"), and without a
# window manager Alt+F4 is only a key for the app: the window never closes (package-check failed
# that way, 2 checks of 27).

start_xvfb() {
  local dir=$1
  : >"$dir/display"
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$dir/display" >"$dir/xvfb.log" 2>&1 &
  xvfb=$!
  local n=""
  for _ in $(seq 1 600); do
    n=$(head -1 "$dir/display" 2>/dev/null || true)
    [ -n "$n" ] && break
    kill -0 "$xvfb" 2>/dev/null || { echo "Xvfb exited at start: $(cat "$dir/xvfb.log")" >&2; return 1; }
    sleep 0.1
  done
  [ -n "$n" ] || { echo "Xvfb did not start within 60 s" >&2; return 1; }
  export DISPLAY=:$n
  # and a client gets an answer
  for _ in $(seq 1 600); do
    xdotool getdisplaygeometry >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "Xvfb on $DISPLAY does not answer within 60 s" >&2
  return 1
}

start_wm() {
  local dir=$1 try
  for try in 1 2 3 4 5; do
    openbox >"$dir/openbox.log" 2>&1 &
    wm=$!
    for _ in $(seq 1 600); do
      wm_running && return 0
      kill -0 "$wm" 2>/dev/null || break
      sleep 0.1
    done
    kill -0 "$wm" 2>/dev/null && { echo "openbox did not take the screen within 60 s" >&2; return 1; }
    # seen on a busy machine: an openbox that could not open a display which answers other clients
    echo "openbox exited at start (try $try; xdotool $(xdotool getdisplaygeometry 2>&1)): $(cat "$dir/openbox.log")" >&2
    sleep 0.5
  done
  return 1
}

wm_running() {
  kill -0 "${wm:-0}" 2>/dev/null && xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id'
}
