# Shared by the bench scripts (sourced, from the repository's root): a timestamped log line, a free
# loopback port in a range, and the application jar, built first when missing or older than the sources.

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }

# free_port FIRST LAST: the first port in the range nothing listens on, on 127.0.0.1
free_port() {
	for candidate in $(seq "$1" "$2"); do
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then echo "$candidate"; return; fi
	done
	return 1
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
		./mvnw -q -B -DskipTests package >&2
		jar=$(ls target/dateline-*.jar | grep -v -- '-plain' | head -1)
	fi
	echo "$jar"
}
