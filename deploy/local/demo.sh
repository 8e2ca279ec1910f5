# Sourced by ./run-local --demo once every service is ready. Logs a sample interview and a rejection
# through the REST API, then shows the plan (with its rules and reasons) and the drafts that arrive in
# the candidate's mailbox. Uses curl, python3 (JSON, dates, MIME) and the variables of run-local.

DEMO_CANDIDATE_EMAIL=rowan@example.org

# The services run a simulated clock that started at $CLOCK_EPOCH when each service created it and
# runs $CLOCK_RATE times faster than real time. ClockProducer logs one line when it creates the clock;
# the log timestamp (UTC, see run-local) tells us where each service's clock stands now. The demo
# logs its interview "about now" on the slowest of those clocks, so the interview service never sees
# it as being in the future.
sim_now() {
  python3 - "$CLOCK_EPOCH" "$CLOCK_RATE" "$LOG_DIR/interview.log" "$LOG_DIR/planner.log" <<'PY'
import re, sys
from datetime import datetime, timezone, timedelta
epoch = datetime.strptime(sys.argv[1], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
rate = float(sys.argv[2])
now = datetime.now(timezone.utc)
clocks = []
for log in sys.argv[3:]:
    created = None
    try:
        for line in open(log, errors="replace"):
            if "Simulated clock" in line:
                m = re.search(r"(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3})", line)
                if m:
                    created = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S,%f").replace(tzinfo=timezone.utc)
    except OSError:
        pass
    # A clock not created yet starts at the epoch when it is.
    clocks.append(epoch + (now - created) * rate if created else epoch)
print(min(clocks).strftime("%Y-%m-%dT%H:%M:%SZ"))
PY
}

api() { # method url [json-body] -> prints the body; fails on HTTP >= 400
  local method=$1 url=$2 body=${3:-}
  local args=(-sS -X "$method" -H "Authorization: Bearer $TOKEN" -H "Accept: application/json" -w '\n%{http_code}')
  [ -n "$body" ] && args+=(-H "Content-Type: application/json" -H "Idempotency-Key: demo-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')" --data "$body")
  local out code
  out=$(curl "${args[@]}" "$url") || return 1
  code=${out##*$'\n'}
  out=${out%$'\n'*}
  if [ "$code" -ge 400 ]; then
    echo "HTTP $code from $method $url: $out" >&2
    return 1
  fi
  printf '%s' "$out"
}

json_field() { python3 -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }

print_plan() {
  python3 -c '
import json, sys
p = json.load(sys.stdin)
print(f"  Plan for interview {p.get(\"interviewId\")} (policy {p.get(\"policy\")}):")
for f in p.get("followUps", []):
    r = f.get("recipient") or {}
    print(f"   - {f.get(\"kind\"):<16} to {r.get(\"name\")} by {f.get(\"channel\")}, {f.get(\"status\")}, due {f.get(\"dueAtLocal\") or f.get(\"dueAt\")}")
    print(f"       {f.get(\"rule\")}: {f.get(\"reason\")}")
for s in p.get("suppressions", []):
    r = s.get("recipient")
    name = r.get("name") if isinstance(r, dict) else r
    print(f"   x nothing to {name}: {s.get(\"rule\")}: {s.get(\"reason\")}")
'
}

imap_count() {
  curl -s --max-time 5 "imap://$MAIL_HOST:$IMAP_PORT/INBOX" -u "$DEMO_CANDIDATE_EMAIL:demo" -X "SEARCH ALL" \
    | tr -d '\r' | awk '/^\* SEARCH/ { print NF - 2; found = 1 } END { if (!found) print 0 }'
}

imap_show() { # message number -> headers and the start of the plain-text part
  curl -s --max-time 5 "imap://$MAIL_HOST:$IMAP_PORT/INBOX;MAILINDEX=$1" -u "$DEMO_CANDIDATE_EMAIL:demo" | python3 -c '
import email, sys
from email import policy
m = email.message_from_binary_file(sys.stdin.buffer, policy=policy.default)
print(f"  --- mail {sys.argv[1]}: \"{m[\"Subject\"]}\"  From: {m[\"From\"]}  To: {m[\"To\"]}")
part = m.get_body(preferencelist=("plain", "html"))
text = part.get_content() if part else ""
for line in text.strip().splitlines()[:14]:
    print("      " + line)
' "$1"
}

wait_for_mail() { # count timeout-seconds
  local want=$1 deadline=$((SECONDS + $2)) n
  while true; do
    n=$(imap_count)
    [ "$n" -ge "$want" ] && return 0
    [ $SECONDS -lt $deadline ] || return 1
    sleep 1
  done
}

run_demo() {
  command -v python3 >/dev/null || { say "The demo needs python3 (JSON and MIME parsing)."; return 1; }
  local now interviewed decision body id plan before
  say "DEMO: the clock runs ${CLOCK_RATE}x (a simulated day every $((86400 / CLOCK_RATE)) s), so drafts due hours or days from now arrive within a minute."
  now=$(sim_now)
  interviewed=$(python3 -c 'import sys; from datetime import datetime, timedelta; t = datetime.strptime(sys.argv[1], "%Y-%m-%dT%H:%M:%SZ") - timedelta(hours=1); print(t.strftime("%Y-%m-%dT%H:%M:%SZ"))' "$now")
  decision=$(python3 -c 'import sys; from datetime import datetime, timedelta; t = datetime.strptime(sys.argv[1], "%Y-%m-%dT%H:%M:%SZ") + timedelta(days=7); print(t.date())' "$now")
  body=$(cat <<JSON
{
  "candidate": {"name": "Rowan Tester", "email": "$DEMO_CANDIDATE_EMAIL", "timeZone": "Europe/Berlin"},
  "company": {"name": "Northwind", "timeZone": "Asia/Tokyo"},
  "role": "Platform Engineer",
  "interviewedAt": "$interviewed",
  "durationMinutes": 60,
  "format": "VIDEO",
  "interviewers": [
    {"name": "Avery Stone", "title": "Engineering Manager", "email": "avery@northwind.example",
     "linkedinUrl": null, "preferredChannel": "EMAIL", "askedNotToFollowUp": false, "primaryContact": true},
    {"name": "Jordan Lee", "title": "Staff Engineer", "email": "jordan@northwind.example",
     "linkedinUrl": null, "preferredChannel": "EMAIL", "askedNotToFollowUp": true, "primaryContact": false}
  ],
  "agency": null,
  "decisionExpectedBy": "$decision",
  "topicsDiscussed": ["moving billing to event streaming"],
  "pointsToReinforce": ["on-call experience with Kafka"],
  "concernsToAddress": [],
  "promise": null,
  "policy": "STANDARD",
  "deliveryMode": "DRAFT_TO_CANDIDATE"
}
JSON
)
  say "DEMO 1/4: POST /api/v1/interviews (interviewed at $interviewed simulated, decision expected by $decision; Jordan asked not to be contacted)"
  id=$(api POST "http://localhost:8081/api/v1/interviews" "$body" | json_field id) || return 1
  say "         interview id $id"

  say "DEMO 2/4: GET /api/v1/plans/$id (the planner builds it from the InterviewLogged event)"
  local deadline=$((SECONDS + 30))
  until plan=$(api GET "http://localhost:8082/api/v1/plans/$id" 2>/dev/null); do
    [ $SECONDS -lt $deadline ] || { say "No plan after 30 s"; return 1; }
    sleep 1
  done
  printf '%s' "$plan" | print_plan

  say "DEMO 3/4: waiting for the thank-you draft in $DEMO_CANDIDATE_EMAIL's mailbox (IMAP $MAIL_HOST:$IMAP_PORT)"
  if wait_for_mail 1 90; then
    imap_show 1
  else
    say "         no draft within 90 s (see $LOG_DIR/notifier.log)"
  fi

  before=$(imap_count)
  now=$(sim_now)
  say "DEMO 4/4: POST /api/v1/interviews/$id/outcomes: REJECTED at $now (simulated); a gracious close is planned one business day later"
  api POST "http://localhost:8081/api/v1/interviews/$id/outcomes" \
    "{\"type\": \"REJECTED\", \"at\": \"$now\", \"note\": null, \"newDecisionExpectedBy\": null}" >/dev/null || return 1
  deadline=$((SECONDS + 30))
  while true; do
    plan=$(api GET "http://localhost:8082/api/v1/plans/$id") || return 1
    printf '%s' "$plan" | grep -q GRACIOUS_CLOSE && break
    [ $SECONDS -lt $deadline ] || { say "The plan shows no gracious close after 30 s"; break; }
    sleep 1
  done
  printf '%s' "$plan" | print_plan
  if wait_for_mail $((before + 1)) 120; then
    imap_show $((before + 1))
  else
    say "         no gracious-close draft within 120 s (see $LOG_DIR/notifier.log)"
  fi
  say "DEMO done. Deliveries: curl -H \"Authorization: Bearer \$TOKEN\" 'http://localhost:8083/api/v1/deliveries?interviewId=$id'"
}
