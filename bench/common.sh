# Shared by the bench scripts (sourced, from the repository's root): a timestamped log line, a free
# loopback port in a range, waiting for a started server's first page, and the application jar, built
# first when missing or older than the sources.

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }

# free_port FIRST LAST: the first port in the range nothing listens on, on 127.0.0.1
free_port() {
	for candidate in $(seq "$1" "$2"); do
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then echo "$candidate"; return; fi
	done
	return 1
}

# wait_for_page URL PID TIMEOUT: polls URL every 0.5 s until it answers 200; returns 1 (saying why) when
# the process PID has ended or TIMEOUT seconds have passed first
wait_for_page() {
	local url=$1 pid=$2 deadline=$((SECONDS + $3))
	until [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" || true) == 200 ]]; do
		if ! kill -0 "$pid" 2>/dev/null; then
			log "process $pid ended before $url answered" >&2
			return 1
		fi
		if ((SECONDS >= deadline)); then
			log "$url did not answer 200 within $3 s" >&2
			return 1
		fi
		sleep 0.5
	done
}

# built_jar: the jar named by JAR as it is, else target/dateline-*.jar, (re)built when stale
built_jar() {
	if [[ -n ${JAR:-} ]]; then
		echo "$JAR"
		return
	fi
	local jar
	jar=$(ls target/dateline-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)
	if [[ -z $jar || -n $(find src/main pom.xml -newer "$jar" -print -quit) ]]; then
		log "building the jar" >&2
		./mvnw -q -B -o -DskipTests package >&2
		jar=$(ls target/dateline-*.jar | grep -v -- '-plain' | head -1)
	fi
	echo "$jar"
}
