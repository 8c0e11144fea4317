#!/usr/bin/env python3
"""Fails when a string in the sources has no finished translation in a .ts file.

Runs lupdate over the sources into a copy of the .ts (the real file is not touched), then
wants every message finished, with the same placeholders (%1, %L1, %n) as its source, and the
same number of access keys (&). Names each string that is not, and says how to fix it.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?(\d+|n)")
ACCESS_KEY = re.compile(r"&(?![&\s]|\w+;)")


def placeholders(text):
    return sorted(set(m.group(1) for m in PLACEHOLDER.finditer(text or "")))


def problems(ts_path):
    found = []
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] \
                if message.get("numerus") == "yes" else [translation.text or ""]
            if kind == "unfinished" or not all(forms):
                found.append((name, source, "no finished translation"))
                continue
            for form in forms:
                # A plural form may leave %n out ("ein Benutzer"); other placeholders stay.
                wanted = [p for p in placeholders(source) if p != "n"]
                have = [p for p in placeholders(form) if p != "n"]
                if wanted != have:
                    found.append((name, source, "placeholders differ in \"%s\"" % form))
                elif len(ACCESS_KEY.findall(source)) != len(ACCESS_KEY.findall(form)):
                    found.append((name, source, "access keys (&) differ in \"%s\"" % form))
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--sources", required=True, help="a file listing the sources")
    parser.add_argument("--include", action="append", default=[])
    parser.add_argument("--ts", required=True)
    parser.add_argument("--work", required=True, help="a folder for the copy")
    args = parser.parse_args()

    os.makedirs(args.work, exist_ok=True)
    copy = os.path.join(args.work, os.path.basename(args.ts))
    shutil.copyfile(args.ts, copy)
    command = [args.lupdate, "-silent", "-no-obsolete", "-locations", "none"]
    command += ["-I" + d for d in args.include] + ["@" + args.sources, "-ts", copy]
    run = subprocess.run(command, capture_output=True, text=True)
    if run.returncode != 0:
        sys.stderr.write(run.stdout + run.stderr)
        return 1

    found = problems(copy)
    if not found:
        return 0
    name = os.path.basename(args.ts)
    sys.stderr.write("%s: %d string(s) need a translation:\n" % (name, len(found)))
    for context, source, why in found:
        sys.stderr.write("  [%s] \"%s\": %s\n" % (context, source.replace("\n", "\\n"), why))
    sys.stderr.write(
        "To fix: cmake --build BUILD --target update_translations, then translate them in "
        "translations/%s (Qt Linguist: linguist %s) and mark them finished.\n" % (name, name))
    return 1


if __name__ == "__main__":
    sys.exit(main())
