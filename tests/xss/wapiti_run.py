#!/usr/bin/python3
# Runs Debian's wapiti 3.0.4 with two fixes:
# - its exclusion patterns (-x) put the regular expression's global flags at the end ("\Z(?ms)"),
#   which Python 3.11 refuses ("global flags not at the start"), so any -x stops the scan. The same
#   translation, flags first.
# - it sends every text field of a multipart form as a file part (requests gives a bare value the
#   field's name as its filename), which no browser does: the upload form's csrf_token then arrives as
#   a file, the server rightly answers 403 to the genuine submission as to the forged one, and the csrf
#   module, seeing the same answer twice, reports the token as not checked. Text fields go as fields.
import re
import sys
from importlib.metadata import distribution

import wapitiCore.net.crawler as crawler


def wildcard_translate(pattern):
    return re.compile("(?ms)" + "".join(".*" if ch == "*" else re.escape(ch) for ch in pattern) + r"\Z")


wapiti_post = crawler.Crawler.post


def post(self, form, follow_redirects=False, headers=None):
    if not form.is_multipart or not form.file_params:
        return wapiti_post(self, form, follow_redirects, headers)
    form_headers = dict(headers or {})
    if form.referer:
        form_headers["referer"] = form.referer
    try:
        response = self._session.post(form.path, params=form.get_params, data=form.post_params,
                                      files=form.file_params, headers=form_headers, timeout=self._timeout,
                                      allow_redirects=follow_redirects, verify=self.secure)
    except crawler.ConnectionError as exception:
        # As wapiti's own post: its modules record a time-out as an anomaly, given ReadTimeout.
        if "Read timed out" in str(exception):
            raise crawler.ReadTimeout("Request time out")
        raise
    return crawler.Page(response)


def patch():
    crawler.wildcard_translate = wildcard_translate
    crawler.Crawler.post = post


if __name__ == "__main__":
    patch()
    entry = next(e for e in distribution("wapiti3").entry_points
                 if e.group == "console_scripts" and e.name == "wapiti")
    sys.argv[0] = "wapiti"
    sys.exit(entry.load()())
