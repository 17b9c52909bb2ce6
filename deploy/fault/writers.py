"""People who keep submitting things through the balancer while the kill -9 test kills an instance,
and the check afterwards that the database holds everything they were told was sent.

Three kinds, on the demo programmes (the cluster runs with WAYFINDER_DEMO_ENABLED=true):
  - the demo mentee of Healthcare Horizons writing mentoring messages to her mentor (a form posted
    by PrimeFaces' AJAX on /mentoring/conversation.xhtml; the demo mentor has no DBS check in date,
    so the platform refuses his messages, as it should);
  - a student of Healthcare Zone asking follow-up questions (the form on /zone/index.xhtml);
  - the student and the professional writing lines in the demo's live Chat (the
    WebSocket, as zone/chat.js uses it: a key per line, an outbox sent again after reconnecting).

Each writer behaves as a person does: when sending fails (the balancer's 502, a refused or timed
out connection, a dropped socket) it sends the same text again a second later, as somebody presses
Send again: the same form, with the send key it was rendered with, so a text whose answer was lost
is not stored twice. Every outcome is kept with its time, so the test can tell when errors stopped.
"""
import json
import os
import random
import re
import string
import subprocess
import threading
import time
import html

import visitors

DEMO_PASSWORD = "wayfinder-demo"
BASE_DOMAIN = os.environ.get("CLUSTER_BASE_DOMAIN", "localhost")
HORIZONS = "healthcare-horizons.%s:%d" % (BASE_DOMAIN, visitors.PORT)
ZONE = "healthcare-zone.%s:%d" % (BASE_DOMAIN, visitors.PORT)
# Letters only: a text with a long number in it could be held as a phone number, which is still
# stored, but the test's texts should not depend on the safeguarding filter.
RUN = "fault " + "".join(random.choice(string.ascii_lowercase) for _ in range(8))
EVERY_SECONDS = 0.5
GIVE_UP_SECONDS = 30


def words(n):
    """A number as words ("one two"), so no text looks like contact details."""
    names = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    return " ".join(names[int(d)] for d in str(n))


class Writer(threading.Thread):
    """Sends a new text every EVERY_SECONDS until stopped, each until it is acknowledged."""

    kind = "?"
    made = 0

    def __init__(self, who):
        super().__init__(daemon=True)
        self.who = who
        # One person may write from several browsers: each writer's texts say which it is.
        Writer.made += 1
        self.device = string.ascii_lowercase[Writer.made % 26]
        self.sent = []  # every text this person wrote
        self.acknowledged = set()  # those the platform said it had
        self.events = []  # (monotonic time, "ok" | "error <what>" | "view-lost")
        self.instance = None
        self._halt = threading.Event()
        self._count = 0

    def next_text(self):
        self._count += 1
        return "%s %s %s %s %s" % (RUN, self.kind, self.who.split("@")[0], self.device, words(self._count))

    def stop(self):
        self._halt.set()

    def record(self, outcome):
        self.events.append((time.monotonic(), outcome))

    def run(self):
        while not self._halt.is_set():
            text = self.next_text()
            self.sent.append(text)
            self.deliver(text)
            time.sleep(EVERY_SECONDS)

    def deliver(self, text):
        """Sends text until acknowledged, or GIVE_UP_SECONDS after the test stopped."""
        stopped_at = None
        while True:
            outcome = self.send_once(text)
            self.record(outcome)
            if outcome == "ok":
                self.acknowledged.add(text)
                return
            if outcome.startswith("refused"):
                return  # the platform said no, and why: sending it again would change nothing
            if self._halt.is_set():
                stopped_at = stopped_at or time.monotonic()
                if time.monotonic() - stopped_at > GIVE_UP_SECONDS:
                    return
            time.sleep(1)


class FormWriter(Writer):
    """A PrimeFaces form on a page of a programme's site: the page is loaded once, as a person
    keeps it open, and its form is sent for every text."""

    path = form = field = render = None

    def __init__(self, who, host):
        super().__init__(who)
        self.browser = visitors.Browser(host)
        self.browser.sign_in(who, DEMO_PASSWORD, self.path)
        self.load()

    def load(self):
        status, location, page = self.browser.request("GET", self.page_path())
        if status != 200:
            raise RuntimeError("%s: %s answered %d %s" % (self.who, self.page_path(), status, location))
        self.state = visitors.form_state(page)
        self.action = html.unescape(re.search(r'<form id="%s"[^>]* action="([^"]+)"' % self.form, page).group(1))
        self.key = self.send_key(page)
        if not self.key:
            raise RuntimeError("%s: the form %s on %s has no send key" % (self.who, self.form, self.page_path()))

    def send_key(self, text):
        """The key the form carries for its next send (a hidden field): the platform stores a text
        sent again with the same key once. A new one comes with the form after each send."""
        field = re.search(r'<input[^>]*name="%s:key"[^>]*>' % self.form, text)
        return html.unescape(re.search(r'value="([^"]*)"', field.group(0)).group(1)) if field else None

    def page_path(self):
        return self.path

    def send_once(self, text):
        try:
            status, answer = self.browser.ajax(self.action, self.state, self.form + ":send", self.form, self.render,
                                               {self.form + ":" + self.field: text, self.form + ":key": self.key})
        except (OSError, visitors.http.client.HTTPException) as e:
            return "error " + type(e).__name__
        if status != 200:
            return "error %d" % status
        if "<partial-response" not in answer:
            return "error not a partial response"
        if "<redirect" in answer and "/login.xhtml" in answer:
            return "signed-out"
        if "<redirect" in answer or "<error" in answer or "ViewExpired" in answer:
            # The page's form is no longer known where the request went: the person reloads the
            # page (what they typed is gone) and sends it again.
            try:
                self.load()
            except (RuntimeError, OSError, visitors.http.client.HTTPException):
                pass
            return "view-lost"
        new_state = re.search(r'<update id="[^"]*jakarta\.faces\.ViewState[^"]*"><!\[CDATA\[([^\]]*)\]\]>', answer)
        if new_state:
            self.state = (new_state.group(1), self.state[1])
        if "validationFailed&#34;:true" in answer or '"validationFailed":true' in answer:
            said = re.findall(r'ui-message-error-(?:detail|summary)[^>]*>([^<]+)<', answer)
            return "refused: " + (html.unescape(said[0]) if said else "no reason shown")
        # The text shown back outside the form's field (which keeps what was typed when it fails).
        shown = re.sub(r"<textarea.*?</textarea>", "", answer, flags=re.S)
        if html.escape(text, quote=False) not in shown:
            return "error text not shown back"
        self.key = self.send_key(answer) or self.key
        return "ok"


class MessageWriter(FormWriter):
    kind = "message"
    path = "/mentoring/index.xhtml"
    form, field, render = "send", "text", "send"

    def page_path(self):
        if not hasattr(self, "conversation"):
            status, _, page = self.browser.request("GET", "/mentoring/index.xhtml")
            match = re.search(r'href="([^"]*/mentoring/conversation\.xhtml\?match=[^"]+)"', page)
            if status != 200 or not match:
                raise RuntimeError("%s has no conversation on /mentoring/index.xhtml (%d)" % (self.who, status))
            self.conversation = html.unescape(match.group(1))
        return self.conversation


class QuestionWriter(FormWriter):
    kind = "question"
    path = "/zone/index.xhtml"
    form, field, render = "ask", "question", "ask mine"


class ChatWriter(Writer):
    """A participant of the demo's live Chat on its WebSocket, as zone/chat.js: each line gets a key
    and waits in the outbox until the platform acknowledges it; after a dropped connection the
    page reconnects and sends its outbox again (the platform stores each key once)."""

    kind = "chat"

    def __init__(self, who):
        super().__init__(who)
        home = "/zone/index.xhtml"
        self.browser = visitors.Browser(ZONE)
        self.browser.sign_in(who, DEMO_PASSWORD, home)
        status, _, page = self.browser.request("GET", home)
        chat = re.search(r'/zone/chat\.xhtml\?id=([0-9a-f-]+)', page)
        if status != 200 or not chat:
            raise RuntimeError("%s sees no live Chat on %s (%d)" % (who, home, status))
        status, _, page = self.browser.request("GET", "/zone/chat.xhtml?id=" + chat.group(1))
        socket_path = re.search(r'data-socket="([^"]+)"', page)
        if status != 200 or not socket_path:
            raise RuntimeError("%s cannot open the Chat's page (%d)" % (who, status))
        self.socket_path = html.unescape(socket_path.group(1))
        self.outbox = {}  # key -> text, until acknowledged

    def run(self):
        import websocket  # Debian's python3-websocket; deploy/fault/instance-killed installs it
        wait = 0.5
        while not self.finished():
            socket = None
            try:
                socket = websocket.create_connection(
                    "ws://127.0.0.1:%d%s?k=%s" % (visitors.PORT, self.socket_path, key()), timeout=5,
                    host=ZONE, origin="http://" + ZONE, cookie=self.browser.cookie_header())
                socket.settimeout(0.1)
                hello = False
                next_line = time.monotonic()
                while not self.finished():
                    if hello and not self._halt.is_set() and time.monotonic() >= next_line:
                        text = self.next_text()
                        self.sent.append(text)
                        line_key = key()
                        self.outbox[line_key] = text
                        socket.send(json.dumps({"t": "send", "key": line_key, "text": text}))
                        next_line = time.monotonic() + EVERY_SECONDS
                    try:
                        message = json.loads(socket.recv())
                    except websocket.WebSocketTimeoutException:
                        continue
                    kind = message.get("t")
                    if kind == "hello":
                        hello, wait = True, 0.5
                        self.record("ok")
                        self.flush(socket)
                    elif kind == "ack" and message.get("key") in self.outbox:
                        self.acknowledged.add(self.outbox.pop(message["key"]))
                        self.record("ok")
                    elif kind == "refused":
                        self.record("error refused: %s" % message.get("message"))
                        self.outbox.pop(message.get("key"), None)
                    elif kind == "failed":
                        self.record("error line failed")
                        time.sleep(2)
                        self.flush(socket)
            except (OSError, websocket.WebSocketException, ValueError) as e:
                self.record("error " + type(e).__name__)
                time.sleep(wait)
                wait = min(2.0, wait * 2)
            finally:
                if socket is not None:
                    try:
                        socket.close()
                    except (OSError, websocket.WebSocketException):
                        pass

    def flush(self, socket):
        """Sends every line not yet acknowledged (a line sent twice is stored once, by its key)."""
        for line_key, text in list(self.outbox.items()):
            socket.send(json.dumps({"t": "send", "key": line_key, "text": text}))

    def finished(self):
        """Stopped, and the outbox is empty or has been given GIVE_UP_SECONDS to empty."""
        if not self._halt.is_set():
            return False
        self.stopped_at = getattr(self, "stopped_at", None) or time.monotonic()
        return not self.outbox or time.monotonic() - self.stopped_at > GIVE_UP_SECONDS


def key():
    return "".join(random.choice(string.ascii_letters + string.digits) for _ in range(24))


def stored(sql):
    """Rows (tuples of strings) the cluster's database answers to sql."""
    client = "mariadb" if subprocess.call(["sh", "-c", "command -v mariadb >/dev/null"]) == 0 else "mysql"
    env = dict(os.environ, MYSQL_PWD=os.environ.get("CLUSTER_DB_PASSWORD", ""))
    out = subprocess.run([client, "-N", "-B", "-h", os.environ.get("CLUSTER_DB_HOST", "127.0.0.1"),
                          "-P", os.environ.get("CLUSTER_DB_PORT", "3306"), "-u", os.environ.get("CLUSTER_DB_USER", "root"),
                          os.environ["CLUSTER_DB_NAME"], "-e", sql], env=env, check=True, capture_output=True, text=True).stdout
    return [tuple(line.split("\t")) for line in out.splitlines() if line]


# What each kind's texts are stored as: table and column.
STORED_IN = {"message": ("mentoring_message", "body"), "question": ("zone_question", "body"),
             "chat": ("zone_chat_line", "body")}


def stored_counts(kind):
    """text -> how many rows of its kind hold it, for this run's texts."""
    table, column = STORED_IN[kind]
    return {text: int(count) for text, count in stored(
        "SELECT %s, COUNT(*) FROM %s WHERE %s LIKE '%s %%' GROUP BY %s" % (column, table, column, RUN, column))}


def give_the_mentee_a_mentor():
    """The demo mentee has no match: an owner would make one on the proposal page (BrowserIT walks
    that). Made here in the database, as the test's starting point, not as what it tests."""
    stored("INSERT INTO mentoring_match (id, tenant_id, version, created_at, mentee_id, mentor_id, started_at, score,"
           " score_breakdown, made_by) SELECT UUID(), t.id, 0, UTC_TIMESTAMP(6), mentee.id, mentor.id, UTC_TIMESTAMP(6),"
           " 0, 'made by the fault test', mentor.id FROM tenant t"
           " JOIN account mentee ON mentee.tenant_id = t.id AND mentee.email = 'student@horizons.example'"
           " JOIN account mentor ON mentor.tenant_id = t.id AND mentor.email = 'mentor@horizons.example'"
           " WHERE t.slug = 'healthcare-horizons'"
           " AND NOT EXISTS (SELECT 1 FROM mentoring_match m WHERE m.tenant_id = t.id AND m.mentee_id = mentee.id)")
