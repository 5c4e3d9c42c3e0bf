# Shared settings for duban's shell helpers: cache locations and pinned versions.
DUBAN_CACHE="${DUBAN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/duban}"
TEMPORAL_CLI_VERSION="1.5.1"            # last release that `go install` accepts (no replace directives)
TEST_SERVER_VERSION="1.31.0"            # io.temporal:temporal-test-server on Maven Central
TEMPORAL_SERVER_VERSION="1.29.1"        # go.temporal.io/server: the native cluster, and docker-compose.yml's images
TEMPORAL_UI_VERSION="2.42.1"            # github.com/temporalio/ui-server/v2: the cluster's UI, and compose's temporalio/ui
POSTGRES_MAJOR="15"                     # Debian bookworm's postgresql
log() { printf '[duban] %s\n' "$*" >&2; }
die() { printf '[duban] error: %s\n' "$*" >&2; exit 1; }

# go_install DIR PACKAGE@VERSION...: builds into a fresh folder beside DIR, so a build cut short leaves no
# half-written binary in the cache; one build at a time per DIR (flock), the second finds the first's result.
go_build_lock() { mkdir -p "$(dirname "$1")"; exec 9>"$1.lock"; flock 9; }
go_install() {
  local dir="$1"; shift
  command -v go >/dev/null 2>&1 || die "Go >= 1.24 is needed to build $* (https://go.dev/doc/install)"
  local tmp; tmp="$(mktemp -d "$dir.build.XXXXXX")"
  # -buildvcs=false: the module cache is not a VCS checkout.
  if ! (cd "$tmp" && GOBIN="$tmp" GOFLAGS=-buildvcs=false go install "$@" >&2); then
    rm -rf "$tmp"; die "go install $* failed (see above)"
  fi
  echo "$tmp"
}
