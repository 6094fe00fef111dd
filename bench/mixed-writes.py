#!/usr/bin/env python3
"""Writers for bench/mixed.sh: comments at a steady rate across a few hot stories, an editor saving a
story every few seconds, and a probe of the hot set's page-cache hit ratio. Runs for DURATION seconds.

  mixed-writes.py BASE DURATION COMMENTS_PER_SECOND EDITOR_EVERY HOT_PATHS_FILE EMAIL PASSWORD
"""
import html.parser
import http.cookiejar
import re
import sys
import threading
import time
import urllib.parse
import urllib.request

base, duration, rate, editor_every, hot_file, email, password = sys.argv[1:8]
duration, rate, editor_every = float(duration), float(rate), float(editor_every)
hot = [line.strip() for line in open(hot_file) if line.strip()]
stop = time.time() + duration
stats = {"comments": 0, "comments_refused": 0, "saves": 0, "saves_failed": 0, "probe_hits": 0, "probe_misses": 0}
lock = threading.Lock()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def opener(cookies=None):
    handlers = [NoRedirect()]
    if cookies is not None:
        handlers.append(urllib.request.HTTPCookieProcessor(cookies))
    return urllib.request.build_opener(*handlers)


def status(open_, request):
    try:
        with open_.open(request, timeout=10) as response:
            return response.status, response.read().decode("utf-8", "replace"), response.headers
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace"), error.headers


def comments():
    plain = opener()
    stories = hot[:3]
    tokens = {}
    for path in stories:
        _, page, _ = status(plain, urllib.request.Request(base + path))
        tokens[path] = re.search(r'name="token" value="([^"]*)"', page).group(1)
    time.sleep(3.5)  # the minimum time on page
    n = 0
    next_at = time.time()
    while time.time() < stop:
        path = stories[n % len(stories)]
        reader = n % 100
        body = urllib.parse.urlencode({"comment": f"Mixed load comment {n} at {time.time():.3f} — «bien»",
                                       "author": f"Reader {reader}", "email": f"reader{reader}@example.org",
                                       "token": tokens[path]}).encode()
        code, _, _ = status(plain, urllib.request.Request(base + path + "/comments", data=body,
                                                          headers={"Origin": base}))
        with lock:
            stats["comments" if code == 302 else "comments_refused"] += 1
        n += 1
        next_at += 1 / rate
        time.sleep(max(0, next_at - time.time()))


class Form(html.parser.HTMLParser):
    def __init__(self, action):
        super().__init__()
        self.action, self.inside, self.fields, self.textarea, self.select = action, False, [], None, None
        self.form_id = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.inside = a.get("action", "") == self.action and a.get("method", "get").lower() == "post"
            if self.inside:
                self.form_id = a.get("id")
            return
        inside = self.inside or (a.get("form") is not None and a.get("form") == self.form_id)
        if not inside:
            return
        if tag == "input" and a.get("name"):
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            if kind not in ("submit", "button", "file"):
                self.fields.append([a["name"], a.get("value", "")])
        elif tag == "textarea" and a.get("name"):
            self.textarea = [a.get("name"), ""]
            self.fields.append(self.textarea)
        elif tag == "select":
            self.select = a.get("name")
        elif tag == "option" and self.select and "selected" in a:
            self.fields.append([self.select, a.get("value", "")])

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "textarea":
            self.textarea = None
        elif tag == "select":
            self.select = None

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data


def editor():
    jar = http.cookiejar.CookieJar()
    session = opener(jar)
    _, page, _ = status(session, urllib.request.Request(base + "/admin/login"))
    csrf = re.search(r'name="_csrf" value="([^"]*)"', page).group(1)
    code, _, _ = status(session, urllib.request.Request(base + "/admin/login", data=urllib.parse.urlencode(
        {"email": email, "password": password, "_csrf": csrf}).encode()))
    if code != 302:
        print("editor: could not sign in", code)
        return
    story = hot[3] if len(hot) > 3 else hot[0]
    _, page, _ = status(opener(), urllib.request.Request(base + story))
    ids = re.findall(r'data-article-id="(\d+)"', page)
    if not ids:
        print("editor: no story to edit")
        return
    action = f"/admin/articles/{ids[0]}"
    n = 0
    while time.time() < stop:
        started = time.time()
        _, page, _ = status(session, urllib.request.Request(base + action + "/edit"))
        form = Form(action)
        form.feed(page)
        fields = [(k, re.sub(r" \(update \d+\)$", "", v) + f" (update {n})" if k == "deck" else v)
                  for k, v in form.fields]
        code, _, _ = status(session, urllib.request.Request(base + action, data=urllib.parse.urlencode(fields).encode()))
        with lock:
            stats["saves" if code == 302 else "saves_failed"] += 1
        n += 1
        time.sleep(max(0, editor_every - (time.time() - started)))


def probe():
    plain = opener()
    n = 0
    while time.time() < stop:
        path = hot[n % len(hot)]
        _, _, headers = status(plain, urllib.request.Request(base + path, headers={"Accept-Encoding": "gzip"}))
        with lock:
            stats["probe_hits" if headers.get("X-Page-Cache") == "HIT" else "probe_misses"] += 1
        n += 1
        time.sleep(0.02)


workers = [threading.Thread(target=target, daemon=True) for target in (comments, editor, probe)]
for worker in workers:
    worker.start()
for worker in workers:
    worker.join(timeout=duration + 30)
for key, value in stats.items():
    print(key, value)
