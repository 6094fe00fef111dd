#!/bin/sh
# Unpacks Dateline's jar into a directory and records a class-data-sharing (CDS) archive there, so
# that at every later start the JVM maps the classes of Spring, Hibernate and the rest from the archive
# instead of finding, reading and verifying them one by one (README: "Start-up and memory").
#
#   deploy/cds-archive.sh JAR DIR
#   java -XX:SharedArchiveFile=DIR/dateline.jsa -jar DIR/dateline.jar
#
# The archive belongs to this jar at this place: run the script again after every upgrade, in the
# directory the application will run from. A JVM that cannot use the archive says so and starts
# without it. The training start builds the whole application context against a throwaway in-memory
# database and exits before it serves anything: no port is opened and no real data is touched.
set -eu

jar=${1:?usage: deploy/cds-archive.sh JAR DIR}
dir=${2:?usage: deploy/cds-archive.sh JAR DIR}

java -Djarmode=tools -jar "$jar" extract --destination "$dir" --application-filename dateline.jar --force >/dev/null
training=$(mktemp -d)
trap 'rm -rf "$training"' EXIT
rm -f "$dir/dateline.jsa"
if ! java -XX:ArchiveClassesAtExit="$dir/dateline.jsa" -Dspring.context.exit=onRefresh -jar "$dir/dateline.jar" \
	--spring.datasource.url="jdbc:h2:mem:cds-training;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
	--spring.datasource.username=sa --spring.datasource.password= \
	--dateline.demo.enabled=false --dateline.search.index-dir="$training/search-index" \
	--dateline.media.dir="$training/media" --logging.level.root=WARN >"$training/training.log" 2>&1; then
	tail -40 "$training/training.log" >&2
	echo "cds-archive.sh: the training start failed" >&2
	exit 1
fi
[ -s "$dir/dateline.jsa" ] || { echo "cds-archive.sh: no archive was written" >&2; exit 1; }
echo "cds-archive.sh: $dir/dateline.jar with $dir/dateline.jsa"
