#!/usr/bin/env bash
# Makes the Temporal Java time-skipping test server runnable from Maven Central and prints the
# path of a launcher that the TypeScript SDK can start as `<launcher> <port> [extraArgs]`.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

dir="$DUBAN_CACHE/test-server-$TEST_SERVER_VERSION"
launcher="$dir/temporal-test-server-v2"
archive="$dir/classes.jsa"

# The launcher is written on every run (cheap), so a cache made by an older version of this script gets
# the current one; only the Maven download and the class archive are kept.
write_launcher() {
  cat > "$launcher" <<SH
#!/usr/bin/env bash
port="\$1"; shift || true
cds=()
[[ -s "$archive" ]] && cds=(-XX:SharedArchiveFile="$archive" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off)
exec java "\${cds[@]}" -Xss4m -cp "\$(cat "$dir/classpath.txt")" io.temporal.testserver.TestServer "\$port" "\$@"
SH
  chmod +x "$launcher"
}

# A class-data archive of the server's classes (AppCDS): the JVM starts in ~0.8 s instead of ~2.5 s. The
# SDK gives an ephemeral server 5 s to answer, which a loaded 2-core machine did not always meet.
make_archive() {
  [[ -s "$archive" ]] && return 0
  local port pid
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])') || return 0
  java -XX:ArchiveClassesAtExit="$archive.tmp" -Xss4m -cp "$(cat "$dir/classpath.txt")" io.temporal.testserver.TestServer "$port" >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
  sleep 1
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  if [[ -s "$archive.tmp" ]]; then mv "$archive.tmp" "$archive"; log "class-data archive written: $archive"; else rm -f "$archive.tmp"; fi
}

if [[ -s "$dir/classpath.txt" ]]; then make_archive; write_launcher; echo "$launcher"; exit 0; fi

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
make_archive
write_launcher
log "time-skipping test server ready: $launcher"
echo "$launcher"
