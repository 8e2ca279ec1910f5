# Sourced by ./run-local --demo once every service is ready. Logs a sample interview and an outcome
# through the REST API, then shows the plan (each follow-up with its rule and reason) and the drafts that
# arrive in the candidate's mailbox over IMAP. Uses curl and python3 (JSON, dates, IMAP, MIME), and the
# variables of run-local.

DEMO_CANDIDATE_EMAIL=rowan@example.org

# Python helpers, kept as text so that the quoting stays readable.
read -r -d '' PY_SIM_NOW <<'PY' || true
# The services share one simulated timeline: it shows the epoch at the real instant `anchor` and runs `rate`
# times faster than real time (service-support's SimulatedClock; run-local gives every service the same anchor).
import sys
from datetime import datetime, timezone
parse = lambda t: datetime.strptime(t, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
epoch, anchor, rate = parse(sys.argv[1]), parse(sys.argv[2]), float(sys.argv[3])
print((epoch + (datetime.now(timezone.utc) - anchor) * rate).strftime("%Y-%m-%dT%H:%M:%SZ"))
PY

read -r -d '' PY_PLAN <<'PY' || true
import json, sys
p = json.load(sys.stdin)
print("  Plan for interview %s (policy %s):" % (p.get("interviewId"), p.get("policy")))
for f in p.get("followUps", []):
    r = f.get("recipient") or {}
    print("   - %-16s to %s by %s, %s, due %s %s" % (f.get("kind"), r.get("name"), f.get("channel"), f.get("status"),
          (f.get("dueAtLocal") or f.get("dueAt") or "").replace("T", " "), f.get("timeZone") or ""))
    print("       %s: %s" % (f.get("rule"), f.get("reason")))
    if f.get("statusReason"):
        print("       now %s (%s): %s" % (f.get("status"), f.get("statusRule"), f.get("statusReason")))
for s in p.get("suppressions", []):
    r = s.get("recipient")
    name = r.get("name") if isinstance(r, dict) else r
    print("   x nothing to %s: %s: %s" % (name, s.get("rule"), s.get("reason")))
PY

read -r -d '' PY_FIELD <<'PY' || true
# usage: field NAME | followup KIND STATUS (prints the id of the first follow-up of that kind and status)
import json, sys
p = json.load(sys.stdin)
if sys.argv[1] == "field":
    print(p[sys.argv[2]])
else:
    for f in p.get("followUps", []):
        if f.get("kind") == sys.argv[2] and (sys.argv[3] == "*" or f.get("status") == sys.argv[3]):
            print(f["id"])
            break
PY

read -r -d '' PY_MAIL <<'PY' || true
# usage: HOST PORT ADDRESS count | has FOLLOWUP_ID | list | show FOLLOWUP_ID
# GreenMail accepts any password; the user name picks the mailbox. Tactful's Message-IDs derive from the
# follow-up id: <followup-ID@domain>.
import email, imaplib, sys
from email import policy
host, port, address, cmd = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
imap = imaplib.IMAP4(host, port)
imap.login(address, "demo")
imap.select("INBOX", readonly=True)
msgs = []
for num in imap.search(None, "ALL")[1][0].split():
    msgs.append(email.message_from_bytes(imap.fetch(num, "(RFC822)")[1][0][1], policy=policy.default))
imap.logout()
def of(fid):
    return [m for m in msgs if (m["Message-ID"] or "").startswith("<followup-" + fid + "@")]
if cmd == "count":
    print(len(msgs))
elif cmd == "has":
    sys.exit(0 if of(sys.argv[5]) else 1)
elif cmd == "list":
    print("  Mailbox %s: %d message(s)" % (address, len(msgs)))
    for m in msgs:
        print("   - %s" % m["Subject"])
elif cmd == "show":
    for m in of(sys.argv[5]):
        print("  --- Subject: %s" % m["Subject"])
        print("      From: %s   To: %s   Message-ID: %s" % (m["From"], m["To"], m["Message-ID"]))
        part = m.get_body(preferencelist=("plain", "html"))
        for line in (part.get_content() if part else "").strip().splitlines()[:24]:
            print("      " + line)
PY

sim_now() { python3 -c "$PY_SIM_NOW" "$CLOCK_EPOCH" "$CLOCK_ANCHOR" "$CLOCK_RATE"; }
mailbox() { python3 -c "$PY_MAIL" "$MAIL_HOST" "$IMAP_PORT" "$DEMO_CANDIDATE_EMAIL" "$@"; }

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

run_demo() {
  command -v python3 >/dev/null || { say "The demo needs python3 (JSON, IMAP and MIME parsing)."; return 1; }
  local now interviewed decision body id plan thanks deadline
  say "DEMO: the services run a simulated clock, ${CLOCK_RATE}x real time (a day every $((86400 / CLOCK_RATE)) s),"
  say "      so follow-ups due hours or days from now arrive within a minute. Times below are simulated."
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
  say "DEMO 1/4: POST /api/v1/interviews: Rowan's video interview at Northwind ended at $interviewed;"
  say "          decision expected by $decision; Jordan Lee asked not to be followed up."
  id=$(api POST "http://localhost:8081/api/v1/interviews" "$body" | python3 -c "$PY_FIELD" field id) || return 1
  say "          interview id $id"

  say "DEMO 2/4: GET /api/v1/plans/$id (the planner built it from the InterviewLogged event on Kafka)"
  deadline=$((SECONDS + 30))
  until plan=$(api GET "http://localhost:8082/api/v1/plans/$id" 2>/dev/null) \
      && thanks=$(printf '%s' "$plan" | python3 -c "$PY_FIELD" followup THANK_YOU '*') && [ -n "$thanks" ]; do
    [ $SECONDS -lt $deadline ] || { say "No plan after 30 s (see $LOG_DIR/planner.log)"; return 1; }
    sleep 1
  done
  printf '%s\n' "$plan" | python3 -c "$PY_PLAN"

  say "DEMO 3/4: waiting for the thank-you draft to reach $DEMO_CANDIDATE_EMAIL (IMAP $MAIL_HOST:$IMAP_PORT)..."
  deadline=$((SECONDS + 120))
  until mailbox has "$thanks"; do
    [ $SECONDS -lt $deadline ] || { say "No thank-you draft within 120 s (see $LOG_DIR/notifier.log)"; break; }
    sleep 1
  done
  mailbox show "$thanks"

  now=$(sim_now)
  say "DEMO 4/4: POST /api/v1/interviews/$id/outcomes: Avery replied ($now); R8 cancels the status check"
  api POST "http://localhost:8081/api/v1/interviews/$id/outcomes" \
    "{\"type\": \"REPLY_RECEIVED\", \"at\": \"$now\", \"note\": null, \"newDecisionExpectedBy\": null}" >/dev/null || return 1
  deadline=$((SECONDS + 30))
  while true; do
    plan=$(api GET "http://localhost:8082/api/v1/plans/$id") || return 1
    [ -n "$(printf '%s' "$plan" | python3 -c "$PY_FIELD" followup STATUS_CHECK CANCELLED)" ] && break
    [ $SECONDS -lt $deadline ] || { say "The status check is not cancelled after 30 s"; break; }
    sleep 1
  done
  printf '%s\n' "$plan" | python3 -c "$PY_PLAN"
  mailbox list
  say "DEMO done. The notifier's records: curl -H \"Authorization: Bearer \$TOKEN\" 'http://localhost:8083/api/v1/deliveries?interviewId=$id'"
  say "          Any mailbox: java -jar $INFRA_JAR --list-mail $DEMO_CANDIDATE_EMAIL"
}
