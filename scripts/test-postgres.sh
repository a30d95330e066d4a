# Sourced by .ci/run: starts a throw-away PostgreSQL server on loopback for the database-portability test and
# exports DX_TEST_POSTGRES_URL. Installs Debian's postgresql package when no server binaries are present.
# Never fails the caller: without a server the test is skipped and says why.
start_test_postgres() {
    local bin port=55432 dir
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [ -z "$bin" ] && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
        echo "CI: installing PostgreSQL (Debian package) for the database-portability test"
        (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) \
            || echo "CI: could not install PostgreSQL"
        bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    fi
    if [ -z "$bin" ]; then
        echo "CI: no PostgreSQL server available; the PostgreSQL test will be skipped"
        return 0
    fi
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
        trap '"${DX_TEST_POSTGRES_STOP[@]}" >/dev/null 2>&1 || true' EXIT
        echo "CI: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
    else
        echo "CI: PostgreSQL did not start (see $dir); the PostgreSQL test will be skipped"
        cat "$dir/initdb.log" "$dir/server.log" 2>/dev/null | tail -n 5
    fi
}
start_test_postgres
