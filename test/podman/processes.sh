# shellcheck shell=bash
# Sourced by start.sh and stop.sh: the processes they start, known by pid files. Needs a `say` function.

# alive PIDFILE WORD: the pid in PIDFILE runs and its command line has WORD
# (a recycled pid must not be taken for ours).
alive() {
  local pid
  pid=$(cat "$1" 2>/dev/null) || return 1
  [ -n "$pid" ] && tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | grep -qF -- "$2"
}

# stop_pidfile PIDFILE WORD SECONDS: TERM, up to SECONDS, then KILL; the pid file goes either way.
stop_pidfile() {
  local pid
  if alive "$1" "$2"; then
    pid=$(cat "$1")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq $(($3 * 10))); do alive "$1" "$2" || break; sleep 0.1; done
    if alive "$1" "$2"; then
      say "pid $pid ignored TERM for $3 s: kill -9"
      kill -9 "$pid" 2>/dev/null || true
      sleep 0.2
    fi
  fi
  rm -f "$1"
}
