#!/usr/bin/env bash
# Makes the Temporal Java time-skipping test server runnable from Maven Central and prints the
# path of a launcher that the TypeScript SDK can start as `<launcher> <port> [extraArgs]`.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

dir="$DUBAN_CACHE/test-server-$TEST_SERVER_VERSION"
launcher="$dir/temporal-test-server-v2"
if [[ -x "$launcher" && -s "$dir/classpath.txt" ]]; then echo "$launcher"; exit 0; fi

command -v java >/dev/null 2>&1 || die "Java (>= 11) is needed for the time-skipping test server; install a JDK"
command -v mvn >/dev/null 2>&1 || die "Maven is needed to fetch io.temporal:temporal-test-server; install maven"

log "fetching io.temporal:temporal-test-server:$TEST_SERVER_VERSION and its dependencies with Maven ..."
mkdir -p "$dir"
cat > "$dir/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>duban</groupId><artifactId>test-server-launcher</artifactId><version>1</version>
  <dependencies>
    <dependency>
      <groupId>io.temporal</groupId><artifactId>temporal-test-server</artifactId>
      <version>$TEST_SERVER_VERSION</version>
    </dependency>
  </dependencies>
</project>
POM
(cd "$dir" && mvn -B -q dependency:build-classpath -Dmdep.outputFile=classpath.tmp >&2) \
  || die "mvn could not resolve io.temporal:temporal-test-server:$TEST_SERVER_VERSION (see above)"
mv "$dir/classpath.tmp" "$dir/classpath.txt"

# TestServer's main takes `<port> [--enable-time-skipping]`. We pass no flag on purpose: without it the
# server starts with time skipping *locked*, and the TypeScript SDK unlocks it only while a client
# awaits a result (as with the SDK's own native test server). With the flag the server skips time
# while a worker is still processing a workflow task, so the 10 s task timeout "fires" at once.
cat > "$launcher" <<SH
#!/usr/bin/env bash
port="\$1"; shift || true
exec java -Xss4m -cp "\$(cat "$dir/classpath.txt")" io.temporal.testserver.TestServer "\$port" "\$@"
SH
chmod +x "$launcher"
log "time-skipping test server ready: $launcher"
echo "$launcher"
