#!/usr/bin/env bash
# npm run test:podman: starts Podman's Docker-compatible API (start.sh), runs the podman test project against it,
# and stops Podman again whatever the outcome; exits with the tests' status. Needs root, like start.sh.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
host=$(bash "$here/start.sh")
export "${host?}"
status=0
npx vitest run --project podman </dev/null || status=$?
bash "$here/stop.sh" || echo "test/podman/stop.sh failed; Podman may still run (see its state folder)" >&2
exit "$status"
