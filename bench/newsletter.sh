#!/usr/bin/env bash
# Newsletter benchmark (see bench/README.md, "Newsletter"): N confirmed subscribers of the daily digest
# (100,000 by default) on a fresh H2 file database with the demo newsroom, one daily digest sent to a small
# SMTP sink on loopback (bench/smtp-sink.py). Reports messages per second and the app's RSS (sampled every
# 2 s); kills the app with kill -9 halfway, starts it again, and counts what arrived: every subscriber must
# get the digest exactly once.
#
#   bench/newsletter.sh [subscribers]
#
# Everything it writes is under bench/out/newsletter/ (database, sink log, RSS samples, app logs).
# Settings: PORT (app, the first free one in 18330-18349), SINK_PORT (2526), RATE (dateline.mail.rate per node, 2000),
# SENDERS (dateline.mail.senders, 4), BATCH (dateline.mail.batch-size, 200), HEAP (512m).
set -euo pipefail

cd "$(dirname "$0")/.."
. bench/common.sh
subscribers=${1:-100000}
port=${PORT:-$(free_port 18330 18349)}
sink_port=${SINK_PORT:-2526}
rate=${RATE:-2000}
senders=${SENDERS:-4}
batch=${BATCH:-200}
heap=${HEAP:-512m}
out=bench/out/newsletter
rm -rf "$out"
mkdir -p "$out"
db="$PWD/$out/db/dateline"
url="jdbc:h2:file:$db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0"

jar=$(built_jar)
# the H2 shell for the SQL steps, from the jar's own libraries
h2_jar="$out/h2.jar"
unzip -p "$jar" "$(unzip -Z1 "$jar" | grep '^BOOT-INF/lib/h2-[0-9.]*\.jar$' | head -1)" >"$h2_jar"

app_pid=""
sink_pid=""
cleanup() {
	[[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null || true
	[[ -n $sink_pid ]] && kill "$sink_pid" 2>/dev/null || true
}
trap cleanup EXIT

start_app() { # $1: log name; the rest: extra arguments
	local log=$1
	shift
	java -Xmx"$heap" -XX:+UseParallelGC -jar "$jar" \
		--server.port="$port" --management.server.port=0 --spring.datasource.url="$url" \
		--logging.level.root=WARN --logging.level.news.dateline=INFO "$@" >"$out/$log.log" 2>&1 &
	app_pid=$!
	wait_for_page "http://127.0.0.1:$port/" "$app_pid" 600 || {
		echo "newsletter.sh: the app did not start, see $out/$log.log" >&2
		exit 1
	}
}

sql() {
	java -cp "$h2_jar" org.h2.tools.Shell -url "$url" -user sa -password "" -sql "$1"
}

echo "== 1. schema and demo newsroom"
# no digest is due during this start (it would open today's edition before there are subscribers)
start_app prepare --dateline.demo.enabled=true --dateline.newsletter.daily-at=23:59
for _ in $(seq 1 300); do
	grep -q "Loaded the demo content" "$out/prepare.log" && break
	sleep 1
done
kill "$app_pid"
wait "$app_pid" || true
app_pid=""

echo "== 2. $subscribers confirmed subscribers of the daily digest"
sql "insert into newsletter_subscriber (email, confirmed_at, attempts_since, attempts, created_at)
     select 'bench-' || r.n || '@example.org', current_timestamp, current_timestamp, 0, current_timestamp
     from (select \"X\" as n from system_range(1, $subscribers)) r;
     insert into newsletter_subscription (subscriber_id, list_key, status, changed_at)
     select id, 'daily', 'ACTIVE', current_timestamp from newsletter_subscriber where email like 'bench-%';"

echo "== 3. the SMTP sink on 127.0.0.1:$sink_port"
python3 bench/smtp-sink.py "$sink_port" "$out/received.tsv" &
sink_pid=$!
sleep 1
touch "$out/received.tsv"

send_args=(--spring.mail.host=127.0.0.1 --spring.mail.port="$sink_port" --dateline.mail.rate="$rate"
	--dateline.mail.senders="$senders" --dateline.mail.batch-size="$batch" --dateline.mail.claim-lease=15s --dateline.mail.poll-interval=1s
	--dateline.newsletter.daily-at=00:00 --dateline.newsletter.digest-interval=5s)

sample() { # $1: phase; samples RSS (kB) and messages received every 2 s while the app runs
	while kill -0 "$app_pid" 2>/dev/null; do
		echo "$1 $(date +%s.%N) $(ps -o rss= -p "$app_pid" 2>/dev/null | tr -d ' ') $(wc -l <"$out/received.tsv") $(cut -d' ' -f1 /proc/loadavg)" \
			>>"$out/samples.txt"
		sleep 2
	done
}

echo "== 4. send; kill -9 at half"
start_app run1 "${send_args[@]}"
sample run1 &
half=$((subscribers / 2))
while (($(wc -l <"$out/received.tsv") < half)); do
	sleep 0.5
done
kill -9 "$app_pid"
wait "$app_pid" 2>/dev/null || true
at_kill=$(wc -l <"$out/received.tsv")
echo "killed at $at_kill received"

echo "== 5. restart and finish"
start_app run2 "${send_args[@]}"
sample run2 &
last=-1
still=0
while ((still < 30)); do
	now=$(wc -l <"$out/received.tsv")
	if ((now >= subscribers)) && ((now == last)); then
		still=$((still + 5))
	elif ((now == last)); then
		still=$((still + 1))
	else
		still=0
	fi
	last=$now
	sleep 2
done
kill "$app_pid"
wait "$app_pid" 2>/dev/null || true
app_pid=""

echo "== 6. count"
total=$(wc -l <"$out/received.tsv")
# the sink's own CPU time per message received, to tell whether it (not Dateline) set the pace
sink_cpu=$(awk '{ printf "%.1f", ($14 + $15) / 100 }' "/proc/$sink_pid/stat")
echo "sink CPU: ${sink_cpu} s for $total messages ($(awk -v c="$sink_cpu" -v n="$total" 'BEGIN { printf "%.2f", 1000 * c / n }') ms each)"
unique=$(cut -f1 "$out/received.tsv" | sort -u | wc -l)
twice=$(cut -f1 "$out/received.tsv" | sort | uniq -d | wc -l)
sql "select status, count(*) from mail_outbox where kind = 'digest' group by status;
     select last_error, count(*) from mail_outbox where status = 'FAILED' group by last_error;" | tee "$out/outbox.txt"
python3 - "$out/samples.txt" "$subscribers" "$total" "$unique" "$twice" "$at_kill" <<'PY'
import sys
path, subscribers, total, unique, twice, at_kill = sys.argv[1], *map(int, sys.argv[2:])
rows = [line.split() for line in open(path)]
for phase in ("run1", "run2"):
    r = [(float(t), int(rss or 0), int(n), l) for p, t, rss, n, l in rows if p == phase and rss]
    moving = [x for i, x in enumerate(r) if i > 0 and x[2] > r[i - 1][2]]
    if len(moving) >= 2:
        first = next(i for i, x in enumerate(r) if i > 0 and x[2] > r[i - 1][2]) - 1
        last = max(i for i, x in enumerate(r) if i > 0 and x[2] > r[i - 1][2])
        rate = (r[last][2] - r[first][2]) / (r[last][0] - r[first][0])
    else:
        rate = 0
    rss = [x[1] for x in r]
    loads = sorted({x[3] for x in r})
    print(f"{phase}: {rate:.0f} msg/s while sending; RSS min {min(rss) // 1024} MB, max {max(rss) // 1024} MB "
          f"over {len(r)} samples; load average {loads[0]}..{loads[-1]}")
print(f"subscribers {subscribers}, lines received {total}, distinct recipients {unique}, "
      f"recipients received twice {twice}, missing {subscribers - unique}, received before kill -9: {at_kill}")
PY
