"""The load test (docs/performance.md): for each tenant count, a fresh database with that many
programmes, the cluster of deploy/cluster (2 Payara Micro instances behind nginx), signed-in
visitors of many programmes, and wrk measuring, one after the other in the same run:

  static  nginx serving a file as large as an average Wayfinder page, from the balancer itself
  bare    a bare PrimeFaces page (deploy/load/bare) on the same instances, through the balancer
  pages   signed-in mentees of many programmes walking their pages (home, account, journey, mentoring)
  api     the REST API of every programme, with each programme's API token
  chat    live Chats through the balancer: web-ui's ChatBenchmark (LOAD_CHAT_CHATS Chats of 35, one
          line per participant every 10 s) on the demo Zone programme, sockets on both instances

  pages½  the pages again at about half the rate the pages phase reached (each connection pausing
          after each answer), for the latency of instances that are not queueing; api½ the same
          for the API

Each phase reports requests per second, p50/p90/p99 latency, bad answers (anything but 200) and
the largest resident memory (RSS) of the instances and of nginx while it ran. Afterwards each
instance's heap after a full collection is recorded. With LOAD_JFR=1 each instance keeps a Java
Flight Recording of the pages phase (deploy/target/load/pages-<count>-<instance>.jfr), and the
methods most often on the CPU then, and the packages under which the samples fall, are printed. Results go to deploy/target/load/results.json
and are printed as Markdown.

Run it through deploy/load/run, which builds what it needs first.
"""
import json
import os
import pathlib
import random
import re
import subprocess
import sys
import threading
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "deploy" / "fault"))
import visitors  # noqa: E402  (the fault tests' signed-in browser)
import seed  # noqa: E402

OUT = ROOT / "deploy" / "target" / "load"
STATE = OUT / "cluster"
PORT = int(os.environ.get("CLUSTER_PORT", "58080"))
DATABASE = os.environ.get("CLUSTER_DB_NAME", "deploy_load")
SECONDS = int(os.environ.get("LOAD_SECONDS", "30"))
WARMUP = int(os.environ.get("LOAD_WARMUP_SECONDS", "180"))
CONNECTIONS = int(os.environ.get("LOAD_CONNECTIONS", "32"))
SESSIONS = int(os.environ.get("LOAD_SESSIONS", "200"))
INSTANCES = os.environ.get("LOAD_INSTANCES", "2")
CHATS = int(os.environ.get("LOAD_CHAT_CHATS", "10"))
SETTLE_SECONDS = int(os.environ.get("LOAD_SETTLE_SECONDS", "300"))
JFR = os.environ.get("LOAD_JFR", "") == "1"
MENTEE = "student@horizons.example"
PASSWORD = "wayfinder-demo"
PAGES = ["/", "/account/index.xhtml", "/journey/index.xhtml", "/mentoring/index.xhtml"]
API = ["/api/v1/me", "/api/v1/mentoring/mentors", "/api/v1/configuration"]


def host(slug):
    return "%s.localhost:%d" % (slug, PORT)


def slug(number):
    return "load-%05d" % number


def pids():
    """The instances' process ids and nginx's (master and workers)."""
    instances = [int((STATE / d / "pid").read_text()) for d in sorted(os.listdir(STATE)) if d.startswith("instance-")]
    master = int((STATE / "nginx" / "nginx.pid").read_text())
    workers = [int(p) for p in subprocess.run(["pgrep", "-P", str(master)], capture_output=True, text=True).stdout.split()]
    return instances, [master] + workers


def rss_kib(pid):
    for line in pathlib.Path("/proc/%d/status" % pid).read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


class MemoryWatch:
    """Samples the RSS of the instances (summed) and of nginx (summed) twice a second."""

    def __init__(self):
        self.instances, self.nginx = pids()
        self.peak_instances = self.peak_nginx = 0
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def run(self):
        while not self.stopping.is_set():
            self.peak_instances = max(self.peak_instances, sum(rss_kib(p) for p in self.instances))
            self.peak_nginx = max(self.peak_nginx, sum(rss_kib(p) for p in self.nginx))
            self.stopping.wait(0.5)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stopping.set()
        self.thread.join()


# The instances' threads by what they do, from the start of their names (as /proc gives them, 15 characters).
THREAD_GROUPS = [("requests", ("http-thread-poo", "http-listener")), ("grid", ("hz.",)), ("jit", ("C1 Compiler", "C2 Compiler")),
                 ("gc", ("GC Thread", "G1 ", "VM Thread"))]


def stat_ticks(path):
    """The thread or process name and its CPU time (user and system) in clock ticks, from a /proc stat file."""
    stat = pathlib.Path(path).read_text()
    fields = stat[stat.rindex(")") + 2:].split()
    return stat[stat.index("(") + 1:stat.rindex(")")], int(fields[11]) + int(fields[12])


def cpu_ticks(instances):
    """CPU time used so far by the instances, in clock ticks: in all ("total", threads that have
    ended included) and by live thread, as (group of THREAD_GROUPS or None, ticks) by (pid, tid)."""
    ticks = {"total": 0, "threads": {}}
    for pid in instances:
        ticks["total"] += stat_ticks("/proc/%d/stat" % pid)[1]
        for task in os.listdir("/proc/%d/task" % pid):
            try:
                name, used = stat_ticks("/proc/%d/task/%s/stat" % (pid, task))
            except OSError:
                continue  # the thread ended meanwhile
            group = next((g for g, prefixes in THREAD_GROUPS if name.startswith(prefixes)), None)
            ticks["threads"][(pid, task)] = (group, used)
    return ticks


def cpu_per_answer(before, after, answers):
    """Milliseconds of the instances' CPU per answer, in all and by group, from two cpu_ticks
    readings. A group counts what its threads alive at the end used during the phase (a thread
    that began during it, all it used); "other" is the rest, threads that ended meanwhile among them
    (a pool that lets an idle thread go takes its time with it)."""
    per = 1000.0 / os.sysconf("SC_CLK_TCK") / max(answers, 1)
    spent = {"total": (after["total"] - before["total"]) * per}
    for group, _ in THREAD_GROUPS:
        spent[group] = 0.0
    for thread, (group, used) in after["threads"].items():
        if group:
            spent[group] += (used - before["threads"].get(thread, (group, 0))[1]) * per
    # The process's total and its threads' are read a moment apart: never less than nothing.
    spent["other"] = max(spent["total"] - sum(v for k, v in spent.items() if k != "total"), 0.0)
    return {k: round(v, 3) for k, v in spent.items()}


def wrk(requests_file, seconds, pause_ms=0):
    command = ["wrk", "-t2", "-c%d" % CONNECTIONS, "-d%ds" % seconds, "--timeout", "10s",
               "-s", str(ROOT / "deploy" / "load" / "walk.lua"), "http://127.0.0.1:%d" % PORT, "--", str(requests_file),
               str(int(pause_ms))]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError("wrk failed on %s: %s" % (requests_file.name, (result.stderr or result.stdout).strip()[-500:]))
    return json.loads(result.stdout.strip().splitlines()[-1])


def phase(name, requests_file, pause_ms=0):
    with MemoryWatch() as memory:
        before = cpu_ticks(memory.instances)
        figures = wrk(requests_file, SECONDS, pause_ms)
        figures["cpu_ms_per_answer"] = cpu_per_answer(before, cpu_ticks(memory.instances), figures["requests"])
    figures["per_second"] = figures["requests"] / figures["seconds"]
    figures["bytes_per_answer"] = figures["bytes"] / max(figures["requests"], 1)
    figures["rss_instances_mib"] = memory.peak_instances / 1024
    figures["rss_nginx_mib"] = memory.peak_nginx / 1024
    print("  %-6s %8.1f req/s  p50 %7.2f ms  p99 %7.2f ms  bad %d  socket errors %d  RSS instances %.0f MiB, nginx %.1f MiB"
          % (name, figures["per_second"], figures["p50_ms"], figures["p99_ms"], figures["bad"], figures["socket_errors"],
             figures["rss_instances_mib"], figures["rss_nginx_mib"]), flush=True)
    if figures["cpu_ms_per_answer"]["total"] > 0:  # the static phase never reaches the instances
        print("         CPU per answer: %s" % ", ".join("%s %.2f ms" % item for item in figures["cpu_ms_per_answer"].items()),
              flush=True)
    return figures


def half_load(name, requests_file, saturated):
    """The same requests at about half the rate the saturating phase reached, to read latency where the
    instances are not queueing: each connection pauses after each answer. A short probe with the pause
    that would give half the rate if answers took no time measures how long they take at that load; the
    pause is then shortened by that, and the phase measured. Its own rate is reported with it."""
    interval_ms = 1000.0 * CONNECTIONS / (saturated["per_second"] / 2)
    probe = wrk(requests_file, max(SECONDS // 4, 3), interval_ms)
    pause_ms = max(interval_ms - probe["p50_ms"], 0)
    figures = phase(name, requests_file, pause_ms)
    figures["pause_ms"] = round(pause_ms, 1)
    figures["share_of_saturated"] = round(figures["per_second"] / saturated["per_second"], 2)
    print("         %.2f of the saturating rate, each connection pausing %.0f ms" % (figures["share_of_saturated"], pause_ms),
          flush=True)
    return figures


def recorded(name, tenants, work):
    """Runs the work with a flight recording on each instance when LOAD_JFR=1; the work's result."""
    if not JFR:
        return work()
    instances, _ = pids()
    files = [OUT / ("%s-%d-%d.jfr" % (name, tenants, i + 1)) for i in range(len(instances))]
    for pid, file in zip(instances, files):
        subprocess.run(["jcmd", str(pid), "JFR.start", "name=" + name, "settings=profile", "filename=" + str(file)],
                       capture_output=True, check=True)
    try:
        return work()
    finally:
        for pid in instances:
            subprocess.run(["jcmd", str(pid), "JFR.stop", "name=" + name], capture_output=True, check=True)
        print(hot_spots(files), flush=True)


# Where a sample's stack is counted "under" a part of the stack: the first of these found, from the top.
AREAS = [("SQL: Connector/J", "com.mysql."), ("SQL: EclipseLink", "org.eclipse.persistence."),
         ("Hazelcast (sessions, cache tokens)", "com.hazelcast."), ("Wayfinder", "org.wayfinder."),
         ("PrimeFaces", "org.primefaces."), ("Faces (Mojarra)", "com.sun.faces."), ("Weld (CDI)", "org.jboss.weld."),
         ("EL", "org.glassfish.expressly."), ("EL", "com.sun.el."), ("Grizzly (HTTP)", "org.glassfish.grizzly.")]


def hot_spots(files):
    """The methods most often at the top of the CPU samples, and the share of samples under each area."""
    top, under, samples = {}, {}, 0
    for file in files:
        printed = subprocess.run(["jfr", "print", "--json", "--stack-depth", "64", "--events", "jdk.ExecutionSample", str(file)],
                                 capture_output=True, text=True, check=True).stdout
        for event in json.loads(printed)["recording"]["events"]:
            frames = event["values"]["stackTrace"]["frames"] if event["values"].get("stackTrace") else []
            if not frames:
                continue
            samples += 1
            names = ["%s.%s" % (f["method"]["type"]["name"], f["method"]["name"]) for f in frames]
            top[names[0]] = top.get(names[0], 0) + 1
            area = next((label for name in names for label, prefix in AREAS if name.startswith(prefix)), "other (JDK, container)")
            under[area] = under.get(area, 0) + 1
    lines = ["  flight recording of the phase: %d CPU samples" % samples, "  share of samples by the first of these on the stack:"]
    lines += ["    %5.1f %%  %s" % (100.0 * n / max(samples, 1), area) for area, n in sorted(under.items(), key=lambda kv: -kv[1])]
    lines += ["  methods most often on the CPU:"]
    lines += ["    %5.1f %%  %s" % (100.0 * n / max(samples, 1), name) for name, n in sorted(top.items(), key=lambda kv: -kv[1])[:15]]
    return "\n".join(lines)


def chat_phase():
    """ChatBenchmark against the balancer; its own figures, with the RSS seen meanwhile."""
    command = ["mvn", "-B", "-ntp", "-q", "-f", str(ROOT / "pom.xml"), "-pl", "web-ui", "-Pchat-benchmark",
               "-DskipUnitTests", "test", "-Dbench.port=%d" % PORT, "-Dbench.chats=%d" % CHATS,
               "-Dbench.seconds=%d" % SECONDS, "-Dbench.db=jdbc:mysql://127.0.0.1:3306/%s" % DATABASE]
    with MemoryWatch() as memory:
        output = subprocess.run(command, capture_output=True, text=True).stdout
    latency = re.search(r"Delivery latency: p50 ([\d.]+) ms, p90 ([\d.]+) ms, p99 ([\d.]+) ms, max ([\d.]+) ms", output)
    counts = re.search(r"Lines sent: (\d+) \(([\d.]+) a second\); deliveries measured: (\d+) of (\d+) expected; "
                       r"refused or failed: (\d+)", output)
    if not latency or not counts:
        raise RuntimeError("ChatBenchmark gave no figures:\n" + output[-2000:])
    figures = {"p50_ms": float(latency.group(1)), "p90_ms": float(latency.group(2)), "p99_ms": float(latency.group(3)),
               "max_ms": float(latency.group(4)), "lines": int(counts.group(1)), "lines_per_second": float(counts.group(2)),
               "deliveries": int(counts.group(3)), "deliveries_expected": int(counts.group(4)), "failed": int(counts.group(5)),
               "rss_instances_mib": memory.peak_instances / 1024, "rss_nginx_mib": memory.peak_nginx / 1024}
    print("  chat   %d lines (%.0f/s), %d of %d deliveries, p50 %.1f ms, p99 %.1f ms, failed %d, RSS instances %.0f MiB"
          % (figures["lines"], figures["lines_per_second"], figures["deliveries"], figures["deliveries_expected"],
             figures["p50_ms"], figures["p99_ms"], figures["failed"], figures["rss_instances_mib"]), flush=True)
    return figures


def write_requests(name, lines):
    path = OUT / (name + ".tsv")
    path.write_text("".join("%s\t%s\t%s\n" % line for line in lines))
    return path


def cluster(*args, env=None):
    subprocess.run([str(ROOT / "deploy" / "cluster"), *args], check=True, env=env)


def heap_after_full_gc_mib(pid):
    subprocess.run(["jcmd", str(pid), "GC.run"], capture_output=True, check=True)
    info = subprocess.run(["jcmd", str(pid), "GC.heap_info"], capture_output=True, text=True, check=True).stdout
    used = re.search(r"used (\d+)K", info)
    return int(used.group(1)) / 1024 if used else None


def sign_in_all(slugs):
    """One signed-in mentee per entry of slugs (a programme may appear several times), 4 at a time."""
    browsers = [visitors.Browser(host(s)) for s in slugs]
    failures = []

    failed = set()

    def work(chunk):
        for browser in chunk:
            try:
                browser.sign_in(MENTEE, PASSWORD, "/account/index.xhtml")
            except RuntimeError as e:
                failures.append("%s: %s" % (browser.host, e))
                failed.add(id(browser))

    threads = [threading.Thread(target=work, args=(browsers[i::4],)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # A failed sign-in is counted and reported, then tried once more with a new browser; only a
    # second failure stops the run.
    first_failures = list(failures)
    for i, browser in enumerate(browsers):
        if id(browser) in failed:
            browsers[i] = visitors.Browser(browser.host)
            browsers[i].sign_in(MENTEE, PASSWORD, "/account/index.xhtml")
    if first_failures:
        print("  %d of %d sign-ins failed at the first try, first: %s" % (
            len(first_failures), len(browsers), first_failures[0][:300]), flush=True)
    return browsers, first_failures


def run(tenants):
    print("== %d programmes" % tenants, flush=True)
    env = dict(os.environ, CLUSTER_DB_NAME=DATABASE, CLUSTER_STATE=str(STATE), WAYFINDER_DEMO_ENABLED="true",
               CLUSTER_EXTRA_WARS=str(OUT / "bare.war"))
    seed.sql(None, "DROP DATABASE IF EXISTS `%s`" % DATABASE)
    started = time.monotonic()
    cluster("start", INSTANCES, env=env)
    result = {"tenants": tenants, "instances": int(INSTANCES), "connections": CONNECTIONS, "seconds": SECONDS,
              "sessions": SESSIONS, "start_seconds": round(time.monotonic() - started, 1)}
    try:
        seeding = time.monotonic()
        seed.main(DATABASE, tenants)
        result["seed_seconds"] = round(time.monotonic() - seeding, 1)
        settle(result)

        # The signed-in mentees: SESSIONS of them spread evenly over the programmes.
        slugs = [slug(1 + (i * tenants) // SESSIONS) for i in range(SESSIONS)]
        signing = time.monotonic()
        browsers, failed = sign_in_all(slugs)
        result["sign_in_seconds"] = round(time.monotonic() - signing, 1)
        result["sign_in_failures"] = failed
        pages = []
        for browser in browsers:
            cookie = "; ".join("%s=%s" % item for item in browser.cookies.items())
            pages += [(browser.host, "Cookie: " + cookie, path) for path in PAGES]
        random.Random(7).shuffle(pages)
        pages_file = write_requests("pages", pages)
        api_file = write_requests("api", [(host(slug(n)), "Authorization: Bearer " + seed.API_SECRET, path)
                                          for n in random.Random(11).sample(range(1, tenants + 1), tenants) for path in API])

        # The static file is as large as the average page the mentees get.
        sizes = [len(browsers[0].request("GET", path)[2].encode()) for path in PAGES]
        result["page_bytes"] = sum(sizes) // len(sizes)
        html = STATE / "nginx" / "html"
        filler = "<p>" + "Wayfinder load test static page. " * 4 + "</p>\n"
        body = "<!DOCTYPE html><html lang=\"en\"><head><title>Static</title></head><body>\n"
        body += filler * (result["page_bytes"] // len(filler))
        (html / "page.html").write_text(body + "x" * (result["page_bytes"] - len(body) - 15) + "</body></html>\n")
        static_file = write_requests("static", [("localhost:%d" % PORT, "", "/_balancer/page.html")])
        bare_file = write_requests("bare", [("localhost:%d" % PORT, "", "/bare/")])

        print("  warming up for %d s (pages, api, bare; not counted)" % WARMUP, flush=True)
        for warm in (pages_file, api_file, bare_file):
            wrk(warm, max(WARMUP // 3, 1))
        result["static"] = phase("static", static_file)
        result["bare"] = phase("bare", bare_file)
        result["pages"] = recorded("pages", tenants, lambda: phase("pages", pages_file))
        result["api"] = phase("api", api_file)
        result["pages_half"] = half_load("pages½", pages_file, result["pages"])
        result["api_half"] = half_load("api½", api_file, result["api"])
        if CHATS > 0:
            result["chat"] = chat_phase()
        instances, _ = pids()
        result["heap_after_gc_mib"] = [heap_after_full_gc_mib(p) for p in instances]
        result["rss_after_mib"] = [rss_kib(p) / 1024 for p in instances]
        print("  heap after a full GC: %s MiB; RSS %s MiB" % (
            ", ".join("%.0f" % h for h in result["heap_after_gc_mib"]), ", ".join("%.0f" % r for r in result["rss_after_mib"])))
    finally:
        cluster("stop", env=env)
    return result


def settle(result):
    """Lets the database finish the seeding's background work before anything is measured, and
    records whether its rows fit InnoDB's buffer pool.

    Seeding thousands of programmes leaves hundreds of MiB of changed pages for InnoDB to write
    out afterwards, which would slow the phases of a large count and not those of a small one.
    Has them written out and waits (at most SETTLE_SECONDS) until fewer than 1 % of the pool's
    pages are waiting to be written. The table statistics are refreshed first, so the size read is that of the rows now
    there. The API phase reads a different programme on every request, so whether the rows fit
    the pool decides much of its latency (docs/performance.md)."""
    tables = [row[0] for row in seed.sql(None, "SELECT table_name FROM information_schema.tables WHERE table_schema = '%s'"
                                         " AND table_type = 'BASE TABLE'" % DATABASE)]
    seed.sql(DATABASE, "ANALYZE TABLE " + ", ".join("`%s`" % table for table in tables))
    (pool, size), = seed.sql(None, "SELECT @@innodb_buffer_pool_size DIV 1048576, (SELECT COALESCE(SUM(data_length + index_length), 0)"
                                   " DIV 1048576 FROM information_schema.tables WHERE table_schema = '%s')" % DATABASE)
    result["buffer_pool_mib"], result["database_mib"] = int(pool), int(size)
    # An idle InnoDB leaves changed pages in memory, so it is asked to write them all out now (and
    # its setting put back afterwards).
    (limit,), = seed.sql(None, "SELECT @@innodb_max_dirty_pages_pct")
    seed.sql(None, "SET GLOBAL innodb_max_dirty_pages_pct = 0")
    started = time.monotonic()
    try:
        while True:
            status = dict(seed.sql(None, "SHOW GLOBAL STATUS WHERE Variable_name IN"
                                         " ('Innodb_buffer_pool_pages_dirty', 'Innodb_buffer_pool_pages_total')"))
            dirty, total = int(status["Innodb_buffer_pool_pages_dirty"]), int(status["Innodb_buffer_pool_pages_total"])
            if dirty * 100 < total or time.monotonic() - started > SETTLE_SECONDS:
                break
            time.sleep(2)
    finally:
        seed.sql(None, "SET GLOBAL innodb_max_dirty_pages_pct = %s" % limit)
    result["settle_seconds"] = round(time.monotonic() - started, 1)
    print("  database %s MiB, InnoDB buffer pool %s MiB%s; %d pages left to write after %.0f s" % (
        size, pool, "" if int(size) <= int(pool) else " (the rows do not fit, so cold programmes are read from disk)",
        dirty, result["settle_seconds"]), flush=True)


def markdown(results):
    lines = ["| programmes | phase | req/s | p50 ms | p90 ms | p99 ms | bad | RSS instances MiB | RSS nginx MiB |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        for name in ("static", "bare", "pages", "api", "pages_half", "api_half"):
            if name not in r:
                continue
            f = r[name]
            lines.append("| %d | %s | %.0f | %.1f | %.1f | %.1f | %d | %.0f | %.1f |" % (
                r["tenants"], name.replace("_half", " at half load"), f["per_second"], f["p50_ms"], f["p90_ms"], f["p99_ms"], f["bad"] + f["socket_errors"],
                f["rss_instances_mib"], f["rss_nginx_mib"]))
    groups = ["total"] + [g for g, _ in THREAD_GROUPS] + ["other"]
    costed = [(r["tenants"], name, r[name]["cpu_ms_per_answer"]) for r in results
              for name in ("bare", "pages", "api", "pages_half", "api_half") if "cpu_ms_per_answer" in r.get(name, {})]
    if costed:
        lines += ["", "CPU of the instances per answer, ms (requests: the HTTP threads; grid: Hazelcast's; other: the rest,"
                  " threads that ended during the phase among them)", "",
                  "| programmes | phase | " + " | ".join(groups) + " |", "|---|---|" + "---|" * len(groups)]
        for tenants, name, cpu in costed:
            lines.append("| %d | %s | %s |" % (tenants, name.replace("_half", " at half load"), " | ".join("%.2f" % cpu.get(g, 0) for g in groups)))
    chats = [r for r in results if "chat" in r]
    if chats:
        lines += ["", "| programmes | Chat lines/s | deliveries measured / expected | failed | p50 ms | p90 ms | p99 ms | max ms |"
                  " RSS instances MiB |", "|---|---|---|---|---|---|---|---|---|"]
        for r in chats:
            c = r["chat"]
            lines.append("| %d | %.0f | %d / %d | %d | %.1f | %.1f | %.1f | %.1f | %.0f |" % (
                r["tenants"], c["lines_per_second"], c["deliveries"], c["deliveries_expected"], c["failed"], c["p50_ms"],
                c["p90_ms"], c["p99_ms"], c["max_ms"], c["rss_instances_mib"]))
    return "\n".join(lines)


def main(counts):
    OUT.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    results = []
    for n in counts:
        results.append(run(n))
        # Each count's figures are kept as soon as they are measured, so a later count that fails
        # does not lose them.
        with open(OUT / "results.json", "a") as out:
            out.write(json.dumps({"at": stamp, "results": results[-1:]}) + "\n")
    print(markdown(results))


if __name__ == "__main__":
    main([int(n) for n in sys.argv[1:]] or [1, 100, 10000])
