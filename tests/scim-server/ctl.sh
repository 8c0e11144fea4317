#!/usr/bin/env bash
# Start/stop the test SCIM service in the background (used by CTest fixtures and the demo launcher).
#
#   ctl.sh start PREFIX [server args...]   start server.js; writes PREFIX.pid, PREFIX.port, PREFIX.log;
#                                          prints the port on stdout once the server is listening
#   ctl.sh stop PREFIX                     SIGTERM, SIGKILL after 5 s; removes PREFIX.pid and PREFIX.port
#   ctl.sh status PREFIX                   prints the port and exits 0 if running, exits 1 otherwise
#
# Environment: NODE (default: node), SCIM_CTL_START_TIMEOUT (seconds, default 20).
set -u

DIR=$(cd "$(dirname "$0")" && pwd)
SERVER="$DIR/server.js"
NODE_BIN=${NODE:-node}
START_TIMEOUT=${SCIM_CTL_START_TIMEOUT:-20}

usage() {
    echo "usage: $0 start PREFIX [server args...] | stop PREFIX | status PREFIX" >&2
    exit 2
}

[ $# -ge 2 ] || usage
cmd=$1
prefix=$2
shift 2
pidfile="$prefix.pid"
portfile="$prefix.port"
logfile="$prefix.log"

# Is PID alive and (where /proc tells us) really our server.js?
is_ours() {
    local pid=$1
    [ -n "$pid" ] || return 1
    kill -0 "$pid" 2>/dev/null || return 1
    if [ -r "/proc/$pid/cmdline" ]; then
        tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q "server.js" || return 1
    fi
    return 0
}

read_pid() {
    [ -f "$pidfile" ] && tr -dc '0-9' < "$pidfile"
}

do_stop() {
    local pid
    pid=$(read_pid)
    if is_ours "$pid"; then
        kill -TERM "$pid" 2>/dev/null
        local i=0
        while kill -0 "$pid" 2>/dev/null && [ $i -lt 50 ]; do
            sleep 0.1
            i=$((i + 1))
        done
        if kill -0 "$pid" 2>/dev/null; then
            echo "ctl.sh: server $pid did not stop after SIGTERM, sending SIGKILL" >&2
            kill -KILL "$pid" 2>/dev/null
            sleep 0.1
        fi
    fi
    rm -f "$pidfile" "$portfile" "$pidfile.tmp"
    return 0
}

fail_start() {
    echo "ctl.sh: $1" >&2
    if [ -f "$logfile" ]; then
        echo "---- last lines of $logfile ----" >&2
        tail -n 30 "$logfile" >&2
    fi
    do_stop
    exit 1
}

case "$cmd" in
start)
    if is_ours "$(read_pid)"; then
        echo "ctl.sh: stopping the server already running for $prefix (pid $(read_pid))" >&2
        do_stop
    fi
    rm -f "$pidfile" "$portfile" "$pidfile.tmp"
    mkdir -p "$(dirname "$prefix")"
    launcher=()
    if command -v setsid >/dev/null 2>&1; then launcher=(setsid); fi
    # The inner sh records its own pid and then execs node, so the pid file names the server process
    # whether or not setsid forks.
    nohup "${launcher[@]}" sh -c 'echo $$ > "$0"; exec "$@"' "$pidfile.tmp" \
        "$NODE_BIN" "$SERVER" --port-file "$portfile" "$@" > "$logfile" 2>&1 < /dev/null &
    deadline=$((SECONDS + START_TIMEOUT))
    while [ ! -s "$pidfile.tmp" ]; do
        [ $SECONDS -lt $deadline ] || fail_start "server process did not start"
        sleep 0.05
    done
    mv -f "$pidfile.tmp" "$pidfile"
    pid=$(read_pid)
    while [ ! -s "$portfile" ]; do
        kill -0 "$pid" 2>/dev/null || fail_start "server exited during startup"
        [ $SECONDS -lt $deadline ] || fail_start "server did not write $portfile within ${START_TIMEOUT}s"
        sleep 0.05
    done
    tr -dc '0-9' < "$portfile"
    echo
    ;;
stop)
    do_stop
    ;;
status)
    if is_ours "$(read_pid)" && [ -s "$portfile" ]; then
        tr -dc '0-9' < "$portfile"
        echo
        exit 0
    fi
    exit 1
    ;;
*)
    usage
    ;;
esac
