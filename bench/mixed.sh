#!/usr/bin/env bash
# Dateline under mixed traffic: readers over the whole archive (Zipf skew) plus home, section and feed
# pages, first alone, then while comments arrive at a steady rate on a few hot stories and an editor
# saves a story every few seconds, then alone again (the reads-only figure is the mean of the runs
# before and after, so a cache still warming up favours neither side); then a crawler reading
# distinct stories from the archive's long tail, each once (uncached renders); then the hottest story
# through Varnish (deploy/varnish) against nginx serving the same HTML as a file. Loopback only;
# every run and wait is bounded.
#
#   bench/mixed.sh [small|large]      (environment: DURATION 20, CONNECTIONS 16, COMMENT_RATE 20,
#                                      EDITOR_EVERY 5, WARMUP 30, HEAP 256m, CRAWL_STORIES 10000,
#                                      CRAWL_DURATION 10)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
scale=${1:-small}
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-16}
COMMENT_RATE=${COMMENT_RATE:-20}
EDITOR_EVERY=${EDITOR_EVERY:-5}
WARMUP=${WARMUP:-30}
CRAWL_STORIES=${CRAWL_STORIES:-10000}
CRAWL_DURATION=${CRAWL_DURATION:-10}
HEAP=${HEAP:-256m}
out="$root/bench/out/mixed-$scale-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
. bench/common.sh

for tool in wrk nginx varnishd; do
	command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install wrk nginx-light varnish varnish-modules" >&2; exit 1; }
done

app_pid="" varnish_pid="" nginx_conf=""
cleanup() {
	[[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
	[[ -n $varnish_pid ]] && kill "$varnish_pid" 2>/dev/null && wait "$varnish_pid" 2>/dev/null || true
	[[ -n $nginx_conf ]] && nginx -c "$nginx_conf" -s stop 2>/dev/null || true
}
trap cleanup EXIT


jar=$(built_jar)
db_url="jdbc:h2:file:$root/bench/out/$scale/dateline;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0"
[[ -f bench/out/$scale/dateline.mv.db ]] || DATELINE_DB_USER=sa bench/generate.sh "$scale" "$db_url" >"$out/generate.log" 2>&1

port=$(free_port 18200 18239)
base="http://127.0.0.1:$port"
# The editor's account: made at the archive's first start (no staff account yet), kept for later runs.
credentials="bench/out/$scale/bench-editor.txt"
[[ -f $credentials ]] || echo "mixed-load-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')" >"$credentials"
password=$(cat "$credentials")
email="bench-editor@example.org"
secret="edge$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
varnish_port=$(free_port 18240 18259)
log "starting Dateline on $base"
app_started=$SECONDS
DATELINE_ADMIN_EMAIL=$email DATELINE_ADMIN_PASSWORD=$password \
	java -Xmx"$HEAP" -XX:+UseSerialGC -jar "$jar" --server.address=127.0.0.1 --server.port="$port" \
	--management.server.port=0 --management.server.address=127.0.0.1 --spring.datasource.url="$db_url" \
	--spring.datasource.username=sa --spring.datasource.password= --dateline.demo.enabled=false \
	--dateline.site.base-url="$base" --dateline.comments.flood-gap=0s --dateline.rate-limits.enabled=false \
	--dateline.search.index-dir="$root/bench/out/$scale/search-index-h2" \
	--dateline.cache.edge.purge-urls="http://127.0.0.1:$varnish_port/" --dateline.cache.edge.secret="$secret" \
	>"$out/app.log" 2>&1 &
app_pid=$!
wait_for_page "$base/" "$app_pid" "${STARTUP_TIMEOUT:-900}" || { tail -20 "$out/app.log"; exit 1; }
startup_s=$((SECONDS - app_started))
log "first page after $startup_s s"

# Every live story, in a fixed random order: rank 1 is the hottest.
curl -s --max-time 60 "$base/sitemaps/articles-1.xml" | grep -o '<loc>[^<]*</loc>' | sed 's#<loc>[^/]*//[^/]*##; s#</loc>##' |
	shuf --random-source=<(yes) >"$out/stories.txt"
head -20 "$out/stories.txt" >"$out/hot.txt"
printf '%s\n' / /sections/world /feed.atom >>"$out/hot.txt"
log "$(wc -l <"$out/stories.txt") stories; hot set: top 20 and home, section, feed"

reads() { # reads NAME: wrk over the mixed read set
	wrk -t2 -c"$CONNECTIONS" -d"${2:-$DURATION}"s --latency -s bench/mixed-reads.lua "$base" -- "$out/stories.txt" >"$out/$1.txt" 2>&1
}
log "warm-up ${WARMUP}s"
reads warmup "$WARMUP"
log "reads only"
reads reads-only
log "reads with $COMMENT_RATE comments/s and an editor saving every ${EDITOR_EVERY}s"
python3 bench/mixed-writes.py "$base" "$DURATION" "$COMMENT_RATE" "$EDITOR_EVERY" "$out/hot.txt" "$email" "$password" \
	>"$out/writes.txt" 2>&1 &
writes_pid=$!
reads mixed
wait "$writes_pid" || true
log "reads only, again"
reads reads-only-after

# --- a crawler over the long tail: distinct stories, each read once --------------------------------
tail -n "$CRAWL_STORIES" "$out/stories.txt" >"$out/crawl-paths.txt"
log "crawler over $(wc -l <"$out/crawl-paths.txt") distinct stories of the long tail"
wrk -t2 -c"$CONNECTIONS" -d"$CRAWL_DURATION"s --latency -s bench/mixed-reads.lua "$base" -- "$out/crawl-paths.txt" crawl 2 \
	>"$out/crawl.txt" 2>&1

rss_peak=$(awk '/^VmHWM:/ {print int($2 / 1024)}' "/proc/$app_pid/status")
# --- the hottest story through Varnish, and as a file from nginx ----------------------------------
hot_article=$(head -1 "$out/stories.txt")
mkdir -p "$out/varnish" "$out/nginx/html"
chmod 755 "$out/varnish"
sed "s|@@PURGE_SECRET@@|$secret|g" deploy/varnish/dateline.vcl >"$out/varnish/dateline.vcl"
cat >"$out/varnish/backends.vcl" <<VCL
backend app { .host = "127.0.0.1"; .port = "$port"; }
acl purgers { "127.0.0.1"; }
sub dateline_backend { set req.backend_hint = app; }
VCL
chmod 644 "$out/varnish"/*.vcl
varnishd -F -a "127.0.0.1:$varnish_port" -n "$out/varnish/work" -p vcl_path="$out/varnish" -f "$out/varnish/dateline.vcl" \
	-s malloc,64m >"$out/varnish/varnishd.log" 2>&1 &
varnish_pid=$!
for _ in $(seq 1 600); do
	[[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$varnish_port$hot_article" || true) == 200 ]] && break
	sleep 0.1
done
curl -s --max-time 10 "$base$hot_article" >"$out/nginx/html/article.html"
nginx_port=$(free_port 18260 18279)
nginx_conf="$out/nginx/nginx.conf"
cat >"$nginx_conf" <<NGINX
worker_processes 2;
pid $out/nginx/nginx.pid;
error_log $out/nginx/error.log;
events { worker_connections 1024; }
http {
	access_log off;
	server {
		listen 127.0.0.1:$nginx_port;
		location / { root $out/nginx/html; default_type text/html; try_files /article.html =404; }
	}
}
NGINX
nginx -c "$nginx_conf"
log "hot story through Varnish and from nginx"
wrk -t2 -c"$CONNECTIONS" -d"$WARMUP"s "http://127.0.0.1:$varnish_port$hot_article" >/dev/null 2>&1
wrk -t2 -c"$CONNECTIONS" -d"$DURATION"s --latency "http://127.0.0.1:$varnish_port$hot_article" >"$out/varnish.txt" 2>&1
wrk -t2 -c"$CONNECTIONS" -d"$DURATION"s --latency "http://127.0.0.1:$nginx_port/" >"$out/nginx.txt" 2>&1

# --- summary -----------------------------------------------------------------------------------
rps() { grep '^Requests/sec' "$1" | awk '{print $2}'; }
pct() { grep -E "^ +$2%" "$1" | awk '{print $2}'; }
ratio() { awk -v h="$(grep '^cache hits' "$1" | awk '{print $3}')" -v m="$(grep '^cache misses' "$1" | awk '{print $3}')" \
	'BEGIN { if (h + m) printf "%.1f%%", 100 * h / (h + m); else print "-" }'; }
probe=$(awk '/^probe_hits/ {h=$2} /^probe_misses/ {m=$2} END { if (h + m) printf "%.1f%%", 100 * h / (h + m); else print "-" }' "$out/writes.txt")
{
	echo "| run ($scale, $CONNECTIONS connections, ${DURATION}s) | reads/s | p50 | p99 | hit ratio (all reads) | hit ratio (hot set) |"
	echo "| --- | --- | --- | --- | --- | --- |"
	echo "| reads only (before) | $(rps "$out/reads-only.txt") | $(pct "$out/reads-only.txt" 50) | $(pct "$out/reads-only.txt" 99) | $(ratio "$out/reads-only.txt") | - |"
	echo "| reads + $COMMENT_RATE comments/s + editor every ${EDITOR_EVERY}s | $(rps "$out/mixed.txt") | $(pct "$out/mixed.txt" 50) | $(pct "$out/mixed.txt" 99) | $(ratio "$out/mixed.txt") | $probe |"
	echo "| reads only (after) | $(rps "$out/reads-only-after.txt") | $(pct "$out/reads-only-after.txt" 50) | $(pct "$out/reads-only-after.txt" 99) | $(ratio "$out/reads-only-after.txt") | - |"
	echo "| crawler, $CRAWL_STORIES distinct long-tail stories | $(rps "$out/crawl.txt") | $(pct "$out/crawl.txt" 50) | $(pct "$out/crawl.txt" 99) | $(ratio "$out/crawl.txt") | - |"
	echo "| hot story through Varnish | $(rps "$out/varnish.txt") | $(pct "$out/varnish.txt" 50) | $(pct "$out/varnish.txt" 99) | | |"
	echo "| the same HTML from nginx | $(rps "$out/nginx.txt") | $(pct "$out/nginx.txt" 50) | $(pct "$out/nginx.txt" 99) | | |"
	echo
	awk -v a="$(rps "$out/reads-only.txt")" -v b="$(rps "$out/reads-only-after.txt")" -v m="$(rps "$out/mixed.txt")" \
		-v v="$(rps "$out/varnish.txt")" -v n="$(rps "$out/nginx.txt")" 'BEGIN {
		if (a + b > 0) printf "mixed / reads only (mean of before and after): %.2f\n", 2 * m / (a + b)
		if (n > 0) printf "Varnish / nginx on the hot story: %.2f\n", v / n }'
	echo "writers: $(tr '\n' ' ' <"$out/writes.txt")"
	echo "start-up to the first page: ${startup_s} s; Java RSS peak (VmHWM) through the reads and writes: ${rss_peak} MiB (-Xmx$HEAP)"
	echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out/summary.md"
