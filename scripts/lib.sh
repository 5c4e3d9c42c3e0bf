# Shared settings for duban's shell helpers: cache locations and pinned versions.
DUBAN_CACHE="${DUBAN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/duban}"
TEMPORAL_CLI_VERSION="1.5.1"            # last release that `go install` accepts (no replace directives)
TEST_SERVER_VERSION="1.31.0"            # io.temporal:temporal-test-server on Maven Central
log() { printf '[duban] %s\n' "$*" >&2; }
die() { printf '[duban] error: %s\n' "$*" >&2; exit 1; }
