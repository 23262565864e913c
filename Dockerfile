# Multi-stage build: JDK 25 to build the production bundle and jar, JRE 25 to run it.
# The image expects an external MariaDB: set SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline -Pproduction || true
COPY frontend/ frontend/
COPY src/ src/
RUN ./mvnw -B -Pproduction -DskipTests package \
 && cp target/seatkeeper-*.jar /src/seatkeeper.jar

FROM eclipse-temurin:25-jre
RUN useradd --system --home-dir /var/lib/seatkeeper --create-home seatkeeper
USER seatkeeper
WORKDIR /var/lib/seatkeeper
COPY --from=build /src/seatkeeper.jar /opt/seatkeeper/seatkeeper.jar
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75" \
    VAADIN_USAGE_STATS_ENABLED=false
EXPOSE 8080 9090
ENTRYPOINT ["java", "-jar", "/opt/seatkeeper/seatkeeper.jar"]
