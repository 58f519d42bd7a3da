# syntax=docker/dockerfile:1
# tickmark as an image: docker build -t tickmark .
#   docker run --rm -v "$PWD:/work" tickmark check --format sarif --output tickmark.sarif filings/annual-2023.pdf
# Build stage: the rules are compiled into the executable model here, so the image starts without a DRL compiler.
FROM maven:3-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY src ./src
# The real-document tests need the shared corpus, which is not part of the build context.
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -ntp -q -Dstyle.color=never -Dmaven.test.skip=true package

# Run stage: a JRE, the jar and its libraries beside it (the manifest's Class-Path names lib/).
FROM eclipse-temurin:17-jre
RUN groupadd --system tickmark && useradd --system --gid tickmark --home-dir /work tickmark
COPY --from=build /src/target/tickmark-0.1.0.jar /opt/tickmark/tickmark-0.1.0.jar
COPY --from=build /src/target/lib /opt/tickmark/lib
WORKDIR /work
USER tickmark
# Relative paths in SARIF are taken against the working directory: mount the repository at /work.
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xms64m", "-jar", "/opt/tickmark/tickmark-0.1.0.jar"]
CMD ["--help"]
