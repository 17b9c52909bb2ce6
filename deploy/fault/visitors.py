"""Signed-in visitors for the fault tests: browsers that sign in through the balancer and then keep
requesting a page only a signed-in person may see, recording what each request met."""
import http.client
import os
import re
import threading
import time
import urllib.parse
import uuid

PORT = int(os.environ.get("CLUSTER_PORT", "58080"))
HOST = os.environ.get("CLUSTER_BASE_DOMAIN", "localhost") + ":" + str(PORT)
EMAIL = os.environ.get("WAYFINDER_OPERATOR_EMAIL", "")
PASSWORD = os.environ.get("WAYFINDER_OPERATOR_PASSWORD", "")
PAGE = "/account/index.xhtml"


class Browser:
    """One visitor: keeps its cookies as a browser does (the session's, and Payara's
    JSESSIONIDVERSION, which tells an instance whether its copy of the session is the latest),
    follows no redirect by itself."""

    def __init__(self, host=HOST):
        self.host = host
        self.cookies = {}

    def cookie_header(self):
        return "; ".join(name + "=" + value for name, value in self.cookies.items())

    def request(self, method, path, body=None, extra_headers=None):
        connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=15)
        headers = {"Host": self.host}
        if self.cookies:
            headers["Cookie"] = self.cookie_header()
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        headers.update(extra_headers or {})
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            text = response.read().decode("utf-8", "replace")
            for name, value in response.getheaders():
                if name.lower() == "set-cookie":
                    cookie, value = value.split(";", 1)[0].split("=", 1)
                    self.cookies[cookie.strip()] = value
            return response.status, response.getheader("Location") or "", text
        finally:
            connection.close()

    def sign_in(self, email=EMAIL, password=PASSWORD, page_after=PAGE):
        status, _, page = self.request("GET", "/login.xhtml")
        if status != 200:
            raise RuntimeError("the sign-in page answered %d" % status)
        form = urllib.parse.urlencode({"signIn": "signIn", "signIn:next": "", "signIn:email": email,
                                       "signIn:password": password, "signIn:submit": "",
                                       "jakarta.faces.ViewState": view_state(page), "primefaces.nonce": script_nonce(page)})
        status, location, page = self.request("POST", "/login.xhtml", form)
        if status not in (302, 303):
            raise RuntimeError("signing in answered %d %s" % (status, re.sub(r"\s+", " ", page)[:300]))
        status, location, _ = self.request("GET", page_after)
        if status != 200:
            raise RuntimeError("after signing in %s answered %d %s" % (page_after, status, location))

    def ajax(self, path, state, source, execute, render, fields):
        """What PrimeFaces' script sends when the button `source` is pressed: the form `execute` with
        `fields`, asking for `render` back. `state` is the page's (view state, CSP nonce), which go
        with every form a browser sends. Returns (status, partial response text)."""
        form_id = execute.split()[0]
        body = {"jakarta.faces.partial.ajax": "true", "jakarta.faces.source": source,
                "jakarta.faces.partial.execute": execute, "jakarta.faces.partial.render": render,
                source: source, form_id: form_id, "jakarta.faces.ViewState": state[0], "primefaces.nonce": state[1]}
        body.update(fields)
        status, _, text = self.request("POST", path, urllib.parse.urlencode(body),
                                       {"Faces-Request": "partial/ajax", "X-Requested-With": "XMLHttpRequest"})
        return status, text

    def instance(self, access_log):
        """The balancer's port of the instance this browser's requests go to: a marked request,
        then nginx's access log line for it."""
        marker = uuid.uuid4().hex
        self.request("GET", "/health/ready?where=" + marker)
        for _ in range(50):  # nginx writes the line once the answer has gone, so perhaps just after
            with open(access_log) as f:
                for line in reversed(f.readlines()):
                    if marker in line:
                        return int(re.search(r"upstream=127\.0\.0\.1:(\d+)", line).group(1))
            time.sleep(0.1)
        raise RuntimeError("the balancer did not log the request marked " + marker)


def form_state(page):
    """(view state, CSP nonce) of a page, as its forms send them."""
    return view_state(page), script_nonce(page)


def view_state(page):
    return re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', page).group(1)


def script_nonce(page):
    # PrimeFaces' script adds the page's CSP nonce to every form it sends; a browser would too.
    return re.search(r'<script[^>]* nonce="([^"]+)"', page).group(1)


def signed_in_browsers(count):
    """count browsers signed in as the operator, or a RuntimeError saying how many failed and why."""
    browsers = [Browser() for _ in range(count)]
    failures = []
    for browser in browsers:
        try:
            browser.sign_in()
        except RuntimeError as e:
            failures.append(str(e))
    if failures:
        raise RuntimeError("%d of %d sign-ins through the balancer failed, first: %s" % (len(failures), count, failures[0]))
    return browsers


class Load:
    """Each browser requests PAGE every 0.2 s on a thread of its own until stopped. Every outcome is
    kept as (monotonic time, browser index, "ok" | "signed-out" | "error <what>", seconds to answer)."""

    def __init__(self, browsers):
        self.results = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._use, args=(i, b), daemon=True) for i, b in enumerate(browsers)]

    def start(self):
        for thread in self._threads:
            thread.start()

    def stop(self):
        self._stop.set()
        for thread in self._threads:
            thread.join(20)

    def _use(self, index, browser):
        while not self._stop.is_set():
            at = time.monotonic()
            try:
                status, location, _ = browser.request("GET", PAGE)
                if status == 200:
                    outcome = "ok"
                elif status in (302, 303) and "/login.xhtml" in location:
                    outcome = "signed-out"
                else:
                    outcome = "error %d" % status
            except (OSError, http.client.HTTPException) as e:
                outcome = "error " + type(e).__name__
            with self._lock:
                self.results.append((at, index, outcome, time.monotonic() - at))
            time.sleep(0.2)


def started_load(count):
    """Signs in `count` browsers through the balancer and starts their load; None, with FAIL printed, if they could not sign in."""
    try:
        browsers = signed_in_browsers(count)
    except RuntimeError as e:
        print("FAIL: %s" % e)
        return None
    print("%d browsers signed in as %s through the balancer on %s" % (count, EMAIL, HOST))
    load = Load(browsers)
    load.start()
    return load
