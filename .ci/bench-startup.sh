#!/usr/bin/env bash
# Start-up benchmark: JVM uptime at the app's first laid-out frame, over N cold starts of the real
# app (Prism software pipeline, under Xvfb when there is no screen). Usage: .ci/bench-startup.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
mvn -B -q -o compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null
classpath="target/classes:$(cat target/classpath.txt)"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
run() {
    java -Dprism.order=sw -Dguichet.home="$home" -Dguichet.autoexit.seconds=2 -cp "$classpath" \
        org.guichet.app.Launcher 2>&1 | sed -n 's/.*First frame at JVM uptime \([0-9]*\) ms.*/\1/p'
}
for i in $(seq 1 "$runs"); do
    if [ -z "${DISPLAY:-}" ]; then
        xvfb-run -a -s "-screen 0 1000x900x24" bash -c "$(declare -f run); home='$home'; classpath='$classpath'; run"
    else
        run
    fi
done | sort -n | awk '{ a[NR] = $1 } END { printf "runs=%d min=%d median=%d max=%d (ms of JVM uptime at first frame)\n", NR, a[1], a[int((NR + 1) / 2)], a[NR] }'
