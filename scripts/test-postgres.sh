# Sourced by .ci/run: starts a throw-away PostgreSQL server on loopback for the database-portability tests and
# exports DX_TEST_POSTGRES_URL; the server and its folder are removed when the caller exits. Installs Debian's
# postgresql package when no server binaries are present. On a free port: another server (or another CI job) may
# hold the usual one. Under CI=true a server that cannot be had fails the caller, and the tests that need it fail
# instead of skipping; elsewhere they skip and say why.
free_port() { # the first port from 55432 on that nothing listens on
    local port
    for port in $(seq 55432 55531); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    return 1
}

no_test_postgres() {
    echo "CI: $1"
    if [ "${CI:-}" = true ]; then
        echo "CI: CI=true: the PostgreSQL tests must run; failing" >&2
        return 1
    fi
    echo "CI: the PostgreSQL tests will be skipped"
}

start_test_postgres() {
    local bin port dir
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [ -z "$bin" ] && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
        echo "CI: installing PostgreSQL (Debian package) for the database-portability test"
        (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) \
            || echo "CI: could not install PostgreSQL"
        bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    fi
    if [ -z "$bin" ]; then
        no_test_postgres "no PostgreSQL server available"
        return
    fi
    port=$(free_port) || { no_test_postgres "no free port in 55432-55531"; return; }
    dir=$(mktemp -d /tmp/dx-pg.XXXXXX)
    local run=()
    if [ "$(id -u)" = 0 ]; then
        id postgres >/dev/null 2>&1 || useradd --system postgres
        chown postgres "$dir"
        run=(runuser -u postgres --)
    fi
    if "${run[@]}" "$bin/initdb" -D "$dir/data" -U dx --auth=trust >"$dir/initdb.log" 2>&1 \
        && "${run[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1" start >/dev/null; then
        export DX_TEST_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$port/postgres?user=dx"
        DX_TEST_POSTGRES_STOP=("${run[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast stop)
        DX_TEST_POSTGRES_DIR="$dir"
        trap '"${DX_TEST_POSTGRES_STOP[@]}" >/dev/null 2>&1 || true; rm -rf "$DX_TEST_POSTGRES_DIR"' EXIT
        echo "CI: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
    else
        cat "$dir/initdb.log" "$dir/server.log" 2>/dev/null | tail -n 5
        no_test_postgres "PostgreSQL did not start (see $dir)"
    fi
}
start_test_postgres
