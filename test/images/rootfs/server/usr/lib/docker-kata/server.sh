# docker-kata stand-in images: helpers shared by the server scripts (nginx,
# redis-server, memcached and their connection handlers). Sourced, not run.
#
# A server script is PID 1 of its container, and PID 1 gets no default action
# for SIGTERM: a server that is PID 1 itself ignores `docker stop` until Docker
# kills it 10 s later. So the script starts the real work (busybox httpd or
# nc) as a child and waits for it, trapping the signals:
#
#   start_server CMD...   start CMD in the background (SERVER_PID)
#   wait_listening PORT   wait, up to 5 s, until something listens on PORT
#   wait_server           wait until the child ends. Returns its status, or
#                         0 when SIGTERM, SIGINT or SIGQUIT ended it (STOPPED
#                         then holds the signal's name). With
#                         RESTART_ON_HUP=1, SIGHUP ends it too, sets
#                         RESTART=1 and returns 0; otherwise SIGHUP is ignored.

STOPPED=
RESTART=0
SERVER_PID=

start_server() {
  RESTART=0
  "$@" &
  SERVER_PID=$!
  trap 'stop_server TERM' TERM
  trap 'stop_server INT' INT
  trap 'stop_server QUIT' QUIT
  if [ "${RESTART_ON_HUP:-0}" = 1 ]; then
    trap 'RESTART=1; stop_server' HUP
  else
    trap '' HUP
  fi
}

stop_server() {
  [ -z "${1:-}" ] || STOPPED=$1
  kill "$SERVER_PID" 2>/dev/null
}

wait_listening() {
  tries=0
  while [ "$tries" -lt 100 ]; do
    netstat -ltn 2>/dev/null | grep -q ":$1[[:space:]]" && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || return 1
    usleep 50000
    tries=$((tries + 1))
  done
  return 1
}

wait_server() {
  server_status=0
  # wait returns early when a trapped signal arrives: wait again until the
  # child is really gone (kill -0 still succeeds for a zombie, wait reaps it).
  while kill -0 "$SERVER_PID" 2>/dev/null; do
    wait "$SERVER_PID" 2>/dev/null
    server_status=$?
  done
  trap - TERM INT QUIT HUP
  if [ -n "$STOPPED" ] || [ "$RESTART" = 1 ]; then
    return 0
  fi
  return "$server_status"
}

# log_time FORMAT: the current time for log lines (busybox date has no
# sub-second format, so milliseconds are always .000 where they appear).
log_time() { date "+$1"; }

# Keys of the redis and memcached stand-ins are files in a folder:
#
#   key_path DIR KEY   prints the file for KEY: DIR/KEY when KEY is a plain
#                      name, else DIR/.x<KEY in hex>, so that any key gives a
#                      safe file name
#   key_of FILE        prints the key FILE holds (the reverse)
#   put_value FILE VALUE   replaces FILE's content (atomically: no reader
#                      sees half a value)
key_path() {
  case $2 in
  '' | .* | *[!A-Za-z0-9_.:@=+,-]*)
    printf '%s/.x%s\n' "$1" "$(printf %s "$2" | od -An -v -tx1 | tr -d ' \n')"
    ;;
  *) printf '%s/%s\n' "$1" "$2" ;;
  esac
}

key_of() {
  key_name=${1##*/}
  # shellcheck disable=SC2059 # the format is the key's \xHH escapes
  case $key_name in
  .x*) printf "$(printf %s "${key_name#.x}" | sed 's/../\\x&/g')" ;;
  *) printf '%s' "$key_name" ;;
  esac
}

put_value() {
  value_tmp="${1%/*}/.tmp-$$"
  printf %s "$2" >"$value_tmp" && mv -f "$value_tmp" "$1"
}

# byte_count STRING: the length of STRING in bytes.
byte_count() { printf %s "$1" | wc -c; }

# shellcheck disable=SC2034 # used by the scripts that source this file
CR=$(printf '\r')

# lock DIR / unlock DIR: make a read-modify-write (INCR) atomic between the
# connection handlers, with mkdir as the lock. A lock still held after 2 s is
# taken anyway: its holder has died.
lock() {
  lock_tries=0
  until mkdir "$1" 2>/dev/null; do
    lock_tries=$((lock_tries + 1))
    [ "$lock_tries" -lt 200 ] || return 0
    usleep 10000
  done
}
unlock() { rmdir "$1" 2>/dev/null; }
