#!/usr/bin/env python3
"""Restart the database under load: the platform must recover within 10 s without a restart.

Run by deploy/fault/database-restarted against a cluster of two instances whose database is
reached through relay.py. Signs in SESSIONS browsers through the balancer and keeps them
requesting a signed-in page; stops the relay (every database connection drops, new ones are
refused) for DOWN_SECONDS, then starts it again. Passes when:
  - both instances' /health/ready say DOWN (503) within 10 s of the database going;
  - while it is away every page asked for is answered (the "back soon" page, or an error page)
    within 10 s, rather than left hanging;
  - within 10 s of the database coming back both say UP again, and every browser's page answers;
  - nobody is signed out (the sessions are in the data grid, not the database);
  - no instance was restarted (the same processes answer throughout).
Prints every figure and PASS or FAIL; the exit status is 0 only for PASS.
"""
import http.client
import os
import sys
import time

import relay
import visitors

STATE = os.environ["CLUSTER_STATE"]
SESSIONS = int(os.environ.get("FAULT_SESSIONS", "8"))
DOWN_SECONDS = 15
ALLOWED_SECONDS = 10
INSTANCES = (1, 2)


def ready(instance):
    """The instance's /health/ready status code, or None when it does not answer at all."""
    connection = http.client.HTTPConnection("127.0.0.1", visitors.PORT + instance, timeout=5)
    try:
        connection.request("GET", "/health/ready")
        response = connection.getresponse()
        response.read()
        return response.status
    except OSError:
        return None
    finally:
        connection.close()


def pid(instance):
    with open(os.path.join(STATE, "instance-%d" % instance, "pid")) as f:
        return int(f.read().strip())


def await_readiness(status, since, limit):
    """Seconds from since until every instance's readiness answers status, or None after limit."""
    while time.monotonic() - since <= limit:
        if all(ready(i) == status for i in INSTANCES):
            return time.monotonic() - since
        time.sleep(0.25)
    return None


def main():
    load = visitors.started_load(SESSIONS)
    if load is None:
        return 1
    pids = {i: pid(i) for i in INSTANCES}
    time.sleep(3)

    relay.stop()
    gone_at = time.monotonic()
    print("database relay stopped: every database connection dropped, new ones refused")
    down_after = await_readiness(503, gone_at, ALLOWED_SECONDS)
    print("both instances' /health/ready said DOWN %s" % ("%.1f s after" % down_after if down_after is not None
                                                           else "not within %d s" % ALLOWED_SECONDS))
    time.sleep(max(0.0, DOWN_SECONDS - (time.monotonic() - gone_at)))
    relay.start()
    back_at = time.monotonic()
    print("database relay started again after %.1f s" % (back_at - gone_at))
    up_after = await_readiness(200, back_at, ALLOWED_SECONDS)
    print("both instances' /health/ready said UP %s" % ("%.1f s after" % up_after if up_after is not None
                                                         else "not within %d s" % ALLOWED_SECONDS))
    time.sleep(ALLOWED_SECONDS + 3)
    load.stop()

    during = [r for r in load.results if gone_at <= r[0] < back_at]
    after = [r for r in load.results if r[0] >= back_at]
    late = [r for r in after if r[0] - back_at > ALLOWED_SECONDS]
    last_error = max((r[0] - back_at for r in after if r[2] != "ok"), default=0.0)
    signed_out = [r for r in load.results if r[2] == "signed-out"]
    answered_in = sorted(r[3] for r in during)
    slowest = answered_in[-1] if answered_in else 0.0
    print("requests while the database was away: %d, %d ok; errors seen: %s; answered in %.1f s at the median, %.1f s at the slowest"
          % (len(during), sum(1 for r in during if r[2] == "ok"), sorted({r[2] for r in during if r[2] != "ok"}),
             answered_in[len(answered_in) // 2] if answered_in else 0.0, slowest))
    print("requests after it came back: %d, the last failure %.1f s after; later than %d s: %d, %d ok"
          % (len(after), last_error, ALLOWED_SECONDS, len(late), sum(1 for r in late if r[2] == "ok")))
    print("requests sent to the sign-in page (signed out): %d" % len(signed_out))
    failures = []
    if down_after is None:
        failures.append("readiness did not say DOWN within %d s of the database going" % ALLOWED_SECONDS)
    if up_after is None:
        failures.append("readiness did not say UP within %d s of the database coming back" % ALLOWED_SECONDS)
    if not during:
        failures.append("no page was asked for while the database was away")
    if slowest > ALLOWED_SECONDS:
        failures.append("a page asked for while the database was away took %.1f s to answer (allowed %d s)" % (slowest, ALLOWED_SECONDS))
    if last_error > ALLOWED_SECONDS:
        failures.append("requests failed %.1f s after the database came back (allowed %d s)" % (last_error, ALLOWED_SECONDS))
    if not late or any(r[2] != "ok" for r in late):
        failures.append("not every request succeeded once %d s had passed" % ALLOWED_SECONDS)
    if signed_out:
        failures.append("%d requests found their browser signed out" % len(signed_out))
    restarted = [i for i in INSTANCES if pid(i) != pids[i] or ready(i) is None]
    if restarted:
        failures.append("instances %s were restarted or are gone" % restarted)
    print("FAIL: " + "; ".join(failures) if failures else "PASS")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
