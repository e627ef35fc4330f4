#!/usr/bin/python3
# The XSS campaign against a running stack: stores the payloads of payloads.txt in every text field
# of every form, as the roles that may write them (seed), then opens every page that shows them in
# Debian's headless Chromium with a hook on script execution (scan), and prints the figures.
# An execution is a call of dvkxss(N) (a binding), a dialog (alert/confirm/prompt), an exception
# thrown by a page script, or any script parsed from the page (the application ships no JavaScript).
# Markup that got in without running (an on* attribute, a javascript: URL, a <script>, <iframe>...)
# is reported as an injection. Exit 0 only when both are 0 and nothing broke.
# Usage: xss.py --url URL [--mode fast|full] [--expect-hit] [--report FILE]
import argparse
import csv
import datetime
import html.parser
import http.cookiejar
import io
import json
import os
import random
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Chromium  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
PASSWORD = "dvk-demo-2026"
FAST_PAYLOADS = [1, 2, 3, 6, 8, 10, 19, 20, 33, 54]


def blen(text):
    """Length in bytes: the campaign and decision forms count bytes, the model form characters."""
    return len(text.encode("utf-8"))


def load_payloads(path):
    out = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        num, text = line.split(" ", 1)
        out.append((int(num), text))
    return out


# ---- HTTP ------------------------------------------------------------------------------------------
class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


class Answer:
    def __init__(self, status, headers, body, url):
        self.status, self.headers, self.body, self.url = status, headers, body, url

    @property
    def location(self):
        return self.headers.get("Location", "")


class Client:
    """One signed-in user: a cookie jar, no redirects followed (the seeding reads Location)."""

    def __init__(self, base, login=None):
        self.base = base
        self.login = login
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)
        self.requests = 0
        if login:
            self.sign_in(login)

    def request(self, path, data=None, headers=None):
        url = path if path.startswith("http") else self.base + path
        req = urllib.request.Request(url, data=data, headers=headers or {})
        self.requests += 1
        try:
            with self.opener.open(req, timeout=60) as r:
                return Answer(r.status, r.headers, r.read().decode("utf-8", "replace"), url)
        except urllib.error.HTTPError as e:
            return Answer(e.code, e.headers, e.read().decode("utf-8", "replace"), url)

    def get(self, path):
        return self.request(path)

    def post(self, path, fields, files=None):
        if files:
            boundary = "----dvkxss%016x" % random.getrandbits(64)
            out = io.BytesIO()
            for k, v in fields:
                out.write(("--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n" % (boundary, k)).encode())
                out.write(str(v).encode() + b"\r\n")
            for k, (filename, content, ctype) in files.items():
                # The filename goes in as the browser would send it: quotes and CR/LF percent-encoded.
                fn = filename.replace("\\", "\\\\").replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")
                out.write(("--%s\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"%s\"\r\n"
                           "Content-Type: %s\r\n\r\n" % (boundary, k, fn, ctype)).encode())
                out.write(content + b"\r\n")
            out.write(("--%s--\r\n" % boundary).encode())
            return self.request(path, out.getvalue(), {"Content-Type": "multipart/form-data; boundary=" + boundary})
        body = urllib.parse.urlencode(fields).encode()
        return self.request(path, body, {"Content-Type": "application/x-www-form-urlencoded"})

    def sign_in(self, login):
        page = self.get("/login")
        form = find_form(page.body, "/login")
        fields = form_values(form, {"login": login, "password": PASSWORD})
        r = self.post("/login", fields)
        if r.status != 303:
            raise RuntimeError("sign-in of %s answered %s" % (login, r.status))

    def session_cookies(self):
        return [(c.name, c.value) for c in self.jar]


# ---- forms as the pages give them ----------------------------------------------------------------
class FormParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms, self.links, self._form, self._select, self._textarea = [], [], None, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "form":
            self._form = {"action": a.get("action", ""), "method": a.get("method", "get").lower(),
                          "enctype": a.get("enctype", ""), "fields": []}
            self.forms.append(self._form)
        if self._form is None:
            return
        if tag == "input":
            t = a.get("type", "text").lower()
            if t in ("checkbox", "radio"):
                self._form["fields"].append({"name": a.get("name"), "type": t, "value": a.get("value", "on"),
                                             "checked": "checked" in a})
            elif t not in ("submit", "button", "file", "image", "reset"):
                self._form["fields"].append({"name": a.get("name"), "type": t, "value": a.get("value", "")})
        elif tag == "textarea":
            self._textarea = {"name": a.get("name"), "type": "textarea", "value": ""}
            self._form["fields"].append(self._textarea)
        elif tag == "select":
            self._select = {"name": a.get("name"), "type": "select", "value": None, "options": []}
            self._form["fields"].append(self._select)
        elif tag == "option" and self._select is not None:
            self._select["options"].append(a.get("value", ""))
            if "selected" in a or self._select["value"] is None:
                self._select["value"] = a.get("value", "")

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea["value"] += data


def parse(body):
    p = FormParser()
    p.feed(body)
    return p


def find_form(body, action_re, method="post"):
    """The first form of that method whose action matches the regular expression (anchored)."""
    for f in parse(body).forms:
        if re.fullmatch(action_re, f["action"]) and f["method"] == method:
            return f
    raise RuntimeError("no form with action %s on the page" % action_re)


def form_values(form, overrides, fresh_nonce=True):
    """The form's fields as a browser would send them, with overrides (a list value = repeated)."""
    out, seen = [], set()
    for f in form["fields"]:
        n = f["name"]
        if not n:
            continue
        if n in overrides:
            if n not in seen:
                v = overrides[n]
                for item in (v if isinstance(v, list) else [v]):
                    out.append((n, item))
                seen.add(n)
            continue
        if f["type"] in ("checkbox", "radio"):
            if f.get("checked"):
                out.append((n, f["value"]))
        elif n == "form_nonce" and fresh_nonce:
            out.append((n, "%032x" % random.getrandbits(128)))
        else:
            out.append((n, f["value"] or ""))
    for n, v in overrides.items():  # fields the page does not show (a template not yet updated)
        if n not in seen and not any(f["name"] == n for f in form["fields"]):
            for item in (v if isinstance(v, list) else [v]):
                out.append((n, item))
    return out


# ---- the campaign ---------------------------------------------------------------------------------
class Campaign:
    def __init__(self, base, payloads, mode, log):
        self.base, self.payloads, self.mode, self.log = base, payloads, mode, log
        self.run = "%04x" % random.getrandbits(16)
        self.year = 2097
        self.camp_year = random.randrange(2030, 2060, 5)
        self.fields = {}       # "form.field" -> [accepted, rejected-422]
        self.visits = []       # (login, url, label)
        self.replays = []      # (login, url, status, headers, body, label): POST answers to show in Chromium
        self.broken = []       # what did not go as the seeding expected
        self.clients = {}

    def client(self, login):
        if login not in self.clients:
            self.clients[login] = Client(self.base, login)
        return self.clients[login]

    def visit(self, login, url, label=""):
        self.visits.append((login, url, label or url))

    def count(self, field, accepted):
        self.fields.setdefault(field, [0, 0])[0 if accepted else 1] += 1

    def submit(self, login, page_url, action_re, overrides, fields_of_payload=(), files=None, expect=(303,),
               label=""):
        """GETs the page, fills its form, POSTs it. 422 answers are kept to be shown in Chromium."""
        c = self.client(login)
        page = c.get(page_url)
        if page.status != 200:
            self.broken.append("%s: GET %s answered %s" % (login, page_url, page.status))
            return None
        try:
            form = find_form(page.body, action_re)
        except RuntimeError as e:
            self.broken.append("%s: %s on %s" % (login, e, page_url))
            return None
        action = form["action"]
        r = c.post(action, form_values(form, overrides), files)
        for f in fields_of_payload:
            self.count(f, r.status in (200, 303))
        if r.status == 422 or (r.status == 200 and "text/html" in r.headers.get("Content-Type", "")):
            self.replays.append((login, action, r.status, r.headers, r.body, label or "POST " + action))
        if r.status not in expect:
            why = re.findall(r'<p class="(?:field-error|error)"[^>]*>([^<]*)', r.body)[:3]
            self.broken.append("%s: POST %s (%s) answered %s, expected %s %s" % (login, action, label, r.status,
                                                                                 expect, why))
        return r

    def over(self, text, limit):
        return len(text) > limit

    # -- look-ups through the pages --------------------------------------------------------------
    def unit_id(self, code):
        page = self.client("admin").get("/admin/units")
        m = re.search(r'<a href="/admin/units/(\d+)">%s</a>' % re.escape(code), page.body)
        if not m:
            raise RuntimeError("unit %s not on /admin/units" % code)
        return m.group(1)

    @staticmethod
    def id_from(location):
        m = re.search(r"/(\d+)(?:[/?#].*)?$", location)
        return m.group(1) if m else None

    # -- the seeding, area by area ----------------------------------------------------------------
    def seed(self):
        P = self.payloads
        run, year = self.run, self.year
        self.pt, self.bt = self.unit_id("PT"), self.unit_id("BT")
        self.log("seed: run %s, year %d, %d payloads" % (run, year, len(P)))

        # Admin: fields (names), units (names), users (display names), campaigns, extensions.
        field_codes = {}
        for n, p in P:
            code = "xss%s_%d" % (run, n)
            r = self.submit("admin", "/admin/fields", "/admin/fields",
                            {"code": code, "name_vi": p, "name_en": p, "sort_order": str(900 + n)},
                            ["field.name_vi", "field.name_en"], label="field %d" % n)
            if r and r.status == 303:
                field_codes[n] = code
        self.submit("admin", "/admin/fields", "/admin/fields",
                    {"code": P[0][1], "name_vi": P[0][1], "name_en": P[0][1], "sort_order": P[0][1]},
                    ["field.code", "field.sort_order"], expect=(422,), label="field code = payload")
        self.visit("admin", "/admin/fields")
        # A field renamed through its row form (the list shows the row forms).
        if field_codes:
            n0 = next(iter(field_codes))
            page = self.client("admin").get("/admin/fields")
            for f in parse(page.body).forms:
                if any(x["name"] == "name_vi" and x["value"] == dict(P)[n0] for x in f["fields"]):
                    r = self.client("admin").post(f["action"], form_values(f, {"name_en": P[-1][1]}))
                    self.count("field.row_update", r.status == 303)
                    break

        unit_ids = {}
        for n, p in P:
            r = self.submit("admin", "/admin/units/new?parent=" + self.pt, "/admin/units",
                            {"code": "XSS%s-%d" % (run.upper(), n), "name": p, "parent_id": self.pt,
                             "kind": "commune", "level_id": "3"},
                            ["unit.name"], label="unit %d" % n)
            if r and r.status == 303:
                unit_ids[n] = self.id_from(r.location)
        self.submit("admin", "/admin/units/new", "/admin/units", {"code": P[0][1], "name": P[0][1]},
                    ["unit.code"], expect=(422,), label="unit code = payload")
        for n, uid in list(unit_ids.items())[:3]:
            self.submit("admin", "/admin/units/" + uid, "/admin/units/%s/rename" % uid,
                        {"name": dict(P)[n] + " (đổi tên)"}, ["unit.rename"], label="rename unit")
        for uid in unit_ids.values():
            self.visit("admin", "/admin/units/" + uid)
        self.visit("admin", "/admin/units")
        self.visit("admin", "/admin/units/" + self.pt)

        user_ids = {}
        for n, p in P:
            r = self.submit("admin", "/admin/users/new", "/admin/users",
                            {"login": "xss%s.%d" % (run, n), "display_name": p, "role": "unit_staff",
                             "unit_id": unit_ids.get(n, self.pt), "password": "Xss-mat-khau-%s" % run},
                            ["user.display_name"], label="user %d" % n)
            if r and r.status == 303:
                user_ids[n] = self.id_from(r.location)
        self.submit("admin", "/admin/users/new", "/admin/users",
                    {"login": P[0][1], "display_name": P[0][1], "password": "x"},
                    ["user.login", "user.password"], expect=(422,), label="user login = payload")
        for uid in user_ids.values():
            self.visit("admin", "/admin/users/" + uid)
        self.visit("admin", "/admin/users")
        for uid in list(user_ids.values())[:3]:
            self.submit("admin", "/admin/users/" + uid, "/admin/users/%s" % uid,
                        {"display_name": P[-1][1] + " (sửa)"}, ["user.update"], label="user update")

        camp_ids = []
        for n, p in P:
            r = self.submit("admin", "/admin/campaigns/new", "/admin/campaigns",
                            {"directive_number": p if blen(p) <= 64 else "CT-%d-%s" % (n, run), "title": p,
                             "issuing_body": p, "start_year": str(self.camp_year), "end_year": str(self.camp_year + 4)},
                            ["campaign.title", "campaign.issuing_body"] + (["campaign.directive_number"] if blen(p) <= 64 else []),
                            label="campaign %d" % n)
            if r and r.status == 303:
                camp_ids.append(self.id_from(r.location))
        self.submit("admin", "/admin/campaigns/new", "/admin/campaigns",
                    {"directive_number": "".join(p for _, p in P), "title": P[0][1], "issuing_body": P[0][1],
                     "start_year": P[0][1], "end_year": P[1][1]}, ["campaign.start_year"], expect=(422,),
                    label="campaign years = payload")
        self.visit("admin", "/admin/campaigns")
        if camp_ids:
            # A year of the campaign no other campaign schedules (a stack seeded twice has used some).
            cid, cy = camp_ids[0], None
            for y in range(self.camp_year, self.camp_year + 5):
                r = self.submit("admin", "/admin/campaigns/" + cid, "/admin/campaigns/%s/years" % cid,
                                {"year": str(y), "registration_deadline": "%d-03-31" % y,
                                 "proposal_deadline": "%d-10-31" % y, "recognition_grassroots": "%d-06-30" % y,
                                 "recognition_district": "%d-07-31" % y, "recognition_province": "%d-08-31" % y},
                                expect=(303, 422), label="campaign year")
                if r and r.status == 303:
                    cy = y
                    break
            if cy is None:
                self.broken.append("admin: no free year to schedule in campaign %s" % cid)
            year = cy or year
            for n, p in P:
                self.submit("admin", "/admin/campaigns/" + cid, "/admin/campaigns/%s/extensions" % cid,
                            {"ext_year": str(year), "new_deadline":
                             (datetime.date(year, 11, 1) + datetime.timedelta(days=n)).isoformat(), "reason": p},
                            ["campaign.extension_reason"], label="extension %d" % n)
            self.submit("admin", "/admin/campaigns/" + cid, "/admin/campaigns/%s/extensions" % cid,
                        {"ext_year": str(year), "new_deadline": P[0][1], "reason": P[1][1]},
                        ["campaign.new_deadline"], expect=(422,), label="extension bad date")
            year = self.year
            for cid in camp_ids:
                self.visit("admin", "/admin/campaigns/" + cid)
        self.visit("admin", "/admin")

        # Unit staff of PT: models (one per payload, every text field), edits, attachments,
        # evaluations (a good one for the recognition cycle, a low one with a follow-up).
        models_a, models_b = {}, {}
        for n, p in P:
            for which, store in (("a", models_a), ("b", models_b)):
                ov = {"year": str(year), "title": p, "kind": "individual", "person_name": p,
                      "person_position": p, "field": field_codes.get(n, "economy"), "summary": p,
                      "content": p + "\n" + " ".join(x for _, x in P) if n == P[0][0] else p,
                      "start_date": "01/02/%d" % year, "indicator_name_0": p,
                      "indicator_unit_0": p if len(p) <= 64 else "hộ", "indicator_target_0": "10"}
                r = self.submit("pt.canbo", "/models/new", "/models", ov,
                                ["model.title", "model.person_name", "model.person_position", "model.summary",
                                 "model.content", "model.indicator_name"] + (["model.indicator_unit"] if len(p) <= 64 else []),
                                label="model %d%s" % (n, which))
                if r and r.status == 303:
                    store[n] = self.id_from(r.location)
        n0, p0 = P[0]
        long_p = next((x for x in P if len(x[1]) > 64), P[-1])
        self.submit("pt.canbo", "/models/new", "/models",
                    {"year": p0, "title": "".join(x for _, x in P) * 3, "kind": p0, "person_name": p0,
                     "field": p0, "summary": p0, "start_date": p0, "indicator_name_0": p0,
                     "indicator_unit_0": long_p[1] + long_p[1], "indicator_target_0": p0},
                    ["model.year", "model.kind", "model.field", "model.start_date", "model.indicator_target"],
                    expect=(422,), label="model with every field wrong")
        for n, mid in list(models_a.items()):
            self.submit("pt.canbo", "/models/%s/edit" % mid, "/models/%s" % mid,
                        {"summary": dict(P)[n] + " (sửa)", "person_position": P[-1][1]},
                        ["model.edit"], label="edit model %s" % mid)
            pdf = b"%PDF-1.4\n% dvk xss\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
            self.submit("pt.canbo", "/models/" + mid, "/models/%s/attachments" % mid, {},
                        ["attachment.filename"], files={"file": (dict(P)[n] + ".pdf", pdf, "application/pdf")},
                        label="attachment of %s" % mid)
            self.submit("pt.canbo", "/models/%s/evaluation" % mid, "/models/%s/evaluation" % mid,
                        {"rating": "good", "comment": dict(P)[n], "achieved_1": "12"},
                        ["evaluation.comment"], label="evaluation %s" % mid)
        for n, mid in list(models_b.items()):
            self.submit("pt.canbo", "/models/%s/evaluation" % mid, "/models/%s/evaluation" % mid,
                        {"rating": "low", "comment": dict(P)[n], "achieved_1": "1", "follow_up_unit": "PT",
                         "follow_up_action": dict(P)[n], "follow_up_due": "31/12/%d" % year},
                        ["evaluation.comment", "follow_up.action"], label="low evaluation %s" % mid)
        if models_b:
            mid = next(iter(models_b.values()))
            self.submit("pt.canbo", "/models/%s/evaluation" % mid, "/models/%s/evaluation" % mid,
                        {"rating": p0, "comment": "", "achieved_1": p0, "follow_up_unit": p0,
                         "follow_up_action": p0, "follow_up_due": p0},
                        ["evaluation.rating", "evaluation.achieved", "follow_up.unit", "follow_up.due"],
                        expect=(422, 409), label="evaluation with every field wrong")
        for mid in models_a.values():
            self.visit("pt.canbo", "/models/" + mid)
        for mid in models_b.values():
            self.visit("pt.canbo", "/models/%s/evaluation" % mid)
        if self.mode == "full":
            for mid in models_a.values():
                self.visit("pt.canbo", "/models/%s/edit" % mid)
                self.visit("pt.canbo", "/models/%s/evaluation" % mid)
            for mid in models_b.values():
                self.visit("pt.canbo", "/models/" + mid)
                self.visit("pt.canbo", "/models/%s/edit" % mid)
        # Follow-ups: half closed with a note.
        fu = self.client("pt.canbo").get("/proposals/follow-ups")
        close_forms = [f for f in parse(fu.body).forms if re.fullmatch(r"/proposals/follow-ups/\d+/close", f["action"])]
        for i, f in enumerate(close_forms[: max(1, len(models_b) // 2)]):
            n, p = P[i % len(P)]
            r = self.client("pt.canbo").post(f["action"], form_values(f, {"note": p}))
            self.count("follow_up.note", r.status == 303)
        self.visit("pt.canbo", "/proposals/follow-ups")
        self.visit("pt.canbo", "/proposals/follow-ups?all=1")
        # CSV import: every cell a payload (a rejected file shows a report; then one accepted).
        out = io.StringIO()
        w = csv.writer(out)
        w.writerow(["year", "unit_code", "title", "kind", "field", "person_name", "summary", "person_position",
                    "content", "start_date"])
        for n, p in P:
            w.writerow([year, "PT", p, "individual", "economy", p, p, p, p, "01/03/%d" % year])
        good = out.getvalue().encode("utf-8")
        r = self.submit("pt.canbo", "/models/import", "/models/import", {}, ["import.cells"],
                        files={"file": (P[0][1] + ".csv", good, "text/csv")}, expect=(303, 200),
                        label="CSV import")
        if r and r.status == 303:
            self.visit("pt.canbo", r.location)
        out = io.StringIO()
        w = csv.writer(out)
        w.writerow(["year", "unit_code", "title", "kind", "field", "person_name", "summary", P[0][1]])
        for n, p in P:
            w.writerow([p, p, p, p, p, p, p, p])
        self.submit("pt.canbo", "/models/import", "/models/import", {}, ["import.bad_cells"],
                    files={"file": (P[1][1] + ".csv", out.getvalue().encode("utf-8"), "text/csv")}, expect=(422,),
                    label="CSV import, every cell wrong")

        def num(p, fallback):  # decision numbers are unique per unit: the run's tag follows the payload
            return "%s #%s" % (p, run) if blen(p) <= 57 else fallback

        # Unit head of PT: recognition decisions (one per model), proposals to BT (submitted).
        proposals = {}
        for n, mid in models_a.items():
            p = dict(P)[n]
            r = self.submit("pt.lanhdao", "/recognitions/new?year=%d" % year, "/recognitions",
                            {"number": num(p, "QĐ-%d-%s" % (n, run)), "date": "10/01/%d" % year,
                             "signer_name": p, "signer_title": p, "model_id": mid},
                            ["recognition.signer_name", "recognition.signer_title"] + (["recognition.number"] if blen(p) <= 57 else []),
                            label="recognition of %s" % mid)
            r = self.submit("pt.lanhdao", "/proposals?year=%d" % year, "/proposals",
                            {"model_id": mid, "justification": p, "to_unit": self.bt}, ["proposal.justification"],
                            label="proposal of %s" % mid)
            if r and r.status == 303:
                pid = self.id_from(r.location)
                proposals[n] = pid
                self.submit("pt.lanhdao", "/proposals/" + pid, "/proposals/%s/submit" % pid,
                            {"justification": p + " (gửi)"}, ["proposal.submit_justification"],
                            label="submit %s" % pid)
        self.submit("pt.lanhdao", "/recognitions/new?year=%d" % year, "/recognitions",
                    {"number": "".join(x for _, x in P), "date": p0, "signer_name": "", "signer_title": p0},
                    ["recognition.date"], expect=(422,), label="recognition with every field wrong")
        # Commission staff: return half (then resubmitted), meetings, agenda, decisions.
        for i, (n, pid) in enumerate(proposals.items()):
            if i % 2 == 0:
                self.submit("bdv.nguyen", "/proposals/" + pid, "/proposals/%s/return" % pid,
                            {"reason": dict(P)[n]}, ["proposal.return_reason"], label="return %s" % pid)
                self.submit("pt.lanhdao", "/proposals/" + pid, "/proposals/%s/submit" % pid,
                            {"justification": dict(P)[n] + " (gửi lại)"}, label="resubmit %s" % pid)
        meetings = []
        for i, (n, pid) in enumerate(proposals.items()):
            p = dict(P)[n]
            r = self.submit("bdv.nguyen", "/reviews", "/reviews",
                            {"unit": self.bt, "year": str(year), "date": "20/01/%d" % year, "place": p,
                             "members_present": "Nguyễn Văn An\nLê Thị Bình\n" + p},
                            ["meeting.place", "meeting.members_present"], label="meeting for %s" % pid)
            if not (r and r.status == 303):
                continue
            mt = self.id_from(r.location)
            meetings.append(mt)
            self.submit("bdv.nguyen", "/reviews/" + mt, "/reviews/%s/agenda" % mt, {"proposal_id": pid},
                        label="agenda %s" % mt)
            outcome = "recognised" if i % 3 else "not_recognised"
            self.submit("bdv.nguyen", "/reviews/" + mt, "/reviews/%s/decisions" % mt,
                        {"outcome_" + pid: outcome, "for_" + pid: "2", "against_" + pid: "1",
                         "abstain_" + pid: "0", "reason_" + pid: p,
                         "number": num(p, "BDV-%d-%s" % (n, run)), "date": "25/01/%d" % year,
                         "signer_name": p, "signer_title": p},
                        ["meeting.outcome_reason", "meeting.signer_name", "meeting.signer_title"] +
                        (["meeting.decision_number"] if blen(p) <= 57 else []), label="decide %s" % mt)
        self.submit("bdv.nguyen", "/reviews", "/reviews",
                    {"unit": self.bt, "year": p0, "date": p0, "place": "", "members_present": ""},
                    ["meeting.year", "meeting.date"], expect=(422,), label="meeting with every field wrong")
        for mt in meetings:
            self.visit("bdv.nguyen", "/reviews/" + mt)
            self.visit("bdv.nguyen", "/reviews/%s/minutes" % mt)
        self.visit("bdv.nguyen", "/reviews")
        for n, pid in proposals.items():
            self.visit("pt.lanhdao", "/proposals/" + pid)
        # Replications of the recognised models, with a note.
        for n, mid in models_a.items():
            self.submit("pt.canbo", "/proposals/replications?model=" + mid, "/proposals/replications",
                        {"model_id": mid, "unit": "PT", "year": str(year), "note": dict(P)[n]},
                        ["replication.note"], expect=(303, 422), label="replication of %s" % mid)
        self.submit("pt.canbo", "/proposals/replications", "/proposals/replications",
                    {"model_id": p0, "unit": p0, "year": p0, "note": p0},
                    ["replication.model_id", "replication.unit", "replication.year"], expect=(422, 404),
                    label="replication with every field wrong")
        # Sign-in errors re-show the typed login; a bad password change; a bad language.
        anon = Client(self.base)
        page = anon.get("/login?next=" + urllib.parse.quote("/models"))
        form = find_form(page.body, "/login")
        r = anon.post("/login", form_values(form, {"login": p0, "password": "sai", "next": p0}))
        self.count("login.login", False)
        if r.status in (200, 401, 403, 422, 429):
            self.replays.append((None, "/login", r.status, r.headers, r.body, "sign-in error"))
        self.submit("pt.canbo", "/account/password", "/account/password",
                    {"current_password": p0, "new_password": p0, "confirm_password": p0},
                    ["account.password"], expect=(422, 200), label="password change error")
        self.models_a, self.models_b, self.proposals, self.meetings = models_a, models_b, proposals, meetings
        self.pages_after_seed()

    def pages_after_seed(self):
        y = self.year
        P = self.payloads
        logins = ("pt.canbo", "pt.lanhdao", "bdv.nguyen", "admin") if self.mode == "full" else ("pt.lanhdao",)
        for login in logins:
            for u in ("/", "/models?year=%d" % y, "/models?year=%d&sort=title&dir=desc" % y,
                      "/proposals?year=%d" % y, "/proposals/replications", "/recognitions?year=%d" % y,
                      "/recognitions/print?year=%d" % y, "/recognitions/certificates?year=%d" % y,
                      "/proposals/print?year=%d" % y, "/reports/funnel?year=%d" % y,
                      "/reports/compliance?year=%d" % y, "/reports/replications?year=%d" % y,
                      "/models/new", "/models/import"):
                self.visit(login, u)
        self.visit("pt.lanhdao", "/recognitions/new?year=%d" % y)
        self.visit("pt.lanhdao", "/reviews")
        self.visit("bdv.nguyen", "/recognitions?year=%d&level=province" % y)
        self.visit("bdv.nguyen", "/recognitions/print?year=%d&level=province" % y)
        for mid in list(self.models_a.values())[:50]:
            self.visit("pt.canbo", "/proposals/replications?model=" + mid)
        # Reflected: every query parameter a page reads, set to the payloads.
        reflect = {
            "/models": ["q", "year", "unit", "level", "field", "kind", "status", "sort", "dir", "page"],
            "/proposals": ["year", "unit"], "/proposals/follow-ups": ["all", "year"],
            "/proposals/replications": ["model"], "/recognitions": ["year", "level", "unit", "kind"],
            "/recognitions/new": ["year"], "/recognitions/print": ["year", "level", "unit", "decision"],
            "/recognitions/certificates": ["year", "decision", "unit"], "/proposals/print": ["year", "unit"],
            "/reports/funnel": ["year", "unit"], "/reports/compliance": ["year", "unit"],
            "/reports/replications": ["year", "unit"],
            "/reports/funnel/models": ["year", "unit", "stage", "kind", "field", "total", "page"],
            "/admin/units/new": ["parent"], "/admin/users/new": ["unit"], "/models/import": ["done"],
            "/login": ["next", "lang"],
        }
        if self.mode == "fast":  # the main pages' main parameters only
            reflect = {"/models": ["q", "year", "sort", "dir"], "/proposals": ["year", "unit"],
                       "/recognitions": ["unit"], "/reports/funnel": ["year"], "/login": ["next"]}
        # Payloads joined up to 180 characters a value: the pages drop longer ones (the search box
        # keeps 200), and a dropped value would test nothing.
        groups, cur = [], []
        for x in P:
            if cur and sum(len(p) for _, p in cur) + len(x[1]) > 180:
                groups.append(cur)
                cur = []
            cur.append(x)
        groups.append(cur)
        for path, params in reflect.items():
            login = None if path == "/login" else ("admin" if path.startswith("/admin") else "pt.lanhdao")
            for g in groups:
                text = "".join(p for _, p in g)
                for prm in params:
                    self.visit(login, path + "?" + urllib.parse.urlencode({prm: text}), "reflected %s %s" % (path, prm))
                    self.count("query.%s%s" % (path, "?" + prm), True)


# ---- the browser side -------------------------------------------------------------------------------
HOOK = """
(() => { const hit = globalThis.__dvkxss_hit; if (!hit) return;
  globalThis.dvkxss = function (n) { hit(String(n)); };
})();
//# sourceURL=dvkxss-hook.js
"""

PROBE = r"""
(() => {
  const out = [];
  const origin = location.origin;
  const badUrl = /^\s*(javascript|data|vbscript)\s*:/i;
  const urlAttrs = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'background', 'poster',
                    'codebase', 'srcset', 'ping'];
  const allowedLinks = /^\/static\/css\/[a-z]+\.css$/;
  const badTags = ['SCRIPT', 'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'BASE', 'STYLE', 'APPLET',
                   'TEMPLATE', 'NOSCRIPT', 'MARQUEE', 'KEYGEN', 'MATH', 'VIDEO', 'AUDIO', 'SOURCE', 'DETAILS'];
  const textAttrs = ['value', 'title', 'placeholder', 'aria-label', 'alt', 'content'];
  const short = (s) => s.length > 160 ? s.slice(0, 160) + '…' : s;
  for (const el of document.querySelectorAll('*')) {
    const tag = el.tagName.toUpperCase();
    if (badTags.includes(tag)) out.push(tag + ' element: ' + short(el.outerHTML));
    if (tag === 'META' && el.hasAttribute('http-equiv')) out.push('META http-equiv: ' + short(el.outerHTML));
    if (tag === 'LINK' && !allowedLinks.test(el.getAttribute('href') || '')) out.push('LINK: ' + short(el.outerHTML));
    if (tag === 'SVG' && !el.classList.contains('bar-chart') && el.getAttribute('aria-hidden') !== 'true')
      out.push('svg element: ' + short(el.outerHTML));
    for (const a of el.attributes) {
      const n = a.name.toLowerCase();
      if (n.startsWith('on')) out.push(tag + ' ' + n + '=' + short(a.value));
      else if (urlAttrs.includes(n) && badUrl.test(a.value)) out.push(tag + ' ' + n + '=' + short(a.value));
      else if (n === 'srcdoc' || n === 'style' && /dvkxss|expression|url\(/i.test(a.value))
        out.push(tag + ' ' + n + '=' + short(a.value));
      else if (!textAttrs.includes(n) && !urlAttrs.includes(n) && /dvkxss/i.test(a.value))
        out.push(tag + ' ' + n + '=' + short(a.value));
    }
  }
  const links = [];
  for (const a of document.querySelectorAll('a[href]')) {
    try { const u = new URL(a.getAttribute('href'), location.href);
          if (u.origin === origin) links.push(u.pathname + u.search); } catch (e) {}
  }
  return JSON.stringify({injections: out, links: links, title: document.title});
})()
//# sourceURL=dvkxss-probe.js
"""


class Scanner:
    def __init__(self, base, bypass_csp, log, chromium_log):
        self.base, self.bypass_csp, self.log = base, bypass_csp, log
        self.browser = Chromium(chromium_log)
        self.browser.handlers.append(self.on_event)
        self.session = None
        self.cur = None
        self.results = []
        self.replay = {}

    def open_tab(self, cookies):
        b = self.browser
        if self.session:
            b.send("Target.closeTarget", {"targetId": self.target})
        self.target = b.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        s = self.session = b.send("Target.attachToTarget", {"targetId": self.target, "flatten": True})["sessionId"]
        for m in ("Page.enable", "Runtime.enable", "Debugger.enable", "Log.enable", "Network.enable", "Audits.enable"):
            b.send(m, session=s)
        b.send("Runtime.addBinding", {"name": "__dvkxss_hit"}, session=s)
        b.send("Page.addScriptToEvaluateOnNewDocument", {"source": HOOK, "runImmediately": True}, session=s)
        b.send("Page.setBypassCSP", {"enabled": self.bypass_csp}, session=s)
        b.send("Emulation.setFocusEmulationEnabled", {"enabled": True}, session=s)
        b.send("Network.clearBrowserCookies", session=s)
        for name, value in cookies:
            b.send("Network.setCookie", {"name": name, "value": value, "url": self.base + "/", "httpOnly": True}, session=s)
        b.send("Fetch.enable", {"patterns": [{"urlPattern": "*__dvkxss_replay=*", "requestStage": "Request"}]}, session=s)

    def on_event(self, m):
        if m.get("sessionId") != self.session or self.cur is None:
            return
        meth, p, cur = m["method"], m.get("params", {}), self.cur
        if meth == "Runtime.bindingCalled" and p.get("name") == "__dvkxss_hit":
            cur["executions"].append("dvkxss(%s)" % p.get("payload"))
        elif meth == "Page.javascriptDialogOpening":
            cur["executions"].append("%s dialog: %s" % (p.get("type"), p.get("message", "")[:80]))
            self.browser._write({"id": 10 ** 9 + len(cur["executions"]), "method": "Page.handleJavaScriptDialog",
                                 "params": {"accept": True}, "sessionId": self.session})
        elif meth == "Runtime.exceptionThrown":
            d = p.get("exceptionDetails", {})
            cur["exceptions"].append((d.get("exception", {}).get("description") or d.get("text", ""))[:160])
        elif meth == "Debugger.scriptParsed":
            url = p.get("url", "")
            if url not in ("dvkxss-hook.js", "dvkxss-probe.js") and not url.startswith(("chrome", "devtools")):
                cur["scripts"].append(url or "(inline)")
        elif meth == "Runtime.consoleAPICalled":
            cur["console"].append(" ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", []))[:160])
        elif meth == "Log.entryAdded":
            e = p.get("entry", {})
            cur["console"].append("%s: %s" % (e.get("source"), e.get("text", "")[:200]))
            if "Content Security Policy" in e.get("text", ""):
                cur["csp"].append(e.get("text", "")[:200])
        elif meth == "Audits.issueAdded":
            issue = p.get("issue", {})
            if issue.get("code") == "ContentSecurityPolicyIssue":
                d = issue.get("details", {}).get("contentSecurityPolicyIssueDetails", {})
                cur["csp"].append("CSP %s %s" % (d.get("violatedDirective"), d.get("contentSecurityPolicyViolationType")))
        elif meth == "Network.responseReceived" and p.get("type") == "Document" and cur["status"] is None:
            cur["status"] = p["response"].get("status")
        elif meth == "Page.loadEventFired":
            cur["loaded"] = True
        elif meth == "Fetch.requestPaused":
            key = re.search(r"__dvkxss_replay=(\d+)", p["request"]["url"]).group(1)
            status, headers, body = self.replay[key]
            hdrs = [{"name": k, "value": v} for k, v in headers.items() if k.lower() not in ("content-length", "transfer-encoding")]
            import base64
            self.browser._write({"id": 2 * 10 ** 9 + int(key), "method": "Fetch.fulfillRequest", "sessionId": self.session,
                                 "params": {"requestId": p["requestId"], "responseCode": status, "responseHeaders": hdrs,
                                            "body": base64.b64encode(body.encode()).decode()}})

    def open(self, url, label, login):
        b, s = self.browser, self.session
        self.cur = cur = {"url": url, "label": label, "login": login, "executions": [], "exceptions": [], "scripts": [],
                          "console": [], "csp": [], "status": None, "loaded": False, "injections": [], "links": []}
        try:
            b.send("Page.navigate", {"url": self.base + url if url.startswith("/") else url}, session=s)
            b.pump(15, until=lambda: cur["loaded"])
            b.pump(0.1)  # autofocus, onbegin, ontoggle and friends fire just after the load
            r = b.send("Runtime.evaluate", {"expression": PROBE, "returnByValue": True}, session=s)
            probe = json.loads(r.get("result", {}).get("value") or "{}")
            cur["injections"] = probe.get("injections", [])
            cur["links"] = probe.get("links", [])
            b.pump(0.05)
        except Exception as e:  # a page that did not load is a failure of the run, not a pass
            cur["error"] = str(e)
        if not cur["loaded"] and "error" not in cur:
            cur["error"] = "no load event"
        self.cur = None
        self.results.append(cur)
        return cur

    def close(self):
        self.browser.close()


def named(items):
    """The payload numbers an execution or injection names (dvkxss(N))."""
    nums = set()
    for t in items:
        nums.update(int(x) for x in re.findall(r"dvkxss\W{0,3}(\d+)", t))
    return sorted(nums)


def scan(base, campaign, bypass_csp, log, chromium_log, crawl_cap, limit_pages=None):
    sc = Scanner(base, bypass_csp, log, chromium_log)
    by_login = {}
    for login, url, label in campaign.visits:
        by_login.setdefault(login, []).append((url, label))
    for i, (login, url, status, headers, body, label) in enumerate(campaign.replays):
        key = str(i)
        sc.replay[key] = (status, dict(headers.items()), body)
        sep = "&" if "?" in url else "?"
        by_login.setdefault(login, []).append((url + sep + "__dvkxss_replay=" + key, "replayed %s (%s)" % (label, status)))
    try:
        for login, pages in by_login.items():
            cookies = campaign.client(login).session_cookies() if login else []
            sc.open_tab(cookies)
            seen = set(u for u, _ in pages)
            per_pattern = {}
            queue = list(pages)
            while queue:
                url, label = queue.pop(0)
                if limit_pages and len(sc.results) >= limit_pages:
                    break
                r = sc.open(url, label, login)
                # Crawl on from the page: same-origin links the role can follow, a few per shape.
                for link in r["links"]:
                    path = link.split("?")[0]
                    if (link in seen or path.endswith((".csv", ".xlsx")) or "/attachments/" in path
                            or path in ("/logout",) or link.startswith("/static/")):
                        continue
                    shape = re.sub(r"\d+", "N", path) + "?" + ",".join(sorted(re.findall(r"[?&]([^=&]+)=", link)))
                    if per_pattern.get(shape, 0) >= crawl_cap:
                        continue
                    per_pattern[shape] = per_pattern.get(shape, 0) + 1
                    seen.add(link)
                    queue.append((link, "crawled"))
    finally:
        sc.close()
    return sc.results


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", required=True)
    ap.add_argument("--mode", choices=["fast", "full"], default="fast")
    ap.add_argument("--csp-pass", type=int, default=None, help="pages to reopen with the CSP on (default: 300 in full, 15 in fast)")
    ap.add_argument("--expect-hit", action="store_true", help="control: exit 0 only when an execution was caught")
    ap.add_argument("--report", default=None)
    ap.add_argument("--chromium-log", default="/dev/null")
    a = ap.parse_args()
    t0 = time.time()
    log = lambda s: print("xss: " + s, flush=True)  # noqa: E731
    payloads = load_payloads(os.path.join(HERE, "payloads.txt"))
    if a.mode == "fast":
        payloads = [x for x in payloads if x[0] in FAST_PAYLOADS]
    camp = Campaign(a.url.rstrip("/"), payloads, a.mode, log)
    camp.seed()
    t_seed = time.time() - t0
    stored = sum(v[0] for k, v in camp.fields.items() if not k.startswith("query."))
    rejected = sum(v[1] for v in camp.fields.values())
    fields = sorted(k for k in camp.fields if not k.startswith("query."))
    qparams = sorted(k for k in camp.fields if k.startswith("query."))
    posts = sum(c.requests for c in camp.clients.values())
    log("seeded in %.0f s: %d payloads, %d stored values in %d form fields (%d answers 422 kept for the browser),"
        " %d query parameters reflected, %d requests" % (t_seed, len(payloads), stored, len(fields), len(camp.replays),
                                                         len(qparams), posts))
    log("fields: " + ", ".join(fields))
    for b in camp.broken:
        log("seed problem: " + b)
    t1 = time.time()
    results = scan(camp.base, camp, True, log, a.chromium_log, 3 if a.mode == "full" else 0)
    t_scan = time.time() - t1
    # Second pass with the CSP on: the same pages must not run anything either (and when the
    # escaping is broken, the CSP is what blocks it: its reports are counted).
    t2 = time.time()
    csp_cap = a.csp_pass if a.csp_pass is not None else (300 if a.mode == "full" else 15)
    camp_csp = Campaign(camp.base, payloads, a.mode, log)
    camp_csp.clients = camp.clients
    camp_csp.visits = [v for v in camp.visits if v[2] != "crawled"]
    camp_csp.replays = camp.replays
    if csp_cap is not None:
        hits_first = [(r["login"], r["url"].split("__dvkxss_replay")[0].rstrip("?&"), r["label"]) for r in results
                      if r["executions"] or r["injections"]]
        camp_csp.visits = hits_first + camp_csp.visits[: max(0, csp_cap - len(hits_first))]
        camp_csp.replays = camp.replays[:5]
    results_csp = scan(camp.base, camp_csp, False, log, a.chromium_log, 0)
    t_csp = time.time() - t2

    def summarize(rs, name):
        ex = [r for r in rs if r["executions"] or r["exceptions"] or r["scripts"]]
        inj = [r for r in rs if r["injections"]]
        err = [r for r in rs if r.get("error") or (r["status"] or 0) >= 500]
        n_exec = sum(len(r["executions"]) for r in rs)
        n_csp = sum(len(r["csp"]) for r in rs)
        statuses = {}
        for r in rs:
            statuses[r["status"]] = statuses.get(r["status"], 0) + 1
        log("%s: %d pages opened (%s), executions %d, pages with script activity %d, pages with injected markup %d,"
            " CSP reports %d, console messages %d, pages not loaded or 5xx %d" % (
                name, len(rs), ", ".join("%s: %d" % (k, v) for k, v in sorted(statuses.items(), key=lambda x: str(x[0]))),
                n_exec, len(ex), len(inj), n_csp, sum(len(r["console"]) for r in rs), len(err)))
        for r in ex:
            log("  EXECUTION on %s as %s (%s): payloads %s; %s; exceptions %s; scripts %s" % (
                r["url"][:150], r["login"], r["label"][:60], named(r["executions"]) or "?",
                r["executions"][:5], r["exceptions"][:3], r["scripts"][:3]))
        for r in inj:
            log("  INJECTED on %s as %s (%s): payloads %s; %s" % (r["url"][:150], r["login"], r["label"][:60],
                                                                   named(r["injections"]) or "?", r["injections"][:3]))
        for r in err:
            log("  NOT LOADED %s as %s: %s status %s" % (r["url"][:150], r["login"], r.get("error"), r["status"]))
        return n_exec + len(ex), len(inj), len(err), n_csp

    e1, i1, b1, c1 = summarize(results, "CSP bypassed")
    e2, i2, b2, c2 = summarize(results_csp, "CSP on")
    log("durations: seed %.0f s, browser %.0f s, CSP pass %.0f s, total %.0f s" % (t_seed, t_scan, t_csp, time.time() - t0))
    if a.report:
        with open(a.report, "w") as f:
            json.dump({"fields": camp.fields, "broken": camp.broken, "results": results, "results_csp": results_csp},
                      f, ensure_ascii=False, indent=1, default=str)
    if a.expect_hit:
        caught = [r for r in results if r["executions"]]
        if caught:
            r = caught[0]
            log("control: caught %d executions, first: payload %s on %s" % (e1, named(r["executions"]), r["url"]))
            log("control: with the CSP on the same pages ran %d (CSP reports %d)" % (e2, c2))
            return 0
        log("control: FAILED to catch an execution on the broken build")
        return 1
    # With nothing injected, a page keeps to its own CSP: any report in the CSP pass is a defect.
    ok = (e1 == 0 and i1 == 0 and b1 == 0 and e2 == 0 and i2 == 0 and b2 == 0 and c2 == 0 and not camp.broken
          and results)
    log("passed" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
