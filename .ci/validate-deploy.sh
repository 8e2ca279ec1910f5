#!/usr/bin/env bash
# Validates the deployment descriptors without a Docker engine or a Kubernetes cluster:
#  1. docker-compose.yml parses and resolves (Debian's docker-compose `config -q`; no engine needed);
#  2. every kustomization under deploy/ renders with `kubectl kustomize` (offline);
#  3. each rendered document is a Kubernetes object (apiVersion, kind, metadata.name), every
#     Deployment/StatefulSet container has probes and resource requests/limits, and every
#     ConfigMap/Secret a workload references is part of the same rendering.
# Nothing is started: images are not built and no pod runs (see README, "What CI checks").
set -euo pipefail
cd "$(dirname "$0")/.."

apt_install() {
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null; fi
}

command -v docker-compose >/dev/null 2>&1 || apt_install docker-compose
# Debian's kubernetes-client (1.20) ships `kubectl kustomize` (kustomize v2.0.3); the manifests
# keep to fields that version understands, and newer kubectl renders them the same way.
command -v kubectl >/dev/null 2>&1 || apt_install kubernetes-client
# The python3 first on PATH may be a pyenv build that does not see Debian's python3-yaml: use Debian's then.
PY=python3
if ! "$PY" -c 'import yaml' 2>/dev/null; then
  /usr/bin/python3 -c 'import yaml' 2>/dev/null || apt_install python3 python3-yaml
  PY=/usr/bin/python3
fi

echo "== docker-compose.yml"
# Compose resolves ${VAR:-default} from the environment; defaults cover every variable.
docker-compose -f docker-compose.yml config -q
echo "   parses (docker-compose $(docker-compose version --short 2>/dev/null || echo '?'))"

echo "== deploy/keygen/KeyGen.java (compose mode)"
# The program compose and the local overlay run on first start: it must produce a matching key pair and two secrets,
# and leave an existing set alone on the second run.
keys=$(mktemp -d)
java deploy/keygen/KeyGen.java "$keys/k" >/dev/null
first=$(cat "$keys"/k/*)
java deploy/keygen/KeyGen.java "$keys/k" | grep -q "nothing generated"
[ "$first" = "$(cat "$keys"/k/*)" ] || { echo "   ERROR a second run changed the keys"; exit 1; }
openssl pkey -in "$keys/k/privateKey.pem" -pubout | cmp -s - "$keys/k/publicKey.pem" \
  || { echo "   ERROR the public key is not the private key's"; exit 1; }
(set -u; . "$keys/k/secrets.env"; [ ${#TACTFUL_INBOX_KEY} -eq 44 ] && [ ${#TACTFUL_OPTOUT_SECRET} -eq 64 ]) \
  || { echo "   ERROR secrets.env does not set both secrets"; exit 1; }
rm -rf "$keys"
echo "   a matching RSA key pair and both secrets; a second run changes nothing"

status=0
for dir in deploy/base deploy/overlays/*/; do
  dir=${dir%/}
  echo "== kubectl kustomize $dir"
  rendered=$(mktemp)
  # Newer kustomize warns (on stderr) about the deprecated-but-portable fields we keep on purpose.
  kubectl kustomize "$dir" > "$rendered" 2> >(grep -v "is deprecated" >&2 || true)
  DIR="$dir" "$PY" - "$rendered" <<'PY' || status=1
import os, sys, yaml

path = sys.argv[1]
strict = os.environ["DIR"] != "deploy/base"   # the base leaves secrets to its overlays
docs = [d for d in yaml.safe_load_all(open(path)) if d is not None]
errors = []
names = {}
for i, d in enumerate(docs):
    where = f"document {i + 1}"
    if not isinstance(d, dict):
        errors.append(f"{where}: not a mapping"); continue
    for field in ("apiVersion", "kind"):
        if not isinstance(d.get(field), str) or not d[field]:
            errors.append(f"{where}: missing {field}")
    name = (d.get("metadata") or {}).get("name")
    if not name:
        errors.append(f"{where}: missing metadata.name"); continue
    names.setdefault(d.get("kind"), set()).add(name)
    # A Job that creates objects at run time (deploy/keygen) names them; they count as rendered.
    for created in ((d.get("metadata") or {}).get("annotations") or {}).get("tactful.dev/creates", "").split(","):
        if "/" in created:
            ckind, cname = created.strip().split("/", 1)
            names.setdefault(ckind, set()).add(cname)

for d in docs:
    kind, name = d.get("kind"), d["metadata"]["name"]
    if kind not in ("Deployment", "StatefulSet"):
        continue
    spec = d.get("spec") or {}
    tmpl = (spec.get("template") or {})
    labels = (tmpl.get("metadata") or {}).get("labels") or {}
    selector = (spec.get("selector") or {}).get("matchLabels") or {}
    if not selector or any(labels.get(k) != v for k, v in selector.items()):
        errors.append(f"{kind}/{name}: selector does not match the pod labels")
    pod = tmpl.get("spec") or {}
    refs = []
    for c in pod.get("containers") or []:
        cn = f"{kind}/{name}/{c.get('name')}"
        if not c.get("image"):
            errors.append(f"{cn}: no image")
        for probe in ("readinessProbe", "livenessProbe"):
            if probe not in c:
                errors.append(f"{cn}: no {probe}")
        res = c.get("resources") or {}
        if not res.get("requests") or not (res.get("limits") or {}).get("memory"):
            errors.append(f"{cn}: resource requests and a memory limit are required")
        if name.endswith("-service"):
            paths = {c.get(p, {}).get("httpGet", {}).get("path") for p in ("readinessProbe", "livenessProbe")}
            if paths != {"/q/health/ready", "/q/health/live"}:
                errors.append(f"{cn}: probes must use /q/health/ready and /q/health/live, got {paths}")
        for ef in c.get("envFrom") or []:
            if "configMapRef" in ef: refs.append(("ConfigMap", ef["configMapRef"]["name"], False))
            if "secretRef" in ef: refs.append(("Secret", ef["secretRef"]["name"], False))
        for e in c.get("env") or []:
            vf = e.get("valueFrom") or {}
            if "secretKeyRef" in vf:
                refs.append(("Secret", vf["secretKeyRef"]["name"], vf["secretKeyRef"].get("optional", False)))
            if "configMapKeyRef" in vf:
                refs.append(("ConfigMap", vf["configMapKeyRef"]["name"], vf["configMapKeyRef"].get("optional", False)))
    for v in pod.get("volumes") or []:
        if "configMap" in v: refs.append(("ConfigMap", v["configMap"]["name"], False))
        if "secret" in v: refs.append(("Secret", v["secret"]["secretName"], False))
    if strict:
        for rkind, rname, optional in refs:
            if rname not in names.get(rkind, set()) and not optional:
                errors.append(f"{kind}/{name}: references {rkind} {rname}, which is not rendered")

for e in errors:
    print("   ERROR " + e)
kinds = ", ".join(f"{k} x{len(v)}" for k, v in sorted(names.items()))
print(f"   {len(docs)} objects: {kinds}" if not errors else f"   {len(errors)} problem(s)")
sys.exit(1 if errors else 0)
PY
  rm -f "$rendered"
done

exit $status
