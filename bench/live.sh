#!/usr/bin/env bash
# Live coverage under load: one node (-Xmx256m by default) holds STREAMS event streams of one live
# story while an editor files one entry a second for SECONDS seconds; bench/LiveLoad.java (one NIO
# selector thread for all streams) prints the time from filing to arrival at the 50th, 99th and 100th percentile stream, and this
# script samples the node's RSS and CPU meanwhile (and the node logs its collections to gc.log). Loopback only; every run and wait is bounded.
#
#   bench/live.sh          (environment: STREAMS 5000, DURATION 60 (seconds), HEAP 256m,
#                           JAVA_OPTS (the small-node settings below), MALLOC_ARENA_MAX 2,
#                           PORTS "18360 18379": the node listens on the first free port of that range)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
STREAMS=${STREAMS:-5000}
SECONDS_RUN=${DURATION:-60}
HEAP=${HEAP:-256m}
# the small-node settings (README, "Start-up and memory"): the serial collector, the client compiler
# only (about 60 MB less code cache and compiler memory), a heap that starts small and gives back what
# it does not need (32 MB young generation, 10-30 % kept free), native memory returned to the system
# every 5 s, and two malloc arenas; they trade a third of the cached page rate for memory (bench/README.md)
JAVA_OPTS=${JAVA_OPTS-"-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms32m -Xmn32m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:TrimNativeHeapInterval=5000"}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
out="$root/bench/out/live-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
. bench/common.sh

# each stream is a socket on both sides
if (( $(ulimit -n) < STREAMS * 2 + 1000 )); then
	ulimit -n $((STREAMS * 2 + 1000)) 2>/dev/null || { echo "raise the open files limit (ulimit -n) to $((STREAMS * 2 + 1000))" >&2; exit 1; }
fi

app_pid="" sampler_pid=""
cleanup() {
	[[ -n $sampler_pid ]] && kill "$sampler_pid" 2>/dev/null || true
	[[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
}
trap cleanup EXIT


jar=$(built_jar)

port=$(free_port ${PORTS:-18360 18379})
base="http://127.0.0.1:$port"
email="live-bench@example.org"
password="live-bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
log "starting Dateline on $base (heap $HEAP, fresh database in $out)"
DATELINE_ADMIN_EMAIL=$email DATELINE_ADMIN_PASSWORD=$password DATELINE_DEMO=true \
	java -Xmx"$HEAP" $JAVA_OPTS -Xlog:gc:file="$out/gc.log" -jar "$jar" --server.port="$port" --server.address=127.0.0.1 --management.server.port=0 \
	--spring.datasource.url="jdbc:h2:file:$out/db/dateline;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0" \
	--dateline.live.max-streams=$((STREAMS + 100)) --dateline.live.max-streams-per-client=$((STREAMS + 100)) \
	--server.tomcat.max-connections=$((STREAMS + 1000)) --dateline.live.socket-buffer=512 --dateline.live.body-buffer=256 --server.max-http-request-header-size=4KB --server.tomcat.max-http-response-header-size=2KB --dateline.rate-limits.enabled=false \
	>"$out/app.log" 2>&1 &
app_pid=$!
wait_for_page "$base/" "$app_pid" 180 || { echo "Dateline did not start; see $out/app.log" >&2; exit 1; }

# the editor signs in, picks the newest story and switches it to live
jar_cookies="$out/cookies.txt"
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
sign_in() {
	token=$(curl -fs -c "$jar_cookies" -b "$jar_cookies" "$base/admin/login" | csrf)
	curl -fs -c "$jar_cookies" -b "$jar_cookies" -o /dev/null --data-urlencode "email=$email" \
		--data-urlencode "password=$password" -d "_csrf=$token" "$base/admin/login"
}
# the first administrator and the demo content are made after the server opens: sign in again until
# the stories are there (bounded)
story=""
for _ in $(seq 1 180); do
	story=$(curl -fs -c "$jar_cookies" -b "$jar_cookies" "$base/admin/articles" | grep -o '/admin/articles/[0-9]*/edit' | head -1 | grep -o '[0-9]\+' || true)
	[[ -n $story ]] && break
	sleep 1
	sign_in || true
done
[[ -n $story ]] || { echo "no story to cover; see $out/app.log" >&2; exit 1; }
token=$(curl -fs -c "$jar_cookies" -b "$jar_cookies" "$base/admin/live/$story" | csrf)
curl -fs -c "$jar_cookies" -b "$jar_cookies" -o /dev/null -d "_csrf=$token" "$base/admin/live/$story/start"
log "story $story is live; opening $STREAMS streams, then one entry a second for $SECONDS_RUN s"

( while kill -0 "$app_pid" 2>/dev/null; do
	ps -o rss=,%cpu= -p "$app_pid" | awk -v t="$(date +%s)" '{ printf "%s %d %s\n", t, $1 / 1024, $2 }'
	sleep 1
done ) >"$out/rss-cpu.txt" &
sampler_pid=$!

timeout $((SECONDS_RUN + 300)) java -Xss256k -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 bench/LiveLoad.java "$base" "$story" "$email" "$password" "$STREAMS" "$SECONDS_RUN" \
	| tee "$out/result.txt"
kill "$sampler_pid" 2>/dev/null || true
sampler_pid=""
awk '{ if ($2 > rss) rss = $2; cpu += $3; n++ } END { printf "node RSS peak %d MB, mean CPU %.0f%% (of one core) over %d s\n", rss, cpu / n, n }' \
	"$out/rss-cpu.txt" | tee -a "$out/result.txt"
log "results in $out"
