#!/usr/bin/env bash
# A second Docker daemon beside the machine's, for running tests side by side without touching each other:
# its own data root, exec root, containerd namespace, socket and pid file, inside its own network namespace
# (its own 127.0.0.1, iptables and docker0), so published ports never collide with the first daemon's.
#
#   bash test/engines/netns-dockerd.sh start NAME   → prints the socket: export DOCKER_HOST=unix://…
#   bash test/engines/netns-dockerd.sh stop NAME
#
# Anything that connects to a published port (an `http` check, dev check) must run inside the namespace too:
#   nsenter --net=/run/netns/docker-kata-NAME env DOCKER_HOST=unix:///run/docker-kata-NAME/docker.sock node bin/docker-kata.js …
set -euo pipefail

action=${1:?start or stop}
name=${2:?a short name, e.g. h1}
netns=docker-kata-$name
run=/run/docker-kata-$name
data=/var/lib/docker-kata-$name
socket=$run/docker.sock

case $action in
start)
  mkdir -p "$run" "$data"
  ip netns list | grep -qw "$netns" || ip netns add "$netns"
  ip netns exec "$netns" ip link set lo up
  if [ -S "$socket" ] && DOCKER_HOST=unix://$socket docker version >/dev/null 2>&1; then
    echo "unix://$socket"
    exit 0
  fi
  # nsenter, not `ip netns exec`: that remounts /sys, which hides the cgroup mounts dockerd needs.
  nsenter --net="/run/netns/$netns" dockerd \
    --data-root "$data" --exec-root "$run/exec" --pidfile "$run/dockerd.pid" \
    --host "unix://$socket" --containerd-namespace "$netns" --containerd-plugins-namespace "$netns-plugins" \
    >"$run/dockerd.log" 2>&1 </dev/null &
  for _ in $(seq 1 60); do
    DOCKER_HOST=unix://$socket docker version >/dev/null 2>&1 && break
    sleep 1
  done
  if ! DOCKER_HOST=unix://$socket docker version >/dev/null 2>&1; then
    echo "the daemon $name did not answer within 60 s; the end of $run/dockerd.log:" >&2
    tail -n 30 "$run/dockerd.log" >&2
    exit 1
  fi
  echo "unix://$socket"
  ;;
stop)
  if [ -f "$run/dockerd.pid" ]; then
    pid=$(cat "$run/dockerd.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  fi
  ip netns delete "$netns" 2>/dev/null || true
  ;;
*)
  echo "usage: $0 start|stop NAME" >&2
  exit 2
  ;;
esac
