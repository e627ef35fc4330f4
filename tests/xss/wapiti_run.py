#!/usr/bin/python3
# Runs Debian's wapiti 3.0.4 with one fix: its exclusion patterns (-x) put the regular expression's
# global flags at the end ("\Z(?ms)"), which Python 3.11 refuses ("global flags not at the start"),
# so any -x stops the scan. The same translation, flags first.
import re
import sys
from importlib.metadata import distribution

import wapitiCore.net.crawler as crawler


def wildcard_translate(pattern):
    return re.compile("(?ms)" + "".join(".*" if ch == "*" else re.escape(ch) for ch in pattern) + r"\Z")


crawler.wildcard_translate = wildcard_translate
entry = next(e for e in distribution("wapiti3").entry_points if e.group == "console_scripts" and e.name == "wapiti")
sys.argv[0] = "wapiti"
sys.exit(entry.load()())
