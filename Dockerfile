# napcheck as a service: `napcheck serve` in a container (docs/server.md, "Deployment").
#
#   docker build -t napcheck .
#   docker run --rm -p 127.0.0.1:8080:8080 --read-only --tmpfs /tmp napcheck
#
# The build stage compiles the jar with Maven on a JDK; the image holds a JRE and the jar, nothing
# else of the build. The tags are pinned: a rebuild gets the same Java and Maven, and an upgrade
# is a change to this file that review sees.

FROM maven:3.9.11-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
# Tests are the build's job (mvn verify), not the image's: they need Chromium. The Maven repository
# is kept between builds in BuildKit's cache, not in a layer.
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -q -DskipTests -Dspotless.check.skip=true package -pl nap-cli -am

FROM eclipse-temurin:17.0.16_8-jre-noble
# A user of its own, with no home and no shell; numeric, so that a platform that refuses to run
# images as root (runAsNonRoot) can tell.
RUN groupadd --system --gid 10001 napcheck \
    && useradd --system --uid 10001 --gid napcheck --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin napcheck
# The jar only, owned by root: the service cannot change it.
COPY --from=build /src/nap-cli/target/napcheck.jar /opt/napcheck/napcheck.jar
USER 10001:10001
WORKDIR /opt/napcheck
EXPOSE 8080
# curl comes with the Temurin images. /health/live answers without the bearer token.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["curl", "--fail", "--silent", "--output", "/dev/null", "http://127.0.0.1:8080/health/live"]
# Java is process 1 and gets the stop signal itself. Its heap follows the container's memory
# limit; an OutOfMemoryError ends it, for the platform to restart, rather than leave it limping.
# The image is the command: `docker run napcheck check /data/plan.yaml` runs a check instead.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/opt/napcheck/napcheck.jar"]
CMD ["serve", "--bind", "0.0.0.0", "--port", "8080"]
