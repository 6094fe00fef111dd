#!/usr/bin/env bash
# Dateline's load benchmark (see bench/README.md): one run measures the public pages with wrk, the
# same article page as a static file from nginx, comment posting, start-up time and memory.
#
#   bench/run.sh small|large|tiny [--no-cache] [--no-cds] [--profile] [--no-comments]
#
# Settings (environment): DURATION (s per measurement, 20), REPEATS (3), CONNECTIONS ("16 64"),
# WARMUP (s per page, 10), THREADS (wrk threads, 2), PAGES ("home article section search feed"; also
# es-home and es-article, the Spanish edition's home and the bench article's Spanish translation),
# COMMENT_CONNECTIONS (8), COMMENT_DURATION (= DURATION), DB (h2 | postgres), NGINX_PORT (18080),
# STARTUP_TIMEOUT (s, 180), INDEX_TIMEOUT (s, 900), HEAP (256m), SEARCH_PATH, FEED_PATH,
# SECTION_SLUG (world), PROFILE_PAGE (the page --profile records, article), JAR (measure this jar
# instead of building target/dateline-*.jar, e.g. to compare two builds on one archive), JAVA_OPTS
# (-XX:+UseSerialGC), MALLOC_ARENA_MAX (2). Dateline runs unpacked with a class-data-sharing archive
# (deploy/cds-archive.sh) as the Docker image runs it; --no-cds runs the jar as it is.
#
# Everything goes to 127.0.0.1 only. Every wait is bounded; whatever the script started is stopped
# when it ends, however it ends.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$PWD

scale=${1:-}
if [[ ! $scale =~ ^(tiny|small|large)$ ]]; then
	echo "usage: bench/run.sh small|large|tiny [--no-cache] [--no-cds] [--profile] [--no-comments]" >&2
	exit 2
fi
shift
no_cache=false
cds=true
profile=false
comments=true
for arg in "$@"; do
	case $arg in
		--no-cache) no_cache=true ;;
		--no-cds) cds=false ;;
		--profile) profile=true ;;
		--no-comments) comments=false ;;
		*) echo "unknown option $arg" >&2; exit 2 ;;
	esac
done

DURATION=${DURATION:-20}
# The JVM as README ("Start-up and memory") advises for a small heap: the serial collector (no
# parallel collector's per-thread structures to hold) and at most two malloc arenas.
JAVA_OPTS=${JAVA_OPTS-"-XX:+UseSerialGC"}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
REPEATS=${REPEATS:-3}
CONNECTIONS=${CONNECTIONS:-"16 64"}
WARMUP=${WARMUP:-10}
THREADS=${THREADS:-2}
PAGES=${PAGES-"home article section search feed"}
COMMENT_CONNECTIONS=${COMMENT_CONNECTIONS:-8}
COMMENT_DURATION=${COMMENT_DURATION:-$DURATION}
DB=${DB:-h2}
NGINX_PORT=${NGINX_PORT:-18080}
STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-180}
HEAP=${HEAP:-256m}
SECTION_SLUG=${SECTION_SLUG:-world}
INDEX_TIMEOUT=${INDEX_TIMEOUT:-900}
PROFILE_PAGE=${PROFILE_PAGE:-article}

. bench/common.sh
now_ms() { echo $(($(date +%s%N) / 1000000)); }

# --- tools -------------------------------------------------------------------------------------
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || missing+=(nginx-light)
command -v curl >/dev/null || missing+=(curl)
if ((${#missing[@]})); then
	if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
		log "installing ${missing[*]} (Debian packages)"
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
	else
		echo "please install: ${missing[*]} (e.g. sudo apt-get install wrk nginx-light curl)" >&2
		exit 2
	fi
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

stamp=$(date -u +%Y%m%dT%H%M%SZ)
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
out="$root/bench/out/run-$scale-$stamp"
mkdir -p "$out"
summary="$out/summary.txt"
results="$out/results.tsv"
: >"$results"

app_pid=""
nginx_pid=""
cleanup() {
	local status=$?
	if [[ -n $nginx_pid ]] && kill -0 "$nginx_pid" 2>/dev/null; then
		kill -QUIT "$nginx_pid" 2>/dev/null || true
	fi
	stop_app
	exit $status
}
stop_app() {
	if [[ -n $app_pid ]] && kill -0 "$app_pid" 2>/dev/null; then
		kill -TERM "$app_pid" 2>/dev/null || true
		for _ in $(seq 1 300); do
			kill -0 "$app_pid" 2>/dev/null || break
			sleep 0.1
		done
		kill -KILL "$app_pid" 2>/dev/null || true
		wait "$app_pid" 2>/dev/null || true
	fi
	app_pid=""
}
trap cleanup EXIT
trap 'exit 130' INT TERM
trap 'echo "run.sh: command failed at line $LINENO: $BASH_COMMAND" >&2' ERR

# --- build and archive -------------------------------------------------------------------------
jar=$(built_jar)

# As the Docker image runs it: unpacked, with a class-data-sharing archive (deploy/cds-archive.sh).
launch=(-jar "$jar")
if $cds; then
	app_dir="$root/bench/out/app"
	made_from="$(realpath "$jar") $(stat -c %Y-%s "$jar")"
	if [[ ! -f $app_dir/dateline.jsa || $(cat "$app_dir/made-from" 2>/dev/null) != "$made_from" ]]; then
		log "recording the class-data-sharing archive (deploy/cds-archive.sh)"
		deploy/cds-archive.sh "$jar" "$app_dir" >"$out/cds.log" 2>&1 || { cat "$out/cds.log"; exit 1; }
		echo "$made_from" >"$app_dir/made-from"
	fi
	launch=(-XX:SharedArchiveFile="$app_dir/dateline.jsa" -jar "$app_dir/dateline.jar")
fi

case $DB in
	h2)
		db_url="jdbc:h2:file:$root/bench/out/$scale/dateline;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0"
		db_user=sa
		;;
	postgres)
		db_name="dateline_bench_$scale"
		if ! psql -h 127.0.0.1 -U postgres -tAc "select 1 from pg_database where datname = '$db_name'" | grep -q 1; then
			psql -h 127.0.0.1 -U postgres -qc "create database $db_name"
		fi
		db_url="jdbc:postgresql://127.0.0.1:5432/$db_name?reWriteBatchedInserts=true"
		db_user=postgres
		;;
	*) echo "DB must be h2 or postgres" >&2; exit 2 ;;
esac
log "archive: $scale on $DB"
DATELINE_DB_USER=$db_user bench/generate.sh "$scale" "$db_url" >"$out/generate.log" 2>&1 || {
	tail -20 "$out/generate.log"
	exit 1
}
grep -h "generate.sh:\|Generated the" "$out/generate.log" || true

# Counts comments on the comment-posting story; on H2 only while the app is stopped (file lock).
comment_count() {
	local sql="select count(*) from comment where article_id = (select id from article where slug = 'bench-comments')"
	if [[ $DB == postgres ]]; then
		psql -h 127.0.0.1 -U postgres -d "$db_name" -tAc "$sql"
	else
		local h2
		h2=$(tr ':' '\n' <target/bench-classpath.txt | grep '/h2-[0-9.]*\.jar$' | head -1)
		java -cp "$h2" org.h2.tools.Shell -url "$db_url" -user sa -password "" -sql "$sql" | grep -E '^[0-9]+$' | tail -1
	fi
}
comments_before=""
if $comments; then
	comments_before=$(comment_count)
fi

# --- start Dateline ----------------------------------------------------------------------------
# from a random place in the range, so that runs started together (by several people) rarely pick the same
port=""
offset=$((RANDOM % 100))
for step in $(seq 0 99); do
	candidate=$((18100 + (offset + step) % 100))
	if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
		port=$candidate
		break
	fi
done
[[ -n $port ]] || { echo "no free port in 18100-18199" >&2; exit 1; }
base="http://127.0.0.1:$port"

# the management server (health, metrics) on any free port: runs by several people must not collide on 8081
app_args=(--server.address=127.0.0.1 --server.port="$port" --management.server.port=0
	--management.server.address=127.0.0.1 --spring.datasource.url="$db_url"
	--spring.datasource.username="$db_user" --spring.datasource.password=
	--dateline.demo.enabled=false --dateline.site.base-url="$base" --dateline.comments.flood-gap=0s
	--dateline.rate-limits.enabled=false --dateline.search.index-dir="$root/bench/out/$scale/search-index-$DB")
if $no_cache; then
	app_args+=(--dateline.cache.pages.enabled=false)
fi
log "starting Dateline on $base (-Xmx$HEAP$($no_cache && echo ', page cache off'))"
started_ms=$(now_ms)
java -Xmx"$HEAP" $JAVA_OPTS "${launch[@]}" "${app_args[@]}" >"$out/app.log" 2>&1 &
app_pid=$!

ready_ms=""
deadline=$((started_ms + STARTUP_TIMEOUT * 1000))
while (($(now_ms) < deadline)); do
	kill -0 "$app_pid" 2>/dev/null || { tail -30 "$out/app.log"; echo "Dateline exited during start-up" >&2; exit 1; }
	code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$base/articles/bench-article" || true)
	# a 200 counts only once our own server has the port (another run may have taken it meanwhile)
	if [[ $code == 200 ]] && grep -q "started on port $port " "$out/app.log"; then
		ready_ms=$(now_ms)
		break
	fi
	sleep 0.1
done
[[ -n $ready_ms ]] || { echo "Dateline did not serve the article page within ${STARTUP_TIMEOUT}s" >&2; exit 1; }
startup_ms=$((ready_ms - started_ms))
spring_started=$(grep -o 'Started DatelineApplication in [0-9.]* seconds' "$out/app.log" | grep -o '[0-9.]*' | head -1 || true)
log "first page served after ${startup_ms} ms (Spring Boot reports ${spring_started:-?} s)"

# The form token for comment posting, fetched now so the form is long "open" when the posts come.
token=""
token_ms=0
if $comments; then
	token=$(curl -s --max-time 120 "$base/articles/bench-comments" | grep -o 'name="token" value="[^"]*"' | head -1 |
		sed 's/.*value="\([^"]*\)"/\1/')
	token_ms=$(now_ms)
	[[ -n $token ]] || { echo "no form token on /articles/bench-comments" >&2; exit 1; }
fi

# --- pages -------------------------------------------------------------------------------------
declare -A path=([home]="/" [article]="/articles/bench-article" [section]="/sections/$SECTION_SLUG"
	[es-home]="/es" [es-article]="/es/articles/bench-article-es")
probe() { # first candidate that answers 200
	local candidate
	for candidate in "$@"; do
		if [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 60 "$base$candidate") == 200 ]]; then
			echo "$candidate"
			return
		fi
	done
}
# Searches are measured against the whole index: wait for the start-up catch-up (or rebuild) to end.
if [[ " $PAGES " == *" search "* ]]; then
	index_deadline=$(($(now_ms) + INDEX_TIMEOUT * 1000))
	ready_line='Search index \(rebuilt\|caught up\|rebuild failed\).*'
	until grep -q "$ready_line" "$out/app.log"; do
		if (($(now_ms) > index_deadline)); then
			echo "the search index was not ready within ${INDEX_TIMEOUT}s" >&2
			exit 1
		fi
		sleep 1
	done
	log "$(grep -o "$ready_line" "$out/app.log" | tail -1)"
fi
read -ra candidates <<<"${SEARCH_PATH:-/search?q=election}"
path[search]=$(probe "${candidates[@]}")
read -ra candidates <<<"${FEED_PATH:-/feed.atom /feed /atom.xml /feed/atom /feeds/atom}"
path[feed]=$(probe "${candidates[@]}")
notes=()
for page in search feed; do
	[[ -n ${path[$page]} ]] || notes+=("$page: no such page in this build (set ${page^^}_PATH to measure it); skipped")
done

rss() { grep -E "^$1:" "/proc/$app_pid/status" | awk '{print int($2 / 1024)}'; }
to_ms() { # wrk's latency (850.00us, 1.20ms, 2.00s, 1.50m) in milliseconds
	awk -v v="$1" 'BEGIN {
		n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
		if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000
		printf "%.2f", n }'
}
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)] }'; }

# CPU time (user + system, in clock ticks) used so far by the processes being measured: the
# machine is shared, so requests/s moves with other people's load, while CPU time per request
# mostly does not.
measured_pids=""
cpu_ticks() {
	local pid total=0
	for pid in $measured_pids; do
		total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
	done
	echo $total
}
ticks_per_second=$(getconf CLK_TCK)

# wrk_run NAME URL CONNECTIONS DURATION [wrk args...]: one measurement, appended to results.tsv.
wrk_run() {
	local name=$1 url=$2 conns=$3 duration=$4 file cpu_before cpu_after
	shift 4
	file="$out/wrk-$name-c$conns-$(date +%s%N).txt"
	cpu_before=$(cpu_ticks)
	timeout --foreground $((duration + 60)) wrk -t"$THREADS" -c"$conns" -d"${duration}s" --timeout 10s --latency "$@" "$url" >"$file" 2>&1 || true
	cpu_after=$(cpu_ticks)
	local rps p50 p95 p99 bad requests cpu_ms
	requests=$(awk '/requests in/ {print $1}' "$file")
	cpu_ms=$(awk -v t=$((cpu_after - cpu_before)) -v hz="$ticks_per_second" -v n="${requests:-0}" \
		'BEGIN { if (n > 0) printf "%.3f", 1000 * t / hz / n; else print 0 }')
	rps=$(awk '/^Requests\/sec:/ {print $2}' "$file")
	p50=$(to_ms "$(awk '$1 == "50%" {print $2}' "$file")")
	p99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$file")")
	p95=$(awk '$1 == "p95" {printf "%.2f", $2 / 1000}' "$file")
	bad=$(awk '/Non-2xx or 3xx responses:/ {n += $NF} /Socket errors:/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}' "$file")
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$conns" "${rps:-0}" "$p50" "$p99" "$bad" "$cpu_ms" "${p95:-0}" >>"$results"
	# wrk leaves requests queued in the server when it stops; one more request waits for them
	curl -s -o /dev/null --max-time 120 "$url" || true
	echo "${rps:-0}"
}

peak_rss_load=0
measure() { # measure NAME URL: warm-up, then REPEATS runs at each connection count
	local name=$1 url=$2 conns rep rps now_rss
	timeout --foreground $((WARMUP + 60)) wrk -t"$THREADS" -c16 -d"${WARMUP}s" "$url" >/dev/null 2>&1 || true
	for conns in $CONNECTIONS; do
		for rep in $(seq 1 "$REPEATS"); do
			rm -f "$out/.rss"
			if [[ -n $app_pid ]]; then
				(sleep $((DURATION / 2 + 1)); rss VmRSS >"$out/.rss") &
			fi
			rps=$(wrk_run "$name" "$url" "$conns" "$DURATION" -s bench/latency.lua)
			if [[ -n $app_pid && -s $out/.rss ]]; then
				now_rss=$(cat "$out/.rss")
				((now_rss > peak_rss_load)) && peak_rss_load=$now_rss
			fi
			log "$name c=$conns run $rep: $rps req/s"
		done
	done
}

measured_pids=$app_pid
for page in $PAGES; do
	[[ -n ${path[$page]:-} ]] || continue
	log "measuring $page (${path[$page]})"
	measure "$page" "$base${path[$page]}"
	if [[ $page == "$PROFILE_PAGE" ]] && $profile; then
		log "profiling the $page page with JFR for ${DURATION}s (not counted)"
		jcmd "$app_pid" JFR.start name="$page" settings=profile >/dev/null
		timeout --foreground $((DURATION + 60)) wrk -t"$THREADS" -c16 -d"${DURATION}s" "$base${path[$page]}" >/dev/null 2>&1 || true
		jcmd "$app_pid" JFR.stop name="$page" filename="$out/$page.jfr" >/dev/null
	fi
done
rss_now=$(rss VmRSS)

# --- nginx serving the same article page as a static file --------------------------------------
if [[ -n ${path[article]} ]] && [[ " $PAGES " == *" article "* ]]; then
	www="$out/nginx/www/articles"
	mkdir -p "$www" "$out/nginx/temp"
	curl -s --max-time 120 "$base${path[article]}" >"$www/bench-article.html"
	cat >"$out/nginx/nginx.conf" <<-EOF
		worker_processes 2;
		pid $out/nginx/nginx.pid;
		error_log $out/nginx/error.log warn;
		events { worker_connections 1024; }
		http {
		    access_log off;
		    client_body_temp_path $out/nginx/temp/body;
		    proxy_temp_path $out/nginx/temp/proxy;
		    fastcgi_temp_path $out/nginx/temp/fastcgi;
		    uwsgi_temp_path $out/nginx/temp/uwsgi;
		    scgi_temp_path $out/nginx/temp/scgi;
		    default_type text/html;
		    sendfile on;
		    keepalive_requests 1000000;
		    server {
		        listen 127.0.0.1:$NGINX_PORT;
		        root $out/nginx/www;
		        location / { try_files \$uri \$uri.html =404; }
		    }
		}
	EOF
	"$NGINX" -e "$out/nginx/error.log" -p "$out/nginx" -c "$out/nginx/nginx.conf" -g 'daemon off;' &
	nginx_pid=$!
	nginx_url="http://127.0.0.1:$NGINX_PORT${path[article]}"
	for _ in $(seq 1 50); do
		[[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$nginx_url") == 200 ]] && break
		sleep 0.1
	done
	measured_pids=$(pgrep -P "$nginx_pid" | tr '\n' ' ')
	log "measuring nginx serving the article page as a static file"
	measure nginx "$nginx_url"
	kill -QUIT "$nginx_pid" 2>/dev/null || true
	wait "$nginx_pid" 2>/dev/null || true
	nginx_pid=""
fi

# --- comment posting ---------------------------------------------------------------------------
accepted=""
refused=""
if $comments; then
	for _ in $(seq 1 20); do # the form must have been open longer than the minimum time on page (3 s)
		(($(now_ms) - token_ms > 4000)) && break
		sleep 0.5
	done
	# posts during COMMENT_DURATION seconds, then 12 s of style-sheet requests so no post is in flight
	log "posting comments: $COMMENT_CONNECTIONS connections for ${COMMENT_DURATION}s"
	file="$out/wrk-comments.txt"
	timeout --foreground $((COMMENT_DURATION + 72)) wrk -t"$THREADS" -c"$COMMENT_CONNECTIONS" -d"$((COMMENT_DURATION + 12))s" \
		--timeout 10s -s bench/post-comment.lua "$base/articles/bench-comments/comments" -- "$token" \
		/articles/bench-comments/comments "$stamp" "$COMMENT_DURATION" >"$file" 2>&1 || true
	accepted=$(awk '/^accepted/ {print $2}' "$file")
	refused=$(awk '/^refused/ {print $2}' "$file")
fi
rss_hwm=$(rss VmHWM)
stop_app

comments_after=""
if $comments; then
	comments_after=$(comment_count)
fi

# --- report ------------------------------------------------------------------------------------
declare -A nginx_rps nginx_cpu
for conns in $CONNECTIONS; do
	nginx_rps[$conns]=$(awk -F'\t' -v c="$conns" '$1 == "nginx" && $2 == c {print $3}' "$results" | median)
	nginx_cpu[$conns]=$(awk -F'\t' -v c="$conns" '$1 == "nginx" && $2 == c {print $7}' "$results" | median)
done
{
	echo "Dateline benchmark: scale=$scale db=$DB page-cache=$($no_cache && echo off || echo default) cds=$($cds && echo on || echo off)"
	echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo '+changes')"
	echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
	echo "load average (1/5/15 min) at start: $load_start; at end: $(cut -d' ' -f1-3 /proc/loadavg)"
	echo "settings: DURATION=${DURATION}s REPEATS=$REPEATS CONNECTIONS=\"$CONNECTIONS\" WARMUP=${WARMUP}s THREADS=$THREADS HEAP=$HEAP JAVA_OPTS=\"$JAVA_OPTS\" MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX"
	echo
	printf '%-10s %5s %11s %9s %9s %9s %7s %8s %11s %10s\n' page conns "req/s(med)" "p50 ms" "p95 ms" "p99 ms" errors \
		"x nginx" "CPU ms/req" "x nginx"
	printf '%-10s %5s %11s %9s %9s %9s %7s %8s %11s %10s\n' "" "" "" "" "" "" "" "(req/s)" "" "(CPU/req)"
	for page in $PAGES nginx; do
		for conns in $CONNECTIONS; do
			rows=$(awk -F'\t' -v p="$page" -v c="$conns" '$1 == p && $2 == c' "$results")
			[[ -n $rows ]] || continue
			rps=$(cut -f3 <<<"$rows" | median)
			p50=$(cut -f4 <<<"$rows" | median)
			p99=$(cut -f5 <<<"$rows" | median)
			p95=$(cut -f8 <<<"$rows" | median)
			errors=$(cut -f6 <<<"$rows" | awk '{n += $1} END {print n}')
			cpu=$(cut -f7 <<<"$rows" | median)
			ratio=$(awk -v a="$rps" -v b="${nginx_rps[$conns]:-0}" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "-" }')
			cpu_ratio=$(awk -v a="$cpu" -v b="${nginx_cpu[$conns]:-0}" 'BEGIN { if (a > 0 && b > 0) printf "%.4f", b / a; else print "-" }')
			printf '%-10s %5s %11.0f %9s %9s %9s %7s %8s %11s %10s\n' "$page" "$conns" "$rps" "$p50" "$p95" "$p99" "$errors" \
				"$ratio" "$cpu" "$cpu_ratio"
		done
	done
	echo
	for pair in "es-home home" "es-article article"; do # the Spanish edition's pages beside the English ones
		read -r spanish english <<<"$pair"
		for conns in $CONNECTIONS; do
			es_rps=$(awk -F'\t' -v p="$spanish" -v c="$conns" '$1 == p && $2 == c {print $3}' "$results" | median)
			en_rps=$(awk -F'\t' -v p="$english" -v c="$conns" '$1 == p && $2 == c {print $3}' "$results" | median)
			[[ -n $es_rps && -n $en_rps ]] || continue
			es_cpu=$(awk -F'\t' -v p="$spanish" -v c="$conns" '$1 == p && $2 == c {print $7}' "$results" | median)
			en_cpu=$(awk -F'\t' -v p="$english" -v c="$conns" '$1 == p && $2 == c {print $7}' "$results" | median)
			awk -v s="$spanish" -v e="$english" -v c="$conns" -v a="$es_rps" -v b="$en_rps" -v x="$es_cpu" -v y="$en_cpu" \
				'BEGIN { printf "%s / %s at %s connections: req/s %.3f, CPU ms/req %.3f\n", s, e, c,
					(b > 0) ? a / b : 0, (y > 0) ? x / y : 0 }'
		done
	done
	echo
	echo "start-up to first served article page: ${startup_ms} ms (Spring Boot: ${spring_started:-?} s)"
	echo "Java RSS: peak ${rss_hwm} MiB (VmHWM, whole run), ${rss_now} MiB after the page runs, highest mid-run sample ${peak_rss_load} MiB (-Xmx$HEAP)"
	if $comments; then
		echo "comment posting: $accepted accepted (302), $refused refused, in ${COMMENT_DURATION}s at $COMMENT_CONNECTIONS connections" \
			"= $(awk -v a="$accepted" -v s="$COMMENT_DURATION" 'BEGIN { printf "%.0f", a / s }') comments/s"
		stored=$((comments_after - comments_before))
		if ((stored == accepted)); then
			echo "comments stored: $stored = accepted posts (none lost)"
		else
			echo "comments stored: $stored != $accepted accepted posts: MISMATCH"
		fi
	fi
	for note in "${notes[@]}"; do
		echo "note: $note"
	done
	$profile && echo "profile: $out/$PROFILE_PAGE.jfr (bench/hot-methods.sh $out/$PROFILE_PAGE.jfr)"
	echo "raw output: $out"
} | tee "$summary"
