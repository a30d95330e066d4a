# Sourced by the scripts: sets JAVA_HOME to a JDK >= 21 (the default java on this machine kind is 17).
# Order: JAVA_HOME if it is >= 21, else the newest JDK under /usr/lib/jvm, /opt/java and ~/.sdkman.
java_major() {
    # The JDK's release file says it without starting a JVM (each start costs a cron run ~0.1 s); ask the JVM only
    # when a JDK has no such file.
    local v
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null | head -n 1)
    if [ -z "$v" ]; then
        v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' \
            | head -n 1)
    fi
    echo "$v"
}

find_java() {
    local candidate major best="" best_major=0
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
        major=$(java_major "$JAVA_HOME")
        if [ "${major:-0}" -ge 21 ] 2>/dev/null; then
            return 0
        fi
    fi
    # HOME may be unset (a systemd unit without User=, env -i): then there is no ~/.sdkman to look in.
    for candidate in /usr/lib/jvm/* /opt/java/* ${HOME:+"$HOME"/.sdkman/candidates/java/*}; do
        [ -x "$candidate/bin/javac" ] || continue
        major=$(java_major "$candidate")
        if [ "${major:-0}" -gt "$best_major" ] 2>/dev/null; then
            best="$candidate"
            best_major="$major"
        fi
    done
    if [ "$best_major" -lt 21 ]; then
        echo "dx-scorecard: no JDK 21 or newer found (JAVA_HOME=${JAVA_HOME:-unset}; looked in /usr/lib/jvm, /opt/java, ~/.sdkman)." >&2
        echo "dx-scorecard: install one (e.g. Temurin 25) or set JAVA_HOME to it." >&2
        return 1
    fi
    export JAVA_HOME="$best"
}

find_java || exit 2
export PATH="$JAVA_HOME/bin:$PATH"
