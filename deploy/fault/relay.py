#!/usr/bin/env python3
"""The database as the instances see it in deploy/fault/database-restarted: a TCP relay (socat) from
127.0.0.1:RELAY_PORT to the real server, which the test stops and starts to play a database restart
without touching the real server (other work shares it). Stopping kills the relay's whole process
group, so every open database connection drops at once, as in a restart; until it is started again
new connections are refused.

    relay.py start | stop      (pid file: $CLUSTER_STATE/../database-relay.pid)
"""
import os
import signal
import subprocess
import sys
import time

RELAY_PORT = int(os.environ.get("FAULT_RELAY_PORT", "58099"))
DB_HOST = os.environ.get("FAULT_REAL_DB_HOST", "127.0.0.1")
DB_PORT = int(os.environ.get("FAULT_REAL_DB_PORT", "3306"))
PID_FILE = os.path.join(os.path.dirname(os.environ["CLUSTER_STATE"]), "database-relay.pid")


def start():
    relay = subprocess.Popen(["socat", "TCP-LISTEN:%d,bind=127.0.0.1,reuseaddr,fork" % RELAY_PORT,
                              "TCP:%s:%d" % (DB_HOST, DB_PORT)],
                             start_new_session=True, stdin=subprocess.DEVNULL,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(PID_FILE, "w") as f:
        f.write(str(relay.pid))
    time.sleep(0.3)
    if relay.poll() is not None:
        raise RuntimeError("the database relay did not start (is port %d free?)" % RELAY_PORT)


def stop():
    if not os.path.exists(PID_FILE):
        return
    with open(PID_FILE) as f:
        group = int(f.read().strip())
    try:
        os.killpg(group, signal.SIGKILL)
    except ProcessLookupError:
        pass
    os.remove(PID_FILE)


if __name__ == "__main__":
    {"start": start, "stop": stop}[sys.argv[1]]()
