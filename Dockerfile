# Dateline's image: built with the Maven wrapper, run as an unprivileged user on a JRE.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests && cp target/dateline-*.jar /src/dateline.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home /var/lib/dateline dateline \
    && mkdir -p /var/lib/dateline/media && chown -R dateline /var/lib/dateline
WORKDIR /var/lib/dateline
COPY --from=build /src/dateline.jar /opt/dateline-build.jar
COPY deploy/cds-archive.sh /usr/local/bin/dateline-cds-archive
# Unpacked, with a class-data-sharing archive from a training start: starts about a third faster.
RUN dateline-cds-archive /opt/dateline-build.jar /opt/dateline && rm /opt/dateline-build.jar
USER dateline
EXPOSE 8080 8081
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError" \
    MALLOC_ARENA_MAX=2
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/opt/dateline/dateline.jsa", "-jar", "/opt/dateline/dateline.jar"]
