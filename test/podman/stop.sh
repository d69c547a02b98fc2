#!/usr/bin/env bash
# Stops what test/podman/start.sh started for STATE_DIR:
#
#   bash test/podman/stop.sh [--purge] [STATE_DIR]   (default /tmp/docker-kata-podman)
#
# Removes every podman container (the service refuses to leave them in a sane
# state otherwise), stops the podman service and the test registry (pid files,
# TERM, bounded wait, KILL as a last resort). Images stay in podman's storage so
# the next start.sh is fast; --purge also removes podman's images and the state
# dir (registry storage, logs). Never talks to dockerd. Safe to re-run.
set -euo pipefail

STATE=/tmp/docker-kata-podman
purge=false
for arg in "$@"; do
  case $arg in
  --purge) purge=true ;;
  -*) echo "usage: $0 [--purge] [STATE_DIR]" >&2; exit 2 ;;
  *) STATE=$arg ;;
  esac
done
say() { printf 'podman/stop: %s\n' "$*" >&2; }
[ -d "$STATE" ] || { say "no state dir $STATE: nothing to stop"; exit 0; }
STATE=$(cd "$STATE" && pwd)
SOCK=$STATE/podman.sock

# shellcheck source=test/podman/processes.sh
source "$(dirname "$0")/processes.sh"
# stop WHAT PIDFILE WORD: says so, then TERM, up to 10 s, then KILL.
stop() {
  if alive "$2" "$3"; then say "stopping $1 (pid $(cat "$2"))"; fi
  stop_pidfile "$2" "$3" 10
}

# The same configuration start.sh gave the service (runtime, events, network).
if [ -f "$STATE/containers.conf" ] && command -v podman >/dev/null 2>&1; then
  export CONTAINERS_CONF=$STATE/containers.conf CONTAINERS_REGISTRIES_CONF=$STATE/registries.conf
  # Containers first: stopping the service with containers running leaves
  # conmons and netavark state behind. -t 0: no 10 s wait for shells that ignore TERM.
  n=$(podman ps -aq | wc -l)
  if [ "$n" -gt 0 ]; then
    say "removing $n podman container(s)"
    timeout 120 podman rm -af -t 0 >/dev/null
  fi
  if $purge; then
    say "--purge: removing podman's images"
    timeout 120 podman rmi -af >/dev/null || true
  fi
fi

stop "the podman service" "$STATE/podman.pid" "$SOCK"
rm -f "$SOCK"

# Each `docker exec` leaves a conmon waiting 300 s (--exit-delay) to clean up
# after its container, even once the container is gone. End those whose
# container (-c ID, bundle in podman's storage) no longer exists.
if [ -n "${CONTAINERS_CONF:-}" ]; then
  graph=$(podman info --format '{{.Store.GraphRoot}}' 2>/dev/null || echo /var/lib/containers/storage)
  for proc in /proc/[0-9]*; do
    [ "$(cat "$proc/comm" 2>/dev/null)" = conmon ] || continue
    args=$(tr '\0' ' ' 2>/dev/null <"$proc/cmdline") || continue
    case $args in *" -b $graph/"*) ;; *) continue ;; esac
    id=$(printf '%s\n' "$args" | sed -n 's/.* -c \([0-9a-f]\{64\}\) .*/\1/p')
    [ -n "$id" ] || continue
    rc=0
    podman container exists "$id" || rc=$? # 1: no such container, 125: error
    [ "$rc" -eq 1 ] || continue
    say "ending conmon ${proc#/proc/} of removed container ${id:0:12}"
    kill -9 "${proc#/proc/}" 2>/dev/null || true
  done
fi
stop "the registry" "$STATE/registry.pid" "$STATE/registry.yml"

if $purge; then
  say "--purge: removing $STATE"
  rm -rf "$STATE"
fi
say "stopped"
