#!/usr/bin/env bash
# Summarises a JFR recording's CPU samples (JDK 17 has no `jfr view`):
#
#   bench/hot-methods.sh FILE.jfr [TOP]
#
# Prints the methods most often on top of the stack (self time) and the methods most often anywhere
# on it (total time), each as a share of all samples. Only the request threads (Tomcat's http-nio-*)
# are counted, so the numbers describe serving pages.
set -euo pipefail

file=${1:?usage: bench/hot-methods.sh FILE.jfr [TOP]}
top=${2:-25}

jfr print --events jdk.ExecutionSample --stack-depth 200 "$file" | awk -v top="$top" '
	function flush() {
		if (in_sample && counted) {
			samples++
			if (first != "") self[first]++
			for (m in seen) total[m]++
		}
		delete seen
		first = ""; in_sample = 0; counted = 0
	}
	/^jdk.ExecutionSample/ { flush(); in_sample = 1; next }
	/sampledThread = "http-nio-/ { counted = 1 }
	/^[ \t]+[a-zA-Z_$][a-zA-Z0-9_$.]*\(.*\)/ && in_sample {
		frame = $1
		sub(/\(.*/, "", frame)
		if (first == "") first = frame
		seen[frame] = 1
	}
	END {
		flush()
		printf "%d samples on request threads\n\n", samples
		print "self (on top of the stack)"
		n = 0
		for (m in self) order[++n] = sprintf("%08d %s", self[m], m)
		sort_and_print(order, n, top)
		delete order
		print ""
		print "total (anywhere on the stack)"
		n = 0
		for (m in total) order[++n] = sprintf("%08d %s", total[m], m)
		sort_and_print(order, n, top)
	}
	function sort_and_print(a, n, limit,    i, j, t, count, name) {
		for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] < t; j--) a[j + 1] = a[j]; a[j + 1] = t }
		for (i = 1; i <= n && i <= limit; i++) {
			count = substr(a[i], 1, 8) + 0; name = substr(a[i], 10)
			printf "  %5.1f%%  %s\n", 100 * count / samples, name
		}
	}
'
