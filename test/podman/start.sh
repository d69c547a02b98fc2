#!/usr/bin/env bash
# Starts Podman's Docker-compatible API (rootful) for running docker-kata's
# track proof against Podman instead of dockerd:
#
#   export "$(bash test/podman/start.sh [STATE_DIR])"   # DOCKER_HOST=unix://...
#   DOCKER_HOST=... node bin/docker-kata.js dev check --registry 127.0.0.1:15000
#   bash test/podman/stop.sh [--purge] [STATE_DIR]
#
# STATE_DIR (default /tmp/docker-kata-podman) holds the configuration, the
# socket podman.sock, pid files, logs and the test registry's storage, plus
# STATE_DIR/env (`source` it for DOCKER_HOST and the CONTAINERS_* variables).
# Safe to re-run: a service that answers is reused, images are loaded only
# when missing or changed, the registry is reused when it answers.
# stdout gets exactly one line, DOCKER_HOST=unix://STATE_DIR/podman.sock;
# everything else goes to stderr. Exit status non-zero on any failure.
#
# Needs root (rootful podman), dockerd with the stand-in images
# (npm run test:images) and apt for what is missing (podman, curl,
# docker-registry). Podman's storage is the machine's default one
# (/var/lib/containers/storage), so run one state dir at a time, and not while
# the dockerd track runs: both publish the same host ports (5000, 8080, 8081).
set -euo pipefail

STATE=${1:-/tmp/docker-kata-podman}
REGISTRY=127.0.0.1:15000 # fixed: CI passes it to dev check --registry
IMAGES=(ubuntu:latest python:latest alpine:latest nginx:latest redis:latest memcached:latest registry:2 registry:latest)

# Keep stdout for the one DOCKER_HOST line (callers eval it); all else to stderr.
exec 3>&1 1>&2
say() { printf 'podman/start: %s\n' "$*"; }
die() {
  printf 'podman/start: %s\n' "$1"
  if [ -n "${2:-}" ] && [ -f "$2" ]; then
    printf -- '--- last lines of %s ---\n' "$2"
    tail -n 30 "$2"
  fi
  exit 1
}
[ "$(id -u)" -eq 0 ] || die "must run as root (rootful podman)"

mkdir -p "$STATE"
STATE=$(cd "$STATE" && pwd) # absolute: it ends up in a unix:// URL
SOCK=$STATE/podman.sock
URL=unix://$SOCK
# docker calls below must reach dockerd, never our podman (e.g. a re-run after `eval`).
if [ "${DOCKER_HOST:-}" = "$URL" ]; then unset DOCKER_HOST; fi

# --- packages: install only what is missing (CI machines have no podman) ----
pkgs=()
command -v podman >/dev/null 2>&1 || pkgs+=(podman)
# The config below asks for netavark; Debian's podman may pick CNI plugins instead.
[ -x /usr/lib/podman/netavark ] || [ -x /usr/libexec/podman/netavark ] || pkgs+=(netavark aardvark-dns)
command -v curl >/dev/null 2>&1 || pkgs+=(curl)
[ -x /usr/bin/docker-registry ] || pkgs+=(docker-registry)
if [ "${#pkgs[@]}" -gt 0 ]; then
  say "installing ${pkgs[*]}"
  apt-get update -qq </dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${pkgs[@]}" </dev/null >/dev/null
fi

# --- configuration, through env vars only (nothing in /etc changes) ----------
# Debian's podman prefers crun, but docker.io brings only runc.
if command -v runc >/dev/null 2>&1; then runtime=runc; else runtime=crun; fi
cat >"$STATE/containers.conf" <<EOF
[containers]
# Root here may lack CAP_SYS_RESOURCE: podman's default rlimits then fail every
# container ("error setting rlimit type 7"). Empty: containers inherit conmon's.
default_ulimits = []

[engine]
# No systemd and no journald on CI machines.
cgroup_manager = "cgroupfs"
events_logger = "file"
runtime = "$runtime"

[network]
network_backend = "netavark"
EOF
# podman, unlike dockerd, does not treat loopback registries as plain http.
cat >"$STATE/registries.conf" <<EOF
unqualified-search-registries = ["docker.io"]
short-name-mode = "permissive"

[[registry]]
location = "$REGISTRY"
insecure = true

[[registry]]
location = "localhost:5000"
insecure = true

[[registry]]
location = "127.0.0.1:5000"
insecure = true
EOF
export CONTAINERS_CONF=$STATE/containers.conf CONTAINERS_REGISTRIES_CONF=$STATE/registries.conf

# shellcheck source=test/podman/processes.sh
source "$(dirname "$0")/processes.sh"
# wait_for WHAT LOG PIDFILE WORD SECONDS COMMAND...: poll COMMAND every 0.1 s,
# bounded by count and by time; fail early if the process died. (kill -0, not
# alive: our child may not have exec'd into its final command line yet.)
wait_for() {
  local what=$1 log=$2 pidfile=$3 word=$4 limit=$5
  shift 5
  local deadline=$((SECONDS + limit)) pid
  pid=$(cat "$pidfile")
  for _ in $(seq $((limit * 10))); do
    "$@" && return 0
    kill -0 "$pid" 2>/dev/null || die "$what exited before answering" "$log"
    [ "$SECONDS" -lt "$deadline" ] || break
    sleep 0.1
  done
  "$@" && return 0
  stop_pidfile "$pidfile" "$word" 5 # a hung process would only get in the next run's way
  die "$what did not answer within $limit s" "$log"
}
ping_service() { [ "$(curl -s -m 2 --unix-socket "$SOCK" http://d/_ping 2>/dev/null)" = OK ]; }
ping_registry() { [ "$(curl -s -m 2 -o /dev/null -w '%{http_code}' "http://$REGISTRY/v2/" 2>/dev/null)" = 200 ]; }

# --- the podman service ---------------------------------------------------------
if ping_service; then
  say "reusing the podman service at $URL"
else
  # Stale socket or a hung service of ours: clean up and start anew.
  stop_pidfile "$STATE/podman.pid" "$SOCK" 5
  rm -f "$SOCK"
  say "starting podman system service at $URL (log: $STATE/service.log)"
  # setsid, and none of our fds (3 is the caller's stdout): survives the CI
  # step, and `$(start.sh)` does not wait for it to close stdout.
  setsid podman system service --time=0 "$URL" </dev/null >"$STATE/service.log" 2>&1 3>&- &
  echo $! >"$STATE/podman.pid"
  wait_for "podman system service" "$STATE/service.log" "$STATE/podman.pid" "$SOCK" 30 ping_service
fi

# --- stand-in images: copied from dockerd when missing or different -------------
# Both report the image ID as the config digest, and `podman load` of a
# `docker save` keeps it, so equal IDs mean equal images. Named as a real pull
# would name them (docker.io/library/NAME:TAG), not localhost/NAME:TAG.
declare -A docker_id podman_id
while read -r name id; do docker_id[$name]=${id#sha256:}; done < <(docker images --no-trunc --format '{{.Repository}}:{{.Tag}} {{.ID}}')
while read -r name id; do podman_id[$name]=${id#sha256:}; done < <(podman images --no-trunc --format '{{.Repository}}:{{.Tag}} {{.ID}}')
load=()
for t in "${IMAGES[@]}"; do
  [ -n "${docker_id[$t]:-}" ] || die "dockerd has no $t: run npm run test:images (sh test/images/build.sh) first"
  [ "${podman_id[docker.io/library/$t]:-}" = "${docker_id[$t]}" ] || load+=("$t")
done
if [ "${#load[@]}" -gt 0 ]; then
  say "loading into podman: ${load[*]}"
  docker save "${load[@]}" | podman load -q >/dev/null
  for t in "${load[@]}"; do
    old=${podman_id[docker.io/library/$t]:-}
    podman tag "localhost/$t" "docker.io/library/$t"
    podman untag "localhost/$t" "localhost/$t"
    # A replaced image left without a name is ours to drop (unless a container uses it).
    if [ -n "$old" ] && [ -z "$(podman image inspect --format '{{join .RepoTags ""}}' "$old" 2>/dev/null)" ]; then
      podman rmi "$old" >/dev/null 2>&1 || true
    fi
  done
  for t in "${IMAGES[@]}"; do
    got=$(podman image inspect --format '{{.Id}}' "docker.io/library/$t")
    [ "${got#sha256:}" = "${docker_id[$t]}" ] || die "podman's docker.io/library/$t is $got, dockerd's $t is ${docker_id[$t]}"
  done
else
  say "images up to date in podman (${#IMAGES[@]} tags)"
fi

# --- the test registry for `docker pull alpine` (dev check --registry) ------------
# Debian's registry binary on the host, storage in the state dir.
if ping_registry; then
  say "reusing the registry at $REGISTRY"
else
  stop_pidfile "$STATE/registry.pid" "$STATE/registry.yml" 5
  mkdir -p "$STATE/registry"
  cat >"$STATE/registry.yml" <<EOF
version: 0.1
log:
  level: warn
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: "$STATE/registry"
  delete:
    enabled: true
  maintenance:
    uploadpurging:
      enabled: false
http:
  addr: "$REGISTRY"
EOF
  say "starting the registry at $REGISTRY (log: $STATE/registry.log)"
  # REGISTRY_* variables would override the config file.
  (
    for v in $(compgen -e | grep '^REGISTRY_' || true); do unset "$v"; done
    exec setsid /usr/bin/docker-registry serve "$STATE/registry.yml" </dev/null >"$STATE/registry.log" 2>&1 3>&-
  ) &
  echo $! >"$STATE/registry.pid"
  wait_for "the registry" "$STATE/registry.log" "$STATE/registry.pid" "$STATE/registry.yml" 10 ping_registry
fi
# dev check rewrites `docker pull alpine` to REGISTRY/library/alpine: it must
# hold our alpine. Pushed through podman (plain http: the registries.conf entry).
alpine_id=${docker_id[alpine:latest]}
if curl -s -m 5 -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' \
  "http://$REGISTRY/v2/library/alpine/manifests/latest" | grep -q "sha256:$alpine_id"; then
  say "the registry holds alpine:latest"
else
  say "pushing alpine:latest to $REGISTRY/library/alpine:latest"
  podman push -q --format v2s2 docker.io/library/alpine:latest "$REGISTRY/library/alpine:latest" >/dev/null
fi
# The pull must really pull: no local image may carry the registry's name.
pulled=$REGISTRY/library/alpine:latest
if podman image exists "$pulled"; then
  podman rmi "$pulled" >/dev/null 2>&1 || podman untag "$pulled" "$pulled"
fi

# --- hand over ----------------------------------------------------------------------
printf 'export DOCKER_HOST=%q CONTAINERS_CONF=%q CONTAINERS_REGISTRIES_CONF=%q\n' \
  "$URL" "$CONTAINERS_CONF" "$CONTAINERS_REGISTRIES_CONF" >"$STATE/env"
say "ready: source $STATE/env"
printf 'DOCKER_HOST=%s\n' "$URL" >&3
