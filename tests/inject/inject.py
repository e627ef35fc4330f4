#!/usr/bin/python3
# SQL injection campaign (issue 8): every route of every cgi-bin/*/main.cpp x every parameter it reads
# x every role tests/access_matrix.tsv lets through, each tested by sqlmap with the role's session.
# Targets are found at run time: the route tables give the routes, a crawl of the pages as each role
# gives the real ids, the links' query parameters and every form's fields, and the handlers' source
# gives the parameters it names (req.query("x"), req.form("x")...). A route a role may reach that
# ends up with no target fails the run, unless tests/inject/skip.tsv says why it reads nothing.
# Usage: inject.py fast|full|control   (env: DVK_TEST_URL, DVK_VAR, DVK_ROOT, DVK_BIN; see run.sh)
# Exit 0 only when sqlmap found nothing injectable, no answer was >= 500 and no session was lost
# (control: exit 0 only when sqlmap DID report the control parameter injectable).
import concurrent.futures
import html.parser
import http.client
import http.cookiejar
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

MODE = sys.argv[1] if len(sys.argv) > 1 else "fast"
URL = os.environ["DVK_TEST_URL"].rstrip("/")
VAR = os.environ["DVK_VAR"]
ROOT = os.environ.get("DVK_ROOT", os.path.realpath(os.path.join(os.path.dirname(__file__), "../..")))
BIN = os.environ.get("DVK_BIN", os.path.join(ROOT, "bin"))
WORK = os.environ.get("INJECT_WORK") or "/tmp/dvk-inject.%d" % os.getpid()
PASSWORD = "dvk-demo-2026"
SQLMAP = os.environ.get("SQLMAP", "sqlmap")
JOBS = int(os.environ.get("INJECT_JOBS", "4"))
THREADS = int(os.environ.get("INJECT_THREADS", "4"))
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
CSV = b"x\r\n"  # replaced by the import template at run time
ACCESS_LOG = os.path.join(VAR, "log", "nginx-access.log")

# The four roles of the brief (demo accounts) and anonymous for the public pages.
ROLES = {"pt_staff": "pt.canbo", "pt_head": "pt.lanhdao", "commission": "bdv.nguyen", "admin": "admin",
         "anonymous": None}
# Throwaway accounts (made with dvkctl at the start): the targets that change a password or an
# account's state act on these, so the demo accounts (and the sessions of this run) stay intact.
THROWAWAY = {"pt_staff": ("unit_staff", "PT"), "pt_head": ("unit_head", "PT"),
             "commission": ("commission_staff", "BT"), "admin": ("admin", "BT")}


def log(*a):
    print("inject:", *a, flush=True)


# ---- the routes, the access matrix, the handlers' own parameter names --------------------------
def routes_in_source():
    out = []
    for area in sorted(os.listdir(os.path.join(ROOT, "cgi-bin"))):
        f = os.path.join(ROOT, "cgi-bin", area, "main.cpp")
        if not os.path.exists(f):
            continue
        src = open(f, encoding="utf-8").read()
        for m in re.finditer(r'\{\s*"(GET|POST)"\s*,\s*"([^"]+)"\s*,\s*(\w+)\s*,', src):
            out.append({"method": m.group(1), "path": m.group(2), "handler": m.group(3), "area": area})
    return out


def pattern_regex(path):
    return re.compile("^" + re.sub(r"\\\{\w+\\\}", r"([0-9]+)", re.escape(path)) + "$")


def access_matrix():
    """(method, path) -> set of roles that get through (a cell other than 403; for anonymous not 303)."""
    allowed, header = {}, None
    for line in open(os.path.join(ROOT, "tests", "access_matrix.tsv"), encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# method"):
            header = line[2:].split("\t")
            continue
        if not line or line.startswith("#"):
            continue
        cells = dict(zip(header, line.split("\t")))
        key = (cells["method"], cells["path"])
        allowed.setdefault(key, set())
        for role in ROLES:
            c = cells.get(role, "403")
            if c == "403" or (role == "anonymous" and c == "303"):
                continue
            allowed[key].add(role)
    return allowed


def handler_params(route):
    """The literal parameter names the handler's file reads (query for GET, form for POST)."""
    area_dir = os.path.join(ROOT, "cgi-bin", route["area"])
    kinds = ("query", "query_int") if route["method"] == "GET" else ("form", "form_all")
    names = set()
    for fn in os.listdir(area_dir):
        if not fn.endswith(".cpp"):
            continue
        src = open(os.path.join(area_dir, fn), encoding="utf-8").read()
        if not re.search(r"\bvoid\s+%s\s*\(" % route["handler"], src):
            continue
        for m in re.finditer(r'\breq\.(\w+)\("([a-z_0-9]+)"\)', src):
            if m.group(1) in kinds:
                names.add(m.group(2))
    names.discard("csrf_token")
    return names


# ---- HTTP as a role --------------------------------------------------------------------------
class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


class Client:
    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.csrf = None
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())

    def request(self, path, data=None):
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        try:
            r = self.opener.open(urllib.request.Request(URL + path, data=body), timeout=30)
            return r.status, r.headers, r.read()
        except urllib.error.HTTPError as e:
            return e.code, e.headers, e.read()

    def upload(self, path, fields, field, filename, data):
        b = "----dvkinject" + secrets.token_hex(8)
        body = b"".join(("--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n%s\r\n" % (b, n, v)).encode()
                        for n, v in fields)
        body += ("--%s\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"%s\"\r\n"
                 "Content-Type: application/octet-stream\r\n\r\n" % (b, field, filename)).encode() + data
        body += ("\r\n--%s--\r\n" % b).encode()
        req = urllib.request.Request(URL + path, data=body,
                                     headers={"Content-Type": "multipart/form-data; boundary=" + b})
        try:
            return self.opener.open(req, timeout=30).status
        except urllib.error.HTTPError as e:
            return e.code

    def cookie(self):
        return "; ".join("%s=%s" % (c.name, c.value) for c in self.jar if c.name != "dvk_lang")

    def sign_in(self, login, password=PASSWORD):
        _, _, body = self.request("/login")
        token = re.search(rb'name="csrf_token" value="([^"]*)"', body).group(1).decode()
        status, _, _ = self.request("/login", {"login": login, "password": password, "csrf_token": token})
        if status != 303:
            raise SystemExit("inject: sign-in as %s answered %d" % (login, status))
        return self

    def signed_in(self):
        status, headers, _ = self.request("/account/password")
        return status == 200


# ---- pages: links and forms ----------------------------------------------------------------
class PageParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links, self.forms = [], []
        self.form = None
        self.select = None
        self.textarea = None

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form":
            self.form = {"method": a.get("method", "get").upper(), "action": a.get("action", ""),
                         "enctype": a.get("enctype", ""), "fields": [], "types": {}, "alt": [], "buttons": []}
            self.forms.append(self.form)
        elif self.form is None:
            return
        elif tag == "input" and a.get("name"):
            t = a.get("type", "text").lower()
            if t in ("checkbox", "radio") and "checked" not in a and any(
                    n == a["name"] for n, _ in self.form["fields"]):
                return
            if t in ("checkbox", "radio") and "checked" not in a:
                self.form["fields"].append((a["name"], a.get("value", "on")))
            elif t not in ("submit", "button", "image", "reset"):
                self.form["fields"].append((a["name"], a.get("value", "")))
            self.form["types"][a["name"]] = t
        elif tag == "button" and a.get("name") and a.get("type", "submit").lower() == "submit":
            # A browser sends only the button clicked: each named one is a variant of the form (see
            # form_variants), the validating ones first.
            self.form["buttons"].append((a["name"], a.get("value", ""), "formnovalidate" in a))
        if tag in ("button", "input") and a.get("formaction"):
            self.form["alt"].append(a["formaction"])
        elif tag == "select" and a.get("name"):
            self.select = {"name": a["name"], "value": None, "first": None, "first_any": None}
        elif tag == "option" and self.select is not None:
            v = a.get("value", "")
            if self.select["first"] is None and v:
                self.select["first"] = v
            if self.select["first_any"] is None:
                self.select["first_any"] = v
            if "selected" in a:
                self.select["value"] = v
        elif tag == "textarea" and a.get("name"):
            self.textarea = [a["name"], ""]

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "select" and self.select is not None and self.form is not None:
            s = self.select
            # What a browser sends for a GET filter; a POST form gets the first real choice (to pass validation).
            default = s["first_any"] if self.form["method"] == "GET" else s["first"]
            self.form["fields"].append((s["name"], s["value"] if s["value"] is not None else (default or "")))
            self.form["types"][s["name"]] = "select"
            self.select = None
        elif tag == "textarea" and self.textarea is not None and self.form is not None:
            self.form["fields"].append(tuple(self.textarea))
            self.form["types"][self.textarea[0]] = "textarea"
            self.textarea = None
        elif tag == "form":
            self.form = None


# Values that get a form past its validation, so the parameter under test reaches the store.
GOOD = [
    (r"date", "15/02/2026"), (r"^year$", "2026"), (r"target", "10"), (r"^title$", "Mô hình kiểm thử injection"),
    (r"^summary$", "Tóm tắt kiểm thử"), (r"^kind$", "collective"), (r"^field$", "economy"),
    (r"indicator_name", "Chỉ tiêu"), (r"indicator_unit", "hộ"), (r"^name", "Kiểm thử"), (r"^code$", "INJ"),
    (r"^login$", "inj.x"), (r"justification|note|reason|place|members|signer|content|minutes", "Kiểm thử"),
    (r"^number$", "01/QĐ-INJ"), (r"^email$", "inj@example.org"),
]


def good_value(name, value, ftype):
    if value:
        return value
    for pat, v in GOOD:
        if re.search(pat, name):
            return v
    return "1" if ftype == "number" else "kiem thu"


# ---- discovery -------------------------------------------------------------------------------
def crawl(role, client, routes, seeds, max_pages=350, per_route=8):
    """Fetch the pages this role sees; returns the GET urls seen and the forms, by route."""
    seen_urls, per_pattern = set(), {}
    queue = ["/"] + seeds + [r["path"] for r in routes if r["method"] == "GET" and "{" not in r["path"]]
    gets, forms = [], []
    fetched = 0
    while queue and fetched < max_pages:
        u = queue.pop(0)
        parts = urllib.parse.urlsplit(u)
        if parts.netloc or parts.scheme or not parts.path.startswith("/") or parts.path.startswith("/static/"):
            continue
        if u in seen_urls:
            continue
        seen_urls.add(u)
        route = match_route(routes, "GET", parts.path)
        if route is None:
            continue
        params = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
        gets.append((route, parts.path, params))
        if parts.path in ("/logout",):
            continue
        key = (route["path"], tuple(sorted(set(n for n, _ in params))))
        per_pattern[key] = per_pattern.get(key, 0) + 1
        if per_pattern[key] > per_route:
            continue
        if re.search(r"\.(csv|xlsx)$|/attachments/|/certificate$|/template", parts.path):
            continue
        status, headers, body = client.request(u)
        fetched += 1
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        p = PageParser()
        p.feed(body.decode("utf-8", "replace"))
        m = re.search(rb'name="csrf_token" value="([0-9a-f]+)"', body)
        if m:
            client.csrf = m.group(1).decode()
        for f in p.forms:
            for act in [f["action"]] + f["alt"]:
                forms.append((u, urllib.parse.urljoin(parts.path, act or parts.path), f))
            action = urllib.parse.urljoin(parts.path, f["action"] or parts.path)
            if f["method"] == "GET":
                queue.append(urllib.parse.urlsplit(action).path + "?" + urllib.parse.urlencode(f["fields"]))
        for h in p.links:
            queue.append(urllib.parse.urljoin(u, h).replace(URL, ""))
    return gets, forms


def match_route(routes, method, path):
    for r in routes:
        if r["method"] == method and r["rx"].match(path):
            return r
    return None


def path_names(route_path):
    return re.findall(r"\{(\w+)\}", route_path)


def build_targets(routes, allowed, clients, victim_id):
    targets = {}  # (method, route path, role, param) -> target

    def add(route, role, path, params, param, extra=None):
        key = (route["method"], route["path"], role, param)
        if key in targets:
            return
        t = {"method": route["method"], "route": route["path"], "role": role, "param": param, "path": path,
             "params": list(params)}
        t.update(extra or {})
        targets[key] = t

    later = []

    def add_all(route, role, path, params, extra=None):
        names = [n for n, _ in params]
        for n in names:
            if n != "csrf_token":
                add(route, role, path, params, n, extra)
        # A name the handler reads that this page's link or form did not carry: tested after every
        # page was seen (a real link with it wins), with an empty value on a GET (as if absent).
        for n in sorted(route["own"] - set(names)):
            v = "" if route["method"] == "GET" else good_value(n, "", "text")
            later.append((route, role, path, params + [(n, v)], n, extra))
        for n in path_names(route["path"]):
            add(route, role, path, params, "<path %s>" % n, extra)
        if not names and not route["own"] and "{" not in route["path"]:
            add(route, role, path, params, "<none>", extra)

    for role, client in clients.items():
        gets, forms = crawl(role, client, routes, ["/admin/users/%d" % victim_id])
        for route, path, params in gets:
            if role in allowed.get((route["method"], route["path"]), set()):
                add_all(route, role, path, params)
        for page, action, f in forms:
            if f["method"] != "POST":
                continue
            path = urllib.parse.urlsplit(action).path
            route = match_route(routes, "POST", path)
            if route is None or role not in allowed.get(("POST", route["path"]), set()):
                continue
            # Account-changing forms act on the throwaway account only, never on a signed-in one.
            m = re.match(r"^/admin/users/([0-9]+)", path)
            if m and int(m.group(1)) != victim_id:
                continue
            fields = [(n, good_value(n, v, f["types"].get(n, "text"))) for n, v in f["fields"]]
            files = [n for n, t in f["types"].items() if t == "file"]
            fields = [(n, v) for n, v in fields if n not in files]
            for variant in form_variants(fields, f["buttons"]):
                add_all(route, role, path, variant, {"page": page, "multipart": "multipart" in f["enctype"], "files": files})

    # (the richest request of the route first: a bare list URL may be a 404 where a link is not)
    for a in sorted(later, key=lambda a: -len(a[3])):
        add(*a)
    later.clear()

    # A role that reaches a route whose page or form it was not shown (another unit's record, a
    # state the demo data does not put its records in): the request another role's page gave, with
    # this role's CSRF token, or for a form nobody was shown, the handler's own parameter names.
    for r in routes:
        for role in sorted(allowed[(r["method"], r["path"])]):
            if role == "anonymous" or any(k[:3] == (r["method"], r["path"], role) for k in targets):
                continue
            donors = [t for k, t in targets.items() if k[:2] == (r["method"], r["path"])]
            if donors:
                for t in donors:
                    params = [(n, clients[role].csrf if n == "csrf_token" else v) for n, v in t["params"]]
                    extra = {k: t[k] for k in ("page", "multipart", "files") if k in t}
                    add(r, role, t["path"], params, t["param"], extra)
                continue
            path = concrete_path(r["path"], targets)
            if path is None:
                continue
            params = [("csrf_token", clients[role].csrf)] if r["method"] == "POST" else []
            params += [(n, "" if r["method"] == "GET" else good_value(n, "", "text")) for n in sorted(r["own"])]
            add_all(r, role, path, params, {"synthesised": True})
    for a in sorted(later, key=lambda a: -len(a[3])):
        add(*a)
    return targets


def form_variants(fields, buttons):
    """The requests a form sends: one per named submit button, the one that saves before those that
    skip validation (the model form's "more indicator rows"): a parameter shared by both is tested on
    the request that reaches the store. Sending every button at once only ever took the secondary path."""
    if not buttons:
        return [fields]
    return [fields + [(n, v)] for n, v, _ in sorted(buttons, key=lambda b: b[2])]


def concrete_path(pattern, targets):
    """The pattern with real ids: those of a crawled path sharing the longest prefix up to each {id}."""
    out = pattern
    while "{" in out:
        prefix = out[:out.index("{")]
        ids = [re.match(re.escape(prefix) + r"([0-9]+)", t["path"]) for t in targets.values()]
        # Nothing links there (e.g. /recognitions/{id}/certificate): id 1; the id is the parameter.
        ids = [m.group(1) for m in ids if m] or ["1"]
        out = re.sub(r"\{\w+\}", ids[0], out, count=1)
    return out


# ---- sqlmap ----------------------------------------------------------------------------------
def sqlmap_args(t, cookie, level, risk, technique):
    d = os.path.join(WORK, "sqlmap", t["id"])
    os.makedirs(d, exist_ok=True)
    params = t["params"]
    path = t["path"]
    if t["param"].startswith("<path "):
        # sqlmap's custom injection marker after the n-th id of the path.
        n = path_names(t["route"]).index(t["param"][6:-1])
        segs = path.split("/")
        nums = [i for i, p in enumerate(segs) if re.fullmatch(r"[0-9]+", p)]
        segs[nums[n]] += "*"
        path = "/".join(segs)
    args = [SQLMAP, "--batch", "--dbms=MySQL", "--level=%d" % level, "--risk=%d" % risk,
            "--flush-session", "--output-dir=" + d, "-t", os.path.join(d, "traffic.txt"),
            "--cookie=" + cookie, "--drop-set-cookie", "--skip-waf", "--disable-coloring",
            "--timeout=30", "--retries=1", "--ignore-code=404", "--threads=%d" % THREADS, "--ignore-redirects",
            "--user-agent=sqlmap-inject", "-v", "1",
            # sqlmap unescapes a page before looking for a meta refresh, so a stored, correctly escaped
            # XSS payload (make verify runs the XSS campaign first, on the same stack) reads to it as
            # a redirect to javascript:, which it follows and then "cannot connect": never follow.
            "--answers=refresh intent=N"]
    if technique:
        args.append("--technique=" + technique)
    if not t["param"].startswith("<path "):
        args += ["-p", t["param"]]
    if t["method"] == "GET":
        q = urllib.parse.urlencode(params)
        args += ["-u", URL + path + ("?" + q if q else "")]
    else:
        names = [n for n, _ in params]
        if t.get("multipart") or t.get("files"):
            # (-r with a request file reads its targets from stdin when stdin is not a terminal.)
            boundary, body = multipart_body(path, params, t.get("files", []))
            args += ["-u", URL + path, "--data", body.decode("utf-8"),
                     "--headers=Content-Type: multipart/form-data; boundary=" + boundary]
        else:
            args += ["-u", URL + path, "--data", urllib.parse.urlencode(params)]
        if "form_nonce" in names and t["param"] != "form_nonce":
            args.append("--eval=import secrets; form_nonce=secrets.token_hex(16)")
    if t["param"].startswith("<path "):
        # Only the marked id: with a custom marker sqlmap would test every POST field as well.
        args += ["--skip=" + ",".join(sorted({n for n, _ in params} | {"csrf_token", "form_nonce", "version"}))]
    return args


def multipart_body(path, params, files):
    b = "----dvkinject" + secrets.token_hex(8)
    body = b""
    for n, v in params:
        body += ("--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n%s\r\n" % (b, n, v)).encode()
    for n in files:
        fname, data = ("a.csv", CSV) if path.endswith("/import") else ("a.pdf", PDF)
        body += ("--%s\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"%s\"\r\n"
                 "Content-Type: application/octet-stream\r\n\r\n" % (b, n, fname)).encode() + data + b"\r\n"
    body += ("--%s--\r\n" % b).encode()
    return b, body


def run_target(t, cookie, level, risk, technique):
    args = sqlmap_args(t, cookie, level, risk, technique)
    d = os.path.join(WORK, "sqlmap", t["id"])
    t0 = time.time()
    with open(os.path.join(d, "stdout.txt"), "wb") as out:
        rc = subprocess.call(["nice", "-n", "10"] + args, stdout=out, stderr=subprocess.STDOUT,
                             stdin=subprocess.DEVNULL)
    text = open(os.path.join(d, "stdout.txt"), encoding="utf-8", errors="replace").read()
    logs = [os.path.join(r, f) for r, _, fs in os.walk(d) for f in fs if f == "log"]
    # sqlmap says "appears to be ... injectable" before its own false-positive check; a time-based
    # hit caused by a slow moment (another program busy beside it) is then rejected ("false positive
    # or unexploitable injection point detected"). Such a target is not counted here but marked
    # `doubt`, and run once more with the techniques it hit (confirm_doubts): flagged again, it counts.
    # One parameter a run, so one rejection rejects every technique that hit it.
    flagged = re.findall(r"appears to be '([^']*)' injectable|appears to be (UNION) injectable", text)
    flagged = [a or b for a, b in flagged]
    rejected = "false positive or unexploitable injection point detected" in text
    injectable = bool(re.search(r"identified the following injection point|is vulnerable", text)) or \
        bool(flagged and not rejected) or any(os.path.getsize(f) > 0 for f in logs)
    doubt = "" if injectable else "".join(sorted({technique_letter(f) for f in flagged}))
    traffic = os.path.join(d, "traffic.txt")
    sent = 0
    if os.path.exists(traffic):
        sent = sum(1 for line in open(traffic, "rb") if line.startswith(b"HTTP request ["))
    problems = []
    if sent == 0:
        problems.append("sqlmap sent nothing")
    if rc != 0:
        problems.append("sqlmap exit %d" % rc)
    if re.search(r"\[CRITICAL\]", text) and not injectable:
        crit = [l for l in text.splitlines() if "[CRITICAL]" in l]
        # "all tested parameters do not appear to be injectable" is the normal ending.
        crit = [l for l in crit if "do not appear to be injectable" not in l and "not be injectable" not in l
                and "heavily dynamic" not in l]
        if crit:
            problems.append(crit[0].strip())
    # The traffic files of a full run would take ~15 GB: kept only where there is something to read.
    if not injectable and not doubt and not problems and os.path.exists(traffic):
        os.remove(traffic)
    return {"injectable": injectable, "sent": sent, "seconds": time.time() - t0, "problems": problems,
            "heuristic": "might be injectable" in text or "might be vulnerable" in text, "doubt": doubt,
            "flagged": flagged}


def technique_letter(title):
    """sqlmap's --technique letter of a test's title ('MySQL >= 5.0.12 OR time-based blind ...' -> T)."""
    for words, letter in (("time-based", "T"), ("boolean-based", "B"), ("error-based", "E"), ("UNION", "U"),
                          ("stacked", "S"), ("inline", "Q")):
        if words in title:
            return letter
    return "BEUSTQ"


def confirm_doubts(chosen, results, cookie_of):
    """Runs each target whose hit sqlmap rejected as a false positive again, alone, with the techniques
    it hit: any hit in the second run (rejected or not) makes it injectable."""
    for t in chosen:
        r = results[t["id"]]
        if not r.get("doubt"):
            continue
        r2 = run_target(dict(t, id=t["id"] + "-again"), cookie_of(t), t["level"], t["risk"], r["doubt"])
        r["sent"] += r2["sent"]
        r["problems"] += r2["problems"]
        r["injectable"] = r2["injectable"] or bool(r2["flagged"])
        log("%s %s as %s, %s: sqlmap rejected its own %s hit as a false positive; run again alone with "
            "--technique=%s: %d requests, %s" % (
                t["method"], t["route"], t["role"], t["param"], ", ".join(r["flagged"]), r["doubt"], r2["sent"],
                "INJECTABLE (hit again)" if r["injectable"] else "no hit"))


# ---- the access log: requests and answers >= 500 during the run ----------------------------
def log_offset():
    return os.path.getsize(ACCESS_LOG) if os.path.exists(ACCESS_LOG) else 0


def log_since(offset):
    with open(ACCESS_LOG, "rb") as f:
        f.seek(offset)
        lines = f.read().decode("utf-8", "replace").splitlines()
    status = re.compile(r'" (\d{3}) ')
    n, bad, logout = 0, [], 0
    for line in lines:
        m = status.search(line)
        if not m:
            continue
        n += 1
        if int(m.group(1)) >= 500:
            bad.append(line)
        if '"POST /logout' in line or '"GET /logout' in line:
            logout += 1
    return n, bad, logout


# ---- main --------------------------------------------------------------------------------------
def dvkctl(*args, stdin=""):
    env = dict(os.environ, DVK_CONFIG=os.environ.get("DVK_CONFIG", os.path.join(VAR, "dvk.env")))
    return subprocess.run([os.path.join(BIN, "dvkctl")] + list(args), input=stdin.encode(), env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT).returncode


def sql(statement):
    r = subprocess.run(["mariadb", "--defaults-file=" + os.path.join(VAR, "db", "my.cnf"), "-uroot", "-N", "-B",
                        "dvk", "-e", statement], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return r.stdout.decode().strip() if r.returncode == 0 else None


def main():
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    t_start = time.time()
    start_offset = log_offset()
    routes = routes_in_source()
    for r in routes:
        r["rx"] = pattern_regex(r["path"])
        r["own"] = handler_params(r)
    allowed = access_matrix()
    missing = [r["method"] + " " + r["path"] for r in routes if (r["method"], r["path"]) not in allowed]
    if missing:
        log("routes without a row in tests/access_matrix.tsv:", ", ".join(missing))
        return 1

    first_attempt = int(sql("SELECT COALESCE(MAX(id), 0) FROM login_attempts") or 0)
    run = "i%dx%s" % (os.getpid(), secrets.token_hex(2))
    clients = {}
    for role, login in ROLES.items():
        c = Client()
        if login:
            c.sign_in(login)
        else:
            c.request("/login")  # a session (for the CSRF token), not signed in
        clients[role] = c
    # Throwaway accounts: one per role, for the account-changing targets.
    throwaway_clients = {}
    for role, (r, unit) in THROWAWAY.items():
        login = "%s.%s" % (run, role.replace("_", ""))
        if dvkctl("user", "add", login, "--role", r, "--unit", unit, "--name", "Tài khoản thử " + login,
                  stdin=PASSWORD + "\n") != 0:
            log("dvkctl user add %s failed" % login)
            return 1
        throwaway_clients[role] = Client().sign_in(login)
    # The account the admin forms (/admin/users/{id}...) act on: a unit_staff of PT, which the admin
    # and PT's unit_head both manage; deactivating it or resetting its password harms no session.
    victim = "%s.victim" % run
    if dvkctl("user", "add", victim, "--role", "unit_staff", "--unit", "PT", "--name", "Tài khoản thử " + victim,
              stdin=PASSWORD + "\n") != 0:
        log("dvkctl user add %s failed" % victim)
        return 1
    _, _, body = clients["admin"].request("/admin/users")
    ids = re.findall(r'href="/admin/users/([0-9]+)">%s</a>' % re.escape(victim), body.decode("utf-8", "replace"))
    if not ids:
        log("the throwaway account %s is not in /admin/users" % victim)
        return 1
    victim_id = int(ids[0])

    global CSV
    CSV = clients["pt_staff"].request("/models/import/template.csv")[2]
    # An attachment, so that its download route has a real id to test.
    staff = clients["pt_staff"]
    _, _, body = staff.request("/models")
    model = re.search(rb'href="/models/([0-9]+)"', body)
    if not model:
        log("no model in pt.canbo's list")
        return 1
    _, _, body = staff.request("/models/" + model.group(1).decode())
    token = re.search(rb'name="csrf_token" value="([0-9a-f]+)"', body).group(1).decode()
    status = staff.upload("/models/%s/attachments" % model.group(1).decode(),
                          [("csrf_token", token), ("form_nonce", secrets.token_hex(16))], "file", "inject.pdf", PDF)
    if status != 303:
        log("uploading an attachment answered %d" % status)
        return 1

    targets = build_targets(routes, allowed, clients, victim_id)
    # /account/password runs as the role's throwaway account (its password changes).
    for t in targets.values():
        t["as"] = "throwaway" if t["route"] == "/account/password" and t["method"] == "POST" else "self"
        if t["as"] == "throwaway":
            t["params"] = [(n, PASSWORD if n == "current_password" else
                            ("Inject-2026-x" if "password" in n else v)) for n, v in t["params"]]

    # Coverage: every route x allowed role has a target, or tests/inject/skip.tsv says why not.
    quiet = {}
    for line in open(os.path.join(ROOT, "tests", "inject", "skip.tsv"), encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            m, p, role, why = line.rstrip("\n").split("\t")
            quiet[(m, p, role)] = why
    uncovered = []
    for r in routes:
        for role in sorted(allowed[(r["method"], r["path"])]):
            if not any(k[0] == r["method"] and k[1] == r["path"] and k[2] == role for k in targets):
                if (r["method"], r["path"], role) not in quiet and (r["method"], r["path"], "*") not in quiet:
                    uncovered.append("%s %s as %s" % (r["method"], r["path"], role))
    if uncovered:
        log("%d route x role pairs with no target (add the page that shows it, or a row in "
            "tests/inject/skip.tsv):" % len(uncovered))
        for u in uncovered:
            log("  " + u)
        return 1

    skipped = lambda t: (t["method"], t["route"], t["role"]) in quiet or (t["method"], t["route"], "*") in quiet
    all_targets = sorted((t for t in targets.values() if t["param"] != "<none>" and not skipped(t)),
                         key=lambda t: (t["route"] == "/login", t["method"], t["route"], t["role"], t["param"]))
    if MODE == "fast":
        level, risk, technique = 1, 1, "BT"
        chosen = [t for t in all_targets if (t["method"], t["route"], t["role"], t["param"]) in FAST]
    elif MODE == "control":
        level, risk, technique = int(os.environ.get("INJECT_LEVEL", "1")), int(os.environ.get("INJECT_RISK", "1")), \
            os.environ.get("INJECT_TECHNIQUE", "BT")
        chosen = [t for t in all_targets if (t["method"], t["route"], t["role"], t["param"]) in CONTROL]
        # A level PT's models have, so that a true and a false condition give different pages.
        for t in chosen:
            t["params"] = [(n, "district" if n == "level" else v) for n, v in t["params"]]
    else:
        # Two tiers (level 5 / risk 3 on everything would be ~3 800 requests x %d targets, hours here):
        # deep: every distinct (method, route, parameter) once, as the broadest role that reaches it,
        #       at level 5 / risk 3 with every technique;
        # wide: every route x parameter x role at level 1 / risk 1 with every technique (the scope
        #       conditions each role adds to the SQL are exercised with each parameter).
        # INJECT_TIER=deep|wide runs one tier, INJECT_SHARD=i/n one slice of each tier run: make verify
        # runs the slices as checks of their own, so a run stopped part-way keeps the slices it finished.
        level, risk, technique = int(os.environ.get("INJECT_LEVEL", "5")), int(os.environ.get("INJECT_RISK", "3")), \
            os.environ.get("INJECT_TECHNIQUE", "")
        rank = {"admin": 0, "commission": 1, "pt_head": 2, "pt_staff": 3, "anonymous": 4}
        deep = {}
        for t in sorted(all_targets, key=lambda t: rank[t["role"]]):
            deep.setdefault((t["method"], t["route"], t["param"]), t)
        deep = sorted(deep.values(), key=lambda t: (t["route"] == "/login", t["method"], t["route"], t["param"]))
        wide = [dict(t) for t in all_targets]
        tier = os.environ.get("INJECT_TIER", "deep" if os.environ.get("INJECT_DEEP_ONLY") == "1" else "both")
        if tier not in ("deep", "wide", "both"):
            log("INJECT_TIER must be deep, wide or both, not %r" % tier)
            return 2
        deep = deep if tier in ("deep", "both") else []
        wide = wide if tier in ("wide", "both") else []
        shard = os.environ.get("INJECT_SHARD")
        if shard:
            i, n = (int(x) for x in shard.split("/"))
            deep, wide = deep[i - 1::n], wide[i - 1::n]
        for t in deep:
            t.update(level=level, risk=risk, technique=technique, tier="deep")
        for t in wide:
            t.update(level=1, risk=1, technique="", tier="wide")
        chosen = deep + wide
    only = os.environ.get("INJECT_ONLY")
    if only:
        chosen = [t for t in chosen if re.search(only, "%s %s %s %s" % (t["method"], t["route"], t["role"], t["param"]))]
    for i, t in enumerate(chosen):
        t["id"] = "%04d" % i
        t.setdefault("level", level)
        t.setdefault("risk", risk)
        t.setdefault("technique", technique)
        t.setdefault("tier", MODE)
    if MODE == "full":
        est = sum(3800 if t["level"] == 5 else 50 for t in chosen)
        log("full: %d deep targets (level %d risk %d) + %d wide (level 1 risk 1); about %d requests" % (
            sum(t["tier"] == "deep" for t in chosen), level, risk, sum(t["tier"] == "wide" for t in chosen), est))
    with open(os.path.join(WORK, "targets.tsv"), "w") as f:
        for t in all_targets:
            f.write("%s\t%s\t%s\t%s\t%s\t%s\n" % (t["method"], t["route"], t["role"], t["param"], t["path"],
                                                  urllib.parse.urlencode(t["params"])))
    pairs = {(t["method"], t["route"]) for t in all_targets}
    log("%d routes in the route tables; %d targets (route x role x parameter) over %d routes, %d roles; "
        "mode %s runs %d of them at level %d risk %d technique %s, %d sqlmap processes x %d threads" % (
            len(routes), len(all_targets), len(pairs), len({t["role"] for t in all_targets}), MODE, len(chosen),
            level, risk, technique or "BEUSTQ", JOBS, THREADS))
    if MODE == "fast" and len(chosen) != len(FAST):
        log("fast sample: %d of %d targets found" % (len(chosen), len(FAST)))
        return 1
    if not chosen:
        log("no target chosen")
        return 1

    cookies = {role: c.cookie() for role, c in clients.items()}
    cookies.update({"throwaway:" + role: c.cookie() for role, c in throwaway_clients.items()})

    def cookie_of(t):  # a user form acts on a throwaway account (anonymous has none)
        if t["as"] == "throwaway" and t["role"] != "anonymous":
            return cookies["throwaway:" + t["role"]]
        return cookies[t["role"]]
    run_offset = log_offset()
    results, lost = {}, []
    with concurrent.futures.ThreadPoolExecutor(max_workers=JOBS) as pool:
        futs = {}
        for t in chosen:
            futs[pool.submit(run_target, t, cookie_of(t), t["level"], t["risk"], t["technique"])] = t
        done = 0
        for fut in concurrent.futures.as_completed(futs):
            t = futs[fut]
            r = fut.result()
            results[t["id"]] = r
            done += 1
            # The session must still be alive after every target (a 303 to /login makes it pointless).
            client = throwaway_clients.get(t["role"]) if t["as"] == "throwaway" else clients[t["role"]]
            if t["role"] != "anonymous" and not client.signed_in():
                lost.append(t)
                log("SESSION LOST after %s %s as %s, parameter %s" % (t["method"], t["route"], t["role"], t["param"]))
            flag = " INJECTABLE" if r["injectable"] else ""
            if r["problems"] or r["injectable"] or os.environ.get("INJECT_VERBOSE"):
                log("[%d/%d] %s %s %s as %s, %s: %d requests, %.0f s%s %s" % (
                    done, len(chosen), t["tier"], t["method"], t["route"], t["role"], t["param"], r["sent"], r["seconds"], flag,
                    "; ".join(r["problems"])))
            elif done % 25 == 0:
                log("[%d/%d] %.0f s" % (done, len(chosen), time.time() - t_start))
    confirm_doubts(chosen, results, cookie_of)
    # sqlmap's thousands of failed sign-ins must not lock 127.0.0.1 out of the rest of the suite.
    cleaned = sql("DELETE FROM login_attempts WHERE succeeded = 0 AND id > %d" % first_attempt) is not None
    if not cleaned:
        log("could not delete this run's failed sign-ins from login_attempts")
    n_log, bad, logout = log_since(run_offset)
    n_all, bad_all, _ = log_since(start_offset)
    injectable = [t for t in chosen if results[t["id"]]["injectable"]]
    sent = sum(r["sent"] for r in results.values())
    failed_runs = [t for t in chosen if results[t["id"]]["problems"]]
    params = {(t["method"], t["route"], t["param"]) for t in chosen}
    for tier in sorted({t["tier"] for t in chosen}):
        ts = [t for t in chosen if t["tier"] == tier]
        log("tier %s: %d targets, %d route parameters, level %d risk %d, %d requests, injectable %d" % (
            tier, len(ts), len({(t["method"], t["route"], t["param"]) for t in ts}), ts[0]["level"], ts[0]["risk"],
            sum(results[t["id"]]["sent"] for t in ts), sum(results[t["id"]]["injectable"] for t in ts)))
    log("mode %s: %d targets, %d distinct route parameters, %d roles, %d routes; sqlmap sent %d requests "
        "(nginx logged %d during the sqlmap runs, %d in all); injectable: %d; answers >= 500: %d; "
        "sessions lost: %d; /logout requests: %d; sqlmap runs with problems: %d; %.0f s" % (
            MODE, len(chosen), len(params), len({t["role"] for t in chosen}),
            len({(t["method"], t["route"]) for t in chosen}), sent, n_log, n_all, len(injectable), len(bad_all),
            len(lost), logout, len(failed_runs), time.time() - t_start))
    for t in injectable:
        log("  injectable: %s %s as %s, parameter %s (%s)" % (t["method"], t["route"], t["role"], t["param"],
                                                              os.path.join(WORK, "sqlmap", t["id"])))
    for line in bad_all[:20]:
        log("  >= 500: " + line)
    with open(os.path.join(WORK, "summary.json"), "w") as f:
        json.dump({"targets": len(chosen), "sent": sent, "nginx": n_all, "injectable": len(injectable),
                   "ge500": len(bad_all), "lost": len(lost)}, f)
    if MODE == "control":
        ok = len(injectable) == len(chosen) and len(chosen) > 0
        log("control: %s" % ("sqlmap reported the broken parameter injectable, as it must" if ok
                             else "sqlmap did NOT find the injection: the check could not fail"))
        return 0 if ok else 1
    ok = not injectable and not bad_all and not lost and not logout and not failed_runs and sent > 0 and cleaned
    log("passed" if ok else "FAILED")
    if ok and os.environ.get("INJECT_KEEP") != "1":
        shutil.rmtree(WORK, ignore_errors=True)
    return 0 if ok else 1


# The fast sample (make test): one list filter, the search term, a sort, a path id, a form field of a
# create form with a nonce, an admin form, a report filter.
FAST = {
    ("GET", "/models", "pt_staff", "q"),
    ("GET", "/models", "commission", "level"),
    ("GET", "/models", "admin", "sort"),
    ("GET", "/models/{id}", "pt_staff", "<path id>"),
    ("POST", "/models", "pt_staff", "title"),
    ("GET", "/reports/funnel", "pt_head", "unit"),
    ("GET", "/admin/users", "admin", "unit"),
    ("POST", "/admin/units", "admin", "name"),
}
# The control: the parameter the control build concatenates into SQL (see run.sh).
CONTROL = {("GET", "/models", "pt_staff", "level")}

if __name__ == "__main__":
    sys.exit(main())
