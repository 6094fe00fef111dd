#!/usr/bin/env bash
# Fills a database with a generated newsroom archive for the benchmark (see bench/README.md).
#
#   bench/generate.sh tiny|small|medium|large [JDBC-URL]
#
# Without a URL it writes an H2 file database under bench/out/<scale>/. The generator is test code
# (src/test/java/news/dateline/bench), run here with the test classpath, so the production jar does
# not carry it. Flyway brings the database to the app's schema first. A database that already holds
# the archive is left alone; one that holds other stories is refused.
set -euo pipefail

cd "$(dirname "$0")/.."
scale=${1:?usage: bench/generate.sh tiny|small|medium|large [JDBC-URL]}
url=${2:-"jdbc:h2:file:$PWD/bench/out/$scale/dateline;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0"}
user=${DATELINE_DB_USER:-sa}
password=${DATELINE_DB_PASSWORD:-}
if [[ $url == jdbc:postgresql:* ]]; then
	user=${DATELINE_DB_USER:-postgres}
fi
heap=${GENERATOR_HEAP:-1g}

mkdir -p bench/out
classpath_file=target/bench-classpath.txt
if [[ ! -f $classpath_file || pom.xml -nt $classpath_file || ! -d target/test-classes ]]; then
	./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=test
else
	./mvnw -q -B test-compile
fi

started=$(date +%s%N)
status=0
java -Xmx"$heap" -XX:+UseParallelGC -cp "target/test-classes:target/classes:$(cat "$classpath_file")" \
	news.dateline.bench.GenerateArchive \
	--dateline.bench.generate="$scale" \
	--spring.datasource.url="$url" \
	--spring.datasource.username="$user" \
	--spring.datasource.password="$password" \
	--logging.level.root=WARN --logging.level.news.dateline.bench=INFO || status=$?
if ((status == 0)); then
	echo "generate.sh: $scale archive ready after $((($(date +%s%N) - started) / 1000000)) ms (JVM start, migrations, inserts)"
fi
exit $status
