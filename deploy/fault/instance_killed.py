#!/usr/bin/env python3
"""Kill -9 one of the cluster's instances while signed-in people are using it, through the balancer.

Run by deploy/fault/instance-killed against a cluster started by deploy/cluster with a platform
operator (WAYFINDER_OPERATOR_EMAIL / WAYFINDER_OPERATOR_PASSWORD). Signs in SESSIONS browsers
through nginx, keeps each requesting a page that needs a signed-in person, kills instance 1 with
SIGKILL, and passes when:
  - nobody is signed out: no request after the kill is sent to the sign-in page;
  - errors (5xx, refused or timed-out requests) stop within 10 s of the kill;
  - the killed instance was really serving some of them just before the kill.
Prints every figure and PASS or FAIL; the exit status is 0 only for PASS.
"""
import os
import signal
import sys
import time

import visitors

STATE = os.environ["CLUSTER_STATE"]
SESSIONS = int(os.environ.get("FAULT_SESSIONS", "12"))
BEFORE_SECONDS = 5
AFTER_SECONDS = 20
ALLOWED_ERROR_SECONDS = 10


def instance_pid(number):
    with open(os.path.join(STATE, "instance-%d" % number, "pid")) as f:
        return int(f.read().strip())


def main():
    load = visitors.started_load(SESSIONS)
    if load is None:
        return 1
    time.sleep(BEFORE_SECONDS)
    access_log = os.path.join(STATE, "nginx", "logs", "access.log")
    with open(access_log) as f:
        recent = f.readlines()[-SESSIONS * 5:]
    served_by_victim = sum(1 for line in recent if "upstream=127.0.0.1:%d" % (visitors.PORT + 1) in line.split(",")[0])
    victim = instance_pid(1)
    killed_at = time.monotonic()
    os.kill(victim, signal.SIGKILL)
    print("killed instance 1 (pid %d) with SIGKILL; it had answered %d of the last %d requests"
          % (victim, served_by_victim, len(recent)))
    time.sleep(AFTER_SECONDS)
    load.stop()

    results = load.results
    after = [r for r in results if r[0] >= killed_at]
    before = [r for r in results if r[0] < killed_at]
    errors = [r for r in after if r[2].startswith("error")]
    signed_out = [r for r in results if r[2] == "signed-out"]
    last_error = max((r[0] - killed_at for r in errors), default=0.0)
    print("requests before the kill: %d (%d not ok); after: %d, of which %d errors, the last %.1f s after the kill"
          % (len(before), sum(1 for r in before if r[2] != "ok"), len(after), len(errors), last_error))
    if errors:
        print("  errors seen: %s" % sorted({r[2] for r in errors}))
    print("requests sent to the sign-in page (signed out): %d" % len(signed_out))
    failures = []
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
