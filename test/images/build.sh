#!/bin/sh
# Builds the local stand-in images the end-to-end tests use, so that no test
# ever pulls from a registry:
#
#   ubuntu:latest     CMD ["/bin/bash"], Ubuntu-like prompt, fake apt/apt-get
#   python:latest     CMD ["python3"], a tiny sh/awk stand-in for python3
#   alpine:latest     CMD ["/bin/sh"], plain busybox
#   nginx:latest      CMD ["nginx", "-g", "daemon off;"], busybox httpd on :80
#   redis:latest      CMD ["redis-server"], a few Redis commands on :6379,
#                     and redis-cli
#   memcached:latest  CMD ["memcached"], a little of memcached's protocol on
#                     :11211
#   registry:2        CMD ["/bin/registry", "serve", ...], Debian's real
#   registry:latest   registry (package docker-registry) on :5000
#
# Each one is a busybox-static root filesystem imported with `docker import`
# and labelled docker-kata.test-image=true. They are NOT the real images: only
# what the tests need is there (see the notes next to each image below). The
# bigger files inside the images (server scripts, configuration) are kept as
# files under test/images/rootfs/NAME/ and copied in.
#
# Rules:
#  - A tag that exists without our label is somebody else's image: it is used
#    as it is and never touched.
#  - Our own images carry a hash of their build input (this script, the files
#    under test/images/rootfs, the busybox binary and, for the registry, the
#    registry binary and its libraries) in the label
#    docker-kata.test-image.hash and are rebuilt only when that hash changes,
#    so a repeated run costs one `docker image inspect` per tag.
#
# Usage: sh test/images/build.sh   (npm run test:images)
# Exit status: 0 done, 1 a build failed, 2 docker, busybox-static or
# docker-registry missing.
# Set DOCKER_KATA_BUSYBOX=/path/to/static/busybox to use another busybox, and
# DOCKER_KATA_REGISTRY=/path/to/registry to use another registry binary
# (github.com/distribution/distribution, "registry serve CONFIG").

set -eu

LABEL=docker-kata.test-image
HASH_LABEL=docker-kata.test-image.hash
PROG=test/images/build.sh
HERE=$(cd "$(dirname "$0")" && pwd)
ROOTFS_FILES=$HERE/rootfs

say() { printf '%s\n' "$*"; }
die() { printf '%s: %s\n' "$PROG" "$*" >&2; exit 2; }

# --- preconditions --------------------------------------------------------

command -v docker >/dev/null 2>&1 ||
  die "the docker CLI is not installed; apt-get install docker.io"

if ! docker version --format '{{.Server.Version}}' >/dev/null 2>&1; then
  die "no Docker daemon answered at ${DOCKER_HOST:-unix:///var/run/docker.sock}; start dockerd"
fi

find_busybox() {
  # Debian's busybox (the dynamic one) also installs /bin/busybox but would not
  # run inside an image without libc, so insist on the busybox-static package.
  if command -v dpkg-query >/dev/null 2>&1 &&
    dpkg-query -W -f='${Status}' busybox-static 2>/dev/null | grep -q 'install ok installed'; then
    for candidate in /bin/busybox /usr/bin/busybox; do
      if [ -x "$candidate" ]; then
        printf '%s\n' "$candidate"
        return 0
      fi
    done
  fi
  return 1
}
if [ -n "${DOCKER_KATA_BUSYBOX:-}" ]; then
  [ -x "$DOCKER_KATA_BUSYBOX" ] || die "DOCKER_KATA_BUSYBOX=$DOCKER_KATA_BUSYBOX is not an executable file"
  BUSYBOX=$DOCKER_KATA_BUSYBOX
else
  BUSYBOX=$(find_busybox) ||
    die "busybox-static is missing (the images are built from its /bin/busybox); apt-get install busybox-static"
fi

# The registry image runs Debian's real registry.
if [ -n "${DOCKER_KATA_REGISTRY:-}" ]; then
  [ -x "$DOCKER_KATA_REGISTRY" ] || die "DOCKER_KATA_REGISTRY=$DOCKER_KATA_REGISTRY is not an executable file"
  REGISTRY=$DOCKER_KATA_REGISTRY
else
  REGISTRY=/usr/bin/docker-registry
  [ -x "$REGISTRY" ] ||
    die "docker-registry is missing (the registry image runs its /usr/bin/docker-registry); apt-get install docker-registry"
fi
command -v ldd >/dev/null 2>&1 ||
  die "ldd is missing (it lists the libraries the registry binary needs); apt-get install libc-bin"

# registry_libraries: the shared libraries and the loader the registry binary
# needs, one path a line (none for a static binary).
registry_libraries() {
  { ldd "$REGISTRY" 2>/dev/null || true; } | sed -n \
    -e 's|^.*=> \(/[^ ]*\) (0x.*$|\1|p' \
    -e 's|^[[:space:]]*\(/[^ ]*\) (0x.*$|\1|p'
}

# Everything that decides what the images contain is in this script, the
# files under rootfs/ (names and contents) and the busybox binary, so their
# hash decides whether an image must be rebuilt. The registry image adds its
# binary and libraries (REGISTRY_HASH).
INPUT_HASH=$({
  cat "$0"
  (cd "$ROOTFS_FILES" && find . -type f | LC_ALL=C sort | while IFS= read -r file; do
    printf '%s\n' "$file"
    cat "$file"
  done)
  cat "$BUSYBOX"
} | sha256sum | cut -c1-32)
# shellcheck disable=SC2046 # one word per library path
REGISTRY_HASH=$({
  printf '%s\n' "$INPUT_HASH"
  cat "$REGISTRY" $(registry_libraries)
} | sha256sum | cut -c1-32)

WORK=$(mktemp -d "${TMPDIR:-/tmp}/docker-kata-images.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- root filesystem pieces -----------------------------------------------

# rootfs_base DIR: busybox with all its applet links in /bin, the usual
# folders and users.
rootfs_base() {
  root=$1
  mkdir -p "$root/bin" "$root/sbin" "$root/etc" "$root/root" "$root/tmp" \
    "$root/var/tmp" "$root/var/log" "$root/var/lib" "$root/usr/bin" \
    "$root/usr/sbin" "$root/usr/local/bin" "$root/usr/local/lib" \
    "$root/usr/lib/docker-kata" \
    "$root/home" "$root/proc" "$root/sys" "$root/dev" "$root/run"
  ln -s ../run "$root/var/run"
  chmod 1777 "$root/tmp" "$root/var/tmp"
  chmod 700 "$root/root"
  cp "$BUSYBOX" "$root/bin/busybox"
  chmod 755 "$root/bin/busybox"
  "$BUSYBOX" --list | while IFS= read -r applet; do
    [ "$applet" = busybox ] || ln -s busybox "$root/bin/$applet"
  done
  # Scripts often start with #!/usr/bin/env.
  ln -s ../../bin/busybox "$root/usr/bin/env"
  cat >"$root/etc/passwd" <<'EOF'
root:x:0:0:root:/root:ROOTSHELL
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
EOF
  cat >"$root/etc/group" <<'EOF'
root:x:0:
daemon:x:1:
nogroup:x:65534:
EOF
  printf 'hosts: files dns\n' >"$root/etc/nsswitch.conf"
}

# add_bash DIR: /bin/bash for images whose real counterpart has bash.
#
# Busybox has no "bash" applet (a link named bash answers "bash: applet not
# found"), so /bin/bash is a script that starts busybox's ash through a link
# that is itself named bash, with argv[0] "sh" so busybox picks ash. The shell
# process then has the command name (comm) "bash": `top` and `ps` show PID 1 of
# `docker run -it ubuntu` as "{bash} sh -i", /proc/1/comm says bash and
# `pidof bash` finds it. ($0 and error messages say "sh"; `bash --version`
# answers with a stand-in line.)
add_bash() {
  root=$1
  ln -s ../../../bin/busybox "$root/usr/lib/docker-kata/bash"
  cat >"$root/bin/bash" <<'EOF'
#!/bin/sh
# docker-kata stand-in image: there is no real bash here, this is busybox ash.
case ${1:-} in
--version)
  echo "GNU bash, version 5.2.21(1)-release (x86_64-pc-linux-gnu) -- docker-kata stand-in: busybox ash"
  exit 0
  ;;
esac
if [ $# -eq 0 ] && [ -t 0 ] && [ -t 1 ]; then
  # An interactive shell: busybox ash would greet with its own banner on
  # stdout, which bash does not. Hide stdout while ash starts; the $ENV file,
  # read after the banner, gives it back.
  export ENV=/etc/docker-kata/shellrc
  exec -a sh /usr/lib/docker-kata/bash -i 3>&1 >/dev/null
fi
exec -a sh /usr/lib/docker-kata/bash "$@"
EOF
  chmod 755 "$root/bin/bash"
  mkdir -p "$root/etc/docker-kata"
  cat >"$root/etc/docker-kata/shellrc" <<'EOF'
# docker-kata stand-in image: read by the interactive shell /bin/bash starts.
# Give back the stdout that was hidden while busybox ash printed its banner.
exec 1>&3 3>&-
unset ENV
EOF
  sed -i 's|ROOTSHELL|/bin/bash|' "$root/etc/passwd"
}

# add_files DIR NAME: copy the files kept under test/images/rootfs/NAME into
# DIR. Files that start with "#!" become executable (755), the others 644, so
# the result does not depend on the modes of the checkout.
add_files() {
  (cd "$ROOTFS_FILES/$2" && find . -type f) | while IFS= read -r file; do
    mkdir -p "$(dirname "$1/$file")"
    cp "$ROOTFS_FILES/$2/$file" "$1/$file"
    if [ "$(head -c 2 "$1/$file")" = '#!' ]; then
      chmod 755 "$1/$file"
    else
      chmod 644 "$1/$file"
    fi
  done
}

# add_user DIR NAME ID HOME: a system user NAME with its own group, both ID.
add_user() {
  printf '%s:x:%s:%s:%s:%s:/usr/sbin/nologin\n' "$2" "$3" "$3" "$2" "$4" >>"$1/etc/passwd"
  printf '%s:x:%s:\n' "$2" "$3" >>"$1/etc/group"
}

# os_release_debian DIR: /etc/os-release of Debian 12, the base of the real
# python, nginx, redis and memcached images.
os_release_debian() {
  cat >"$1/etc/os-release" <<'OS'
PRETTY_NAME="Debian GNU/Linux 12 (bookworm) (docker-kata stand-in)"
NAME="Debian GNU/Linux"
VERSION_ID="12"
VERSION="12 (bookworm)"
VERSION_CODENAME=bookworm
ID=debian
OS
  printf '12.5\n' >"$1/etc/debian_version"
}

# os_release_alpine DIR: /etc/os-release and /etc/alpine-release of Alpine
# 3.20, the base of the real alpine and registry images.
os_release_alpine() {
  cat >"$1/etc/os-release" <<'OS'
NAME="Alpine Linux"
ID=alpine
VERSION_ID=3.20.0
PRETTY_NAME="Alpine Linux v3.20 (docker-kata stand-in)"
OS
  printf '3.20.0\n' >"$1/etc/alpine-release"
}

# server_base DIR: a Debian-like root filesystem with /bin/bash and the
# helpers the server scripts share (rootfs/server: /usr/lib/docker-kata/server.sh).
server_base() {
  rootfs_base "$1"
  add_bash "$1"
  os_release_debian "$1"
  add_files "$1" server
}

# build_image TAG DIR [docker import -c CHANGES...]: import DIR as TAG with our
# labels (the hash is IMAGE_HASH, set by ensure).
build_image() {
  tag=$1
  dir=$2
  shift 2
  sed -i 's|ROOTSHELL|/bin/sh|' "$dir/etc/passwd"
  tar --numeric-owner --owner=0 --group=0 -C "$dir" -cf "$dir.tar" .
  docker import \
    -m "docker-kata stand-in image built by $PROG (not the real $tag)" \
    -c "LABEL $LABEL=true $HASH_LABEL=$IMAGE_HASH" \
    "$@" "$dir.tar" "$tag" >/dev/null
}

# --- the images ------------------------------------------------------------

ENV_PATH='ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

# ubuntu:latest
#  - `docker run -it ubuntu` gives busybox ash as PID 1 (shown as bash, see
#    add_bash) with the prompt "root@<hostname>:<cwd># " like Ubuntu's.
#  - apt/apt-get are fakes that work offline: `apt update` prints a few lines,
#    `apt install [-y] PKG` says PKG "is already the newest version" for
#    packages whose commands busybox provides (iproute2 -> ip, procps -> ps,
#    top, ...) and fails like apt ("Unable to locate package") for others.
#  - ip, top, ps, ls, cat, sleep, ... are busybox applets.
build_ubuntu() {
  root=$WORK/ubuntu
  rootfs_base "$root"
  add_bash "$root"
  cat >"$root/etc/os-release" <<'EOF'
PRETTY_NAME="Ubuntu 24.04 LTS (docker-kata stand-in)"
NAME="Ubuntu"
VERSION_ID="24.04"
VERSION="24.04 LTS (Noble Numbat)"
VERSION_CODENAME=noble
ID=ubuntu
ID_LIKE=debian
UBUNTU_CODENAME=noble
EOF
  printf 'trixie/sid\n' >"$root/etc/debian_version"
  cat >"$root/usr/bin/apt-get" <<'EOF'
#!/bin/sh
# docker-kata stand-in image: a fake apt/apt-get that works offline. It installs
# nothing; packages whose commands busybox already provides are reported as
# installed, any other package cannot be found.
me=${0##*/}
provided() {
  case $1 in
  iproute2 | procps | iputils-ping | net-tools | netcat-openbsd | netcat-traditional | \
    wget | less | vim-tiny | coreutils | findutils | grep | sed | gawk | mawk | tar | \
    gzip | bzip2 | xz-utils | unzip | util-linux | hostname | bc | diffutils | \
    dnsutils | bash | dash | ncurses-bin | tzdata | ca-certificates) return 0 ;;
  esac
  return 1
}
cmd=
pkgs=
for arg in "$@"; do
  case $arg in
  -*) ;;
  *) if [ -z "$cmd" ]; then cmd=$arg; else pkgs="$pkgs $arg"; fi ;;
  esac
done
case $cmd in
update)
  echo "Hit:1 http://archive.ubuntu.com/ubuntu noble InRelease"
  echo "Hit:2 http://security.ubuntu.com/ubuntu noble-security InRelease"
  echo "Reading package lists... Done"
  if [ "$me" = apt ]; then
    echo "Building dependency tree... Done"
    echo "Reading state information... Done"
    echo "All packages are up to date."
  fi
  ;;
install)
  echo "Reading package lists... Done"
  echo "Building dependency tree... Done"
  echo "Reading state information... Done"
  for pkg in $pkgs; do
    pkg=${pkg%%=*}
    if ! provided "$pkg"; then
      echo "E: Unable to locate package $pkg (docker-kata stand-in image: only packages busybox provides are available)" >&2
      exit 100
    fi
  done
  for pkg in $pkgs; do
    echo "${pkg%%=*} is already the newest version (stand-in image)."
  done
  echo "0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded."
  ;;
upgrade | dist-upgrade | full-upgrade | autoremove | clean | autoclean)
  echo "Reading package lists... Done"
  echo "0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded."
  ;;
'')
  echo "usage: $me update | install [-y] PACKAGE... (docker-kata stand-in image)" >&2
  exit 1
  ;;
*)
  echo "E: $me $cmd is not available in the docker-kata stand-in image (only update, install, upgrade)" >&2
  exit 100
  ;;
esac
exit 0
EOF
  chmod 755 "$root/usr/bin/apt-get"
  ln -s apt-get "$root/usr/bin/apt"
  build_image "$1" "$root" \
    -c 'CMD ["/bin/bash"]' \
    -c "$ENV_PATH" \
    -c 'ENV HOME=/root' \
    -c "ENV PS1='\\u@\\h:\\w\\\$ '" \
    -c 'WORKDIR /'
}

# python:latest
#  - python3/python are a small sh + awk stand-in, NOT Python. It knows
#    `--version`/`-V` (Python 3.12.0), `-c CODE`, a script file or code on
#    stdin, and without arguments on a terminal a ">>> " prompt that ends on
#    exit(), quit() or EOF (Ctrl-D). The only statements it runs are print()
#    of string and number literals (several arguments, statements separated by
#    ";" or new lines) and exit()/quit(); imports are ignored and at the
#    prompt a bare literal echoes its value. Anything else is reported as not
#    supported (status 1).
#  - Has /bin/bash like the real (Debian-based) image.
build_python() {
  root=$WORK/python
  rootfs_base "$root"
  add_bash "$root"
  os_release_debian "$root"
  cat >"$root/usr/local/lib/docker-kata-python.awk" <<'EOF'
# docker-kata stand-in for python3: evaluates print() of literals, exit() and
# quit(). repl=1: echo bare literals, exit status 64+N for exit(N).
function trim(s) {
  sub(/^[ \t]+/, "", s)
  sub(/[ \t\r]+$/, "", s)
  return s
}
# split_on(text, sep, out): split on sep outside string literals; with
# sep ";" a "#" outside strings ends the text. Returns the number of parts.
function split_on(text, sep, out,   n, i, c, q, cur) {
  n = 0; q = ""; cur = ""
  for (i = 1; i <= length(text); i++) {
    c = substr(text, i, 1)
    if (q != "") {
      cur = cur c
      if (c == "\\") { i++; cur = cur substr(text, i, 1) }
      else if (c == q) q = ""
      continue
    }
    if (c == "\"" || c == "'") { q = c; cur = cur c; continue }
    if (sep == ";" && c == "#") break
    if (c == sep) { out[++n] = cur; cur = ""; continue }
    cur = cur c
  }
  out[++n] = cur
  return n
}
function unescape(s,   out, i, c) {
  out = ""
  for (i = 1; i <= length(s); i++) {
    c = substr(s, i, 1)
    if (c == "\\" && i < length(s)) {
      i++; c = substr(s, i, 1)
      if (c == "n") c = "\n"
      else if (c == "t") c = "\t"
    }
    out = out c
  }
  return out
}
# literal(e): sets VAL and KIND ("str" or "num"); 0 when e is not a literal.
function literal(e) {
  e = trim(e)
  if (e ~ /^"([^"\\]|\\.)*"$/ || e ~ /^'([^'\\]|\\.)*'$/) {
    VAL = unescape(substr(e, 2, length(e) - 2)); KIND = "str"; return 1
  }
  if (e ~ /^-?[0-9]+(\.[0-9]+)?$/) { VAL = e; KIND = "num"; return 1 }
  if (e == "True" || e == "False" || e == "None") { VAL = e; KIND = "num"; return 1 }
  return 0
}
function unsupported(s) {
  printf "stand-in python (docker-kata test image, not Python): cannot run: %s\n", s > "/dev/stderr"
  STATUS = 1
}
function statement(s,   inner, args, n, i, out) {
  s = trim(s)
  if (s == "" || s ~ /^(import|from)[ \t]/) return
  if (s ~ /^(exit|quit)\([ \t]*[0-9]*[ \t]*\)$/) {
    inner = s; gsub(/[^0-9]/, "", inner)
    exit_now(inner == "" ? 0 : inner + 0)
  }
  if (repl && (s == "exit" || s == "quit")) {
    print "Use " s "() or Ctrl-D (i.e. EOF) to exit"
    return
  }
  if (s ~ /^print[ \t]*\(.*\)$/) {
    inner = s; sub(/^print[ \t]*\(/, "", inner); inner = trim(substr(inner, 1, length(inner) - 1))
    out = ""
    if (inner != "") {
      n = split_on(inner, ",", args)
      for (i = 1; i <= n; i++) {
        if (!literal(args[i])) { unsupported(s); return }
        out = out (i > 1 ? " " : "") VAL
      }
    }
    print out
    return
  }
  if (repl && literal(s)) {
    if (KIND == "str") print "'" VAL "'"; else print VAL
    return
  }
  unsupported(s)
}
function exit_now(code) {
  EXITING = 1
  exit (repl ? 64 + code : code)
}
{
  n = split_on($0, ";", stmts)
  for (k = 1; k <= n; k++) {
    statement(stmts[k])
    if (STATUS && !repl) exit 1
  }
}
END {
  if (!EXITING) exit STATUS
}
EOF
  cat >"$root/usr/local/bin/python3" <<'EOF'
#!/bin/sh
# docker-kata stand-in image: this is NOT Python. It fakes just enough of
# python3 for the tests: --version/-V, -c CODE, FILE, code on stdin and an
# interactive ">>> " prompt; the code may only print() literals and exit().
VERSION=3.12.0
EVAL=/usr/local/lib/docker-kata-python.awk
case ${1:-} in
--version | -V)
  echo "Python $VERSION"
  exit 0
  ;;
-c)
  if [ $# -lt 2 ]; then
    echo "Argument expected for the -c option" >&2
    exit 2
  fi
  printf '%s\n' "$2" | awk -f "$EVAL"
  exit
  ;;
-) exec awk -f "$EVAL" ;;
-*)
  echo "stand-in python (docker-kata test image): option $1 is not supported" >&2
  exit 2
  ;;
'') ;;
*)
  if [ ! -r "$1" ]; then
    echo "$0: can't open file '$1': [Errno 2] No such file or directory" >&2
    exit 2
  fi
  exec awk -f "$EVAL" "$1"
  ;;
esac
if [ ! -t 0 ]; then
  exec awk -f "$EVAL"
fi
# Like Python, the banner and the prompts go to stderr.
echo "Python $VERSION (stand-in for tests)" >&2
echo 'Type "exit()", "quit()" or press Ctrl-D to leave.' >&2
interrupted=0
trap 'interrupted=1; printf "\nKeyboardInterrupt\n" >&2' INT
while :; do
  printf '>>> ' >&2
  interrupted=0
  if IFS= read -r line; then
    status=0
    printf '%s\n' "$line" | awk -v repl=1 -f "$EVAL" || status=$?
    if [ "$status" -ge 64 ]; then
      exit $((status - 64))
    fi
  else
    # read fails on EOF (Ctrl-D) and when Ctrl-C interrupted it.
    [ "$interrupted" = 1 ] && continue
    echo >&2
    exit 0
  fi
done
EOF
  chmod 755 "$root/usr/local/bin/python3"
  ln -s python3 "$root/usr/local/bin/python"
  build_image "$1" "$root" \
    -c 'CMD ["python3"]' \
    -c "$ENV_PATH" \
    -c 'ENV LANG=C.UTF-8' \
    -c 'ENV PYTHON_VERSION=3.12.0'
}

# alpine:latest: plain busybox, CMD ["/bin/sh"].
build_alpine() {
  root=$WORK/alpine
  rootfs_base "$root"
  os_release_alpine "$root"
  build_image "$1" "$root" \
    -c 'CMD ["/bin/sh"]' \
    -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
}

# nginx:latest (rootfs/nginx)
#  - /usr/sbin/nginx is a sh script around busybox httpd serving
#    /usr/share/nginx/html (the real "Welcome to nginx!" index.html) on port
#    80, or the first "listen" port and "root" folder in the configuration.
#  - Like nginx it stays in the foreground only with "daemon off;" in
#    /etc/nginx/nginx.conf (which, as the real one, has none) or in -g: the
#    CMD nginx -g 'daemon off;' keeps running, `docker run -d nginx nginx`
#    starts httpd in the background and stops at once.
#  - In the foreground every request is logged to stderr (docker logs).
#    `nginx -t` checks that the file exists and its braces balance and prints
#    nginx's "syntax is ok" / "test is successful" lines (on stderr, as nginx
#    does); -s stop|quit|reload work through /var/run/nginx.pid.
#  - No proxying, no Server: nginx header, no curl (busybox wget is there).
build_nginx() {
  root=$WORK/nginx
  server_base "$root"
  add_files "$root" nginx
  add_user "$root" nginx 101 /nonexistent
  mkdir -p "$root/var/log/nginx" "$root/var/cache/nginx"
  ln -s /dev/stdout "$root/var/log/nginx/access.log"
  ln -s /dev/stderr "$root/var/log/nginx/error.log"
  build_image "$1" "$root" \
    -c 'CMD ["nginx", "-g", "daemon off;"]' \
    -c 'EXPOSE 80' \
    -c "$ENV_PATH" \
    -c 'ENV NGINX_VERSION=1.25.3'
}

# redis:latest (rootfs/redis)
#  - redis-server listens on 6379 (busybox nc -ll -e), logs Redis's startup
#    lines ("Ready to accept connections tcp") and answers, in RESP, PING,
#    ECHO, SET, GET, DEL, EXISTS, INCR/DECR(BY), TYPE, KEYS, DBSIZE,
#    FLUSHALL, INFO (a few lines), SAVE/BGSAVE, SELECT, QUIT; anything else
#    gets Redis's "ERR unknown command". Options are ignored but --port.
#  - Each key is a file under /data (the WORKDIR), so data lives on in a
#    volume mounted there. Values are one line.
#  - redis-cli [-h HOST] [-p PORT] [COMMAND ARG...] prints replies as redis-cli
#    does: "value", (integer) 1, (nil) on a terminal; raw when piped.
build_redis() {
  root=$WORK/redis
  server_base "$root"
  add_files "$root" redis
  mkdir -p "$root/data"
  build_image "$1" "$root" \
    -c 'CMD ["redis-server"]' \
    -c 'EXPOSE 6379' \
    -c 'WORKDIR /data' \
    -c "$ENV_PATH" \
    -c 'ENV REDIS_VERSION=7.2.4'
}

# memcached:latest (rootfs/memcached)
#  - memcached listens on 11211 (busybox nc -ll -e) as the user memcache,
#    like the real image, and answers version (VERSION 1.6.21), stats (a few
#    STAT lines, END), set/add/replace/append/prepend, get/gets, delete,
#    incr/decr, touch, flush_all, verbosity and quit. Values are one line,
#    kept in /dev/shm; expiry times are ignored.
build_memcached() {
  root=$WORK/memcached
  server_base "$root"
  add_files "$root" memcached
  add_user "$root" memcache 11211 /home/memcache
  build_image "$1" "$root" \
    -c 'CMD ["memcached"]' \
    -c 'EXPOSE 11211' \
    -c 'USER memcache' \
    -c "$ENV_PATH" \
    -c 'ENV MEMCACHED_VERSION=1.6.21'
}

# registry:2 and registry:latest (rootfs/registry)
#  - /bin/registry is Debian's real registry (docker-registry package, i.e.
#    distribution 2.8) with the libraries ldd lists and the loader copied in,
#    also reachable as /usr/bin/docker-registry. The config (the upstream
#    image's) listens on :5000 and stores in /var/lib/registry (no VOLUME).
build_registry() {
  root=$WORK/registry
  rootfs_base "$root"
  os_release_alpine "$root"
  add_files "$root" registry
  registry_libraries | while IFS= read -r lib; do
    mkdir -p "$root$(dirname "$lib")"
    cp -L "$lib" "$root$lib"
  done
  cp "$REGISTRY" "$root/bin/registry"
  chmod 755 "$root/bin/registry"
  ln -s ../../bin/registry "$root/usr/bin/docker-registry"
  mkdir -p "$root/var/lib/registry"
  build_image "$1" "$root" \
    -c 'CMD ["/bin/registry", "serve", "/etc/docker/registry/config.yml"]' \
    -c 'EXPOSE 5000' \
    -c "$ENV_PATH"
}

# --- build what is missing or out of date ----------------------------------

# run_builder TAG BUILDER: build TAG in a subshell so that a failure stops
# with one clear line and status 1.
run_builder() {
  set +e
  (
    set -e
    "$2" "$1" </dev/null
  )
  status=$?
  set -e
  if [ "$status" -ne 0 ]; then
    printf '%s: building the stand-in %s failed (status %s)\n' "$PROG" "$1" "$status" >&2
    exit 1
  fi
}

# tag_state TAG HASH: "missing", "current" (our stand-in built from HASH),
# "stale ID" (our stand-in, from other input) or "foreign" (not ours).
tag_state() {
  info=$(docker image inspect --format \
    "{{.Id}} {{if .Config.Labels}}{{index .Config.Labels \"$LABEL\"}}|{{index .Config.Labels \"$HASH_LABEL\"}}{{end}}" \
    "$1" 2>/dev/null) || info=
  case $info in
  '') echo missing ;;
  *" true|$2") echo current ;;
  *" true|"*) echo "stale ${info%% *}" ;;
  *) echo foreign ;;
  esac
}

# drop_old ID: remove a replaced stand-in of ours, unless it still has a tag
# (someone tagged it) or a container uses it (docker rmi refuses then).
drop_old() {
  case $(docker image inspect --format '{{len .RepoTags}}' "$1" 2>/dev/null) in
  0) docker rmi "$1" >/dev/null 2>&1 || true ;;
  esac
}

# ensure HASH BUILDER TAG...: make each TAG our stand-in built from HASH (one
# build, the other tags point to the same image), leaving foreign tags alone.
ensure() {
  IMAGE_HASH=$1
  builder=$2
  shift 2
  states=
  done_tag= # a tag that already holds the current stand-in
  for tag in "$@"; do
    state=$(tag_state "$tag" "$IMAGE_HASH")
    states="$states$tag $state
"
    [ "$state" != current ] || [ -n "$done_tag" ] || done_tag=$tag
  done
  while read -r tag state old_id <&3; do
    [ -n "$tag" ] || continue
    case $state in
    current) say "$tag: up to date (docker-kata stand-in)" ;;
    foreign) say "$tag: an image that is not a docker-kata stand-in already exists; using it as it is" ;;
    *)
      if [ -n "$done_tag" ]; then
        docker tag "$done_tag" "$tag"
      else
        run_builder "$tag" "$builder"
        done_tag=$tag
      fi
      if [ "$state" = missing ]; then
        say "$tag: built (docker-kata stand-in)"
      else
        drop_old "$old_id"
        say "$tag: rebuilt, its build input changed (docker-kata stand-in)"
      fi
      ;;
    esac
  done 3<<STATES
$states
STATES
}

ensure "$INPUT_HASH" build_ubuntu ubuntu:latest
ensure "$INPUT_HASH" build_python python:latest
ensure "$INPUT_HASH" build_alpine alpine:latest
ensure "$INPUT_HASH" build_nginx nginx:latest
ensure "$INPUT_HASH" build_redis redis:latest
ensure "$INPUT_HASH" build_memcached memcached:latest
ensure "$REGISTRY_HASH" build_registry registry:2 registry:latest

# Stand-ins left without a tag (replaced while a container still used them,
# or untagged by a test) are ours to remove; those still in use stay.
for id in $(docker images -q --no-trunc -f dangling=true -f "label=$LABEL=true"); do
  docker rmi "$id" >/dev/null 2>&1 || true
done
