#!/usr/bin/env python3
"""Kill -9 one of the cluster's instances while signed-in people are using it, through the balancer.

Run by deploy/fault/instance-killed against a cluster started by deploy/cluster with a platform
operator (WAYFINDER_OPERATOR_EMAIL / WAYFINDER_OPERATOR_PASSWORD) and the demo programmes. Signs in
SESSIONS browsers through nginx that keep requesting a page that needs a signed-in person, and the
writers of writers.py (mentoring messages, Zone questions, Chat lines), with for each kind at least
one session on the instance that will be killed and one on the other. Kills instance 1 with
SIGKILL and passes when:
  - nobody is signed out: no request after the kill is sent to the sign-in page;
  - errors (5xx, refused or timed-out requests, dropped sockets) stop within 10 s of the kill;
  - no form's page is lost: no writer's form is unknown where its next request goes;
  - nothing is lost: every text the platform acknowledged is in the database, and every text
    written was acknowledged in the end (sent again after a failure, as a person would);
  - nothing is stored twice (a Chat line carries its key, a form the key it was rendered with);
  - the killed instance was really serving viewers and writers of every kind before the kill.
Prints every figure and PASS or FAIL; the exit status is 0 only for PASS.
"""
import os
import signal
import sys
import time

import visitors
import writers

STATE = os.environ["CLUSTER_STATE"]
SESSIONS = int(os.environ.get("FAULT_SESSIONS", "12"))
BEFORE_SECONDS = 5
AFTER_SECONDS = 20
ALLOWED_ERROR_SECONDS = 10


def instance_pid(number):
    with open(os.path.join(STATE, "instance-%d" % number, "pid")) as f:
        return int(f.read().strip())


ACCESS_LOG = os.path.join(STATE, "nginx", "logs", "access.log")
VICTIM_PORT = visitors.PORT + 1
# Who writes each kind; sessions are added, cycling through these people, until the kind has one
# session on each instance (the balancer places a session by its cookie's hash).
WRITERS = [
    ("message", lambda who: writers.MessageWriter(who, writers.HORIZONS), ["student@horizons.example"]),
    ("question", lambda who: writers.QuestionWriter(who, writers.ZONE), ["student@zone.example"]),
    ("chat", writers.ChatWriter, ["student@zone.example", "professional@zone.example"]),
]


def placed_writers():
    """Signed-in writers of every kind, each kind with a session on both instances."""
    placed = []
    for kind, make, people in WRITERS:
        ports = set()
        for attempt in range(20):
            writer = make(people[attempt % len(people)])
            writer.instance = writer.browser.instance(ACCESS_LOG)
            placed.append(writer)
            ports.add(writer.instance)
            if len(ports) == 2:
                break
        print("%s writers: %s" % (kind, ", ".join("%s on instance %d" % (w.who, w.instance - visitors.PORT)
                                                  for w in placed if w.kind == kind)))
    return placed


def check_writers(placed, killed_at):
    """The writers' figures, and what failed."""
    failures = []
    for kind, _, _ in WRITERS:
        mine = [w for w in placed if w.kind == kind]
        sent = [text for w in mine for text in w.sent]
        acknowledged = set().union(*(w.acknowledged for w in mine))
        stored = writers.stored_counts(kind)
        lost = [text for text in acknowledged if text not in stored]
        never = [text for text in sent if text not in acknowledged]
        twice = [text for text, count in stored.items() if count > 1]
        events = [e for w in mine for e in w.events]
        view_lost = [e for e in events if e[1] == "view-lost"]
        errors_after = [e for e in events if e[0] >= killed_at and e[1].startswith("error")]
        refused = sorted({e[1] for e in events if e[1].startswith("refused")})
        print("%s: %d written by %d browsers, %d acknowledged (%d of them after the kill), %d stored, %d stored twice; "
              "%d failed attempts after the kill (sent again), %d pages lost"
              % (kind, len(sent), len(mine), len(acknowledged),
                 sum(1 for w in mine for e in w.events if e[0] >= killed_at and e[1] == "ok"),
                 len(stored), len(twice), len(errors_after), len(view_lost)))
        if errors_after:
            print("  failed attempts: %s" % sorted({e[1] for e in errors_after}))
        if refused:
            failures.append("the platform refused %ss: %s" % (kind, refused))
        if not any(w.instance == VICTIM_PORT for w in mine):
            failures.append("no %s writer's session was on the killed instance" % kind)
        if lost:
            failures.append("%d acknowledged %ss are not in the database, first: %r" % (len(lost), kind, lost[0]))
        if never:
            failures.append("%d %ss were never acknowledged, first: %r" % (len(never), kind, never[0]))
        if view_lost:
            failures.append("%d times a %s form's page was unknown where the request went" % (len(view_lost), kind))
        if twice:
            failures.append("%d %ss stored twice" % (len(twice), kind))
        if not sent:
            failures.append("no %s was written" % kind)
    return failures


def main():
    writers.give_the_mentee_a_mentor()
    try:
        placed = placed_writers()
    except RuntimeError as e:
        print("FAIL: %s" % e)
        return 1
    load = visitors.started_load(SESSIONS)
    if load is None:
        return 1
    for writer in placed:
        writer.start()
    time.sleep(BEFORE_SECONDS)
    with open(ACCESS_LOG) as f:
        recent = f.readlines()[-SESSIONS * 5:]
    served_by_victim = sum(1 for line in recent if "upstream=127.0.0.1:%d" % (visitors.PORT + 1) in line.split(",")[0])
    victim = instance_pid(1)
    killed_at = time.monotonic()
    os.kill(victim, signal.SIGKILL)
    print("killed instance 1 (pid %d) with SIGKILL; it had answered %d of the last %d requests"
          % (victim, served_by_victim, len(recent)))
    time.sleep(AFTER_SECONDS)
    load.stop()
    for writer in placed:
        writer.stop()
    for writer in placed:
        writer.join(writers.GIVE_UP_SECONDS + 20)

    results = load.results
    after = [r for r in results if r[0] >= killed_at]
    before = [r for r in results if r[0] < killed_at]
    errors = [r for r in after if r[2].startswith("error")]
    errors += [(at, None, outcome, None) for w in placed for at, outcome in w.events if at >= killed_at and outcome.startswith("error")]
    signed_out = [r for r in results if r[2] == "signed-out"]
    signed_out += [(at, None, outcome, None) for w in placed for at, outcome in w.events if outcome == "signed-out"]
    last_error = max((r[0] - killed_at for r in errors), default=0.0)
    print("pages viewed before the kill: %d (%d not ok); after: %d. Errors after the kill (viewers and writers): %d, the last %.1f s after it"
          % (len(before), sum(1 for r in before if r[2] != "ok"), len(after), len(errors), last_error))
    if errors:
        print("  errors seen: %s" % sorted({r[2] for r in errors}))
    print("requests sent to the sign-in page (signed out): %d" % len(signed_out))
    failures = check_writers(placed, killed_at)
    if served_by_victim == 0:
        failures.append("the killed instance served none of the browsers, so the test showed nothing")
    if signed_out:
        failures.append("%d requests found their browser signed out" % len(signed_out))
    if last_error > ALLOWED_ERROR_SECONDS:
        failures.append("errors went on %.1f s after the kill (allowed %d s)" % (last_error, ALLOWED_ERROR_SECONDS))
    if not any(r[2] == "ok" for r in after if r[0] - killed_at > ALLOWED_ERROR_SECONDS):
        failures.append("no request succeeded after the allowed %d s" % ALLOWED_ERROR_SECONDS)
    print("FAIL: " + "; ".join(failures) if failures else "PASS")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
