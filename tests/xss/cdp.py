# Debian's headless Chromium driven over the DevTools protocol on --remote-debugging-pipe (the
# browser reads commands on fd 3 and writes answers and events on fd 4, each a JSON text ended by
# a NUL byte). Standard library only: subprocess with pass_fds, os.pipe, select, json.
import json
import os
import select
import shutil
import subprocess
import tempfile
import time


class CdpError(Exception):
    pass


class Chromium:
    """One headless browser; commands in flat mode (sessionId on each message)."""

    def __init__(self, log_path=None, extra_flags=()):
        self.profile = tempfile.mkdtemp(prefix="dvk-xss-chromium.")
        # Our ends must not be inherited; the browser's ends are placed on 3 and 4 in the child.
        to_browser_r, self._w = os.pipe()
        self._r, from_browser_w = os.pipe()
        # Move the browser's ends above 10 first, so dup2 onto 3 and 4 cannot clobber each other.
        hi_r = os.dup2(to_browser_r, 20, inheritable=False)
        hi_w = os.dup2(from_browser_w, 21, inheritable=False)
        os.close(to_browser_r)
        os.close(from_browser_w)

        def place_fds():  # runs in the child before close_fds (which keeps pass_fds 3 and 4)
            os.dup2(hi_r, 3)
            os.dup2(hi_w, 4)

        self._log = open(log_path or os.devnull, "ab")
        flags = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--mute-audio", "--remote-debugging-pipe",
                 "--user-data-dir=" + self.profile] + list(extra_flags) + ["about:blank"]
        self.proc = subprocess.Popen([shutil.which("chromium") or "/usr/bin/chromium"] + flags,
                                     stdin=subprocess.DEVNULL, stdout=self._log, stderr=self._log,
                                     pass_fds=(3, 4), preexec_fn=place_fds)
        os.close(hi_r)
        os.close(hi_w)
        self._buf = b""
        self._next_id = 0
        self.handlers = []  # callables(message) for events
        self.pending_events = []

    # ---- wire -----------------------------------------------------------------------------------
    def _write(self, msg):
        data = json.dumps(msg).encode() + b"\0"
        while data:
            n = os.write(self._w, data)
            data = data[n:]

    def _read_one(self, timeout):
        """Next message, or None when nothing came within timeout seconds."""
        deadline = time.monotonic() + timeout
        while b"\0" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            ready, _, _ = select.select([self._r], [], [], left)
            if not ready:
                return None
            chunk = os.read(self._r, 1 << 20)
            if not chunk:
                raise CdpError("the browser closed the pipe (exit %s)" % self.proc.poll())
            self._buf += chunk
        raw, self._buf = self._buf.split(b"\0", 1)
        return json.loads(raw)

    def _dispatch(self, msg):
        for h in self.handlers:
            h(msg)

    def send(self, method, params=None, session=None, timeout=30):
        self._next_id += 1
        mid = self._next_id
        msg = {"id": mid, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        self._write(msg)
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise CdpError("no answer to %s within %s s" % (method, timeout))
            m = self._read_one(left)
            if m is None:
                continue
            if m.get("id") == mid:
                if "error" in m:
                    raise CdpError("%s: %s" % (method, m["error"].get("message")))
                return m.get("result", {})
            if "method" in m:
                self._dispatch(m)

    def pump(self, seconds, until=None):
        """Handles events for up to `seconds`, or until until() is true."""
        deadline = time.monotonic() + seconds
        while True:
            if until and until():
                return True
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            m = self._read_one(min(left, 0.05))
            if m is not None and "method" in m:
                self._dispatch(m)

    def close(self):
        try:
            self.send("Browser.close", timeout=5)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()  # our own child, by its handle
            self.proc.wait()
        for fd in (self._r, self._w):
            try:
                os.close(fd)
            except OSError:
                pass
        self._log.close()
        shutil.rmtree(self.profile, ignore_errors=True)
