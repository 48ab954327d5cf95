#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Checks Haul's Qt Linguist catalogues (Python 3 standard library only).

  check.py complete TS...
      Every message is translated (no unfinished, obsolete or vanished entry),
      numerus messages have every plural form of their language, placeholders
      (%1, %L1, %n, %Ln) survive, leading/trailing spaces, "…" and menu
      mnemonics (&) are kept, and mnemonics are unique within a context.

  check.py current --lupdate LUPDATE --list FILE [--option OPT]... TS...
      The catalogues are up to date with the sources: lupdate (with the build's
      options and source list) run on temporary copies would neither add a
      message nor drop one.

Exit status 0 when everything passes, 1 with one line per problem otherwise.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:L?\d{1,2}|L?n)")
MNEMONIC = re.compile(r"&(?!&)(.)")
# Plural forms lupdate creates per language (Qt's numerus rules).
FORMS = {"de": 2, "fr": 2, "es": 2, "pt": 2, "ru": 3, "zh": 1, "ja": 1, "ar": 6, "en": 2, "it": 2, "nl": 2,
         "pl": 3, "uk": 3, "cs": 3, "tr": 1, "ko": 1}
# Forms whose rule matches exactly one number: there the number may be a word
# ("تنزيلان", two downloads) instead of %n. Arabic: zero, one, two.
EXACT_FORMS = {"ar": {0, 1, 2}}


def key(context, message):
    comment = message.find("comment")
    return (context, message.findtext("source", ""), comment.text if comment is not None else "")


def describe(k):
    return f"[{k[0]}] {k[1]!r}" + (f" ({k[2]})" if k[2] else "")


def messages(path):
    """(context name, message element) for every message of a .ts file."""
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message


def language(path):
    return ET.parse(path).getroot().get("language", "")


def edge_spaces(text):
    return re.match(r"\s*", text).group(0), re.search(r"\s*$", text).group(0)


def check_text(where, source, text, exact_form, problems):
    """One translated text (or numerus form) against its source."""
    if not text.strip():
        problems.append(f"{where}: empty translation")
        return
    want, got = sorted(PLACEHOLDER.findall(source)), sorted(PLACEHOLDER.findall(text))
    if exact_form:
        want = [p for p in want if p not in ("%n", "%Ln")]
        got = [p for p in got if p not in ("%n", "%Ln")]
    if want != got:
        problems.append(f"{where}: placeholders {want} in the source but {got} in the translation {text!r}")
    if edge_spaces(source) != edge_spaces(text):
        problems.append(f"{where}: leading/trailing spaces differ from the source in {text!r}")
    if "…" in source and "…" not in text:
        problems.append(f"{where}: the source has “…” but the translation {text!r} has not")
    if MNEMONIC.search(source) and not MNEMONIC.search(text):
        problems.append(f"{where}: the source has a mnemonic (&) but the translation {text!r} has none")


def check_complete(paths):
    problems = []
    for path in paths:
        name = os.path.basename(path)
        lang = language(path)
        if not lang:
            problems.append(f"{name}: no language attribute")
        forms_wanted = FORMS.get(lang.split("_")[0])
        exact = EXACT_FORMS.get(lang.split("_")[0], set())
        mnemonics = {}
        count = 0
        for context, message in messages(path):
            count += 1
            source = message.findtext("source", "")
            where = f"{name}: [{context}] {source!r}"
            translation = message.find("translation")
            if translation is None:
                problems.append(f"{where}: no translation element")
                continue
            kind = translation.get("type")
            if kind in ("unfinished", "obsolete", "vanished"):
                problems.append(f"{where}: {kind}")
                continue
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.findall("numerusform")]
                if forms_wanted is not None and len(forms) != forms_wanted:
                    problems.append(f"{where}: {len(forms)} plural forms, {lang} has {forms_wanted}")
                if not forms:
                    problems.append(f"{where}: numerus message without plural forms")
                if "%n" not in source and "%Ln" not in source:
                    problems.append(f"{where}: numerus message without %n in the source")
                for i, form in enumerate(forms):
                    check_text(f"{where} form {i}", source, form, i in exact, problems)
                texts = forms
            else:
                text = translation.text or ""
                check_text(where, source, text, False, problems)
                texts = [text]
            if MNEMONIC.search(source):
                for text in texts:
                    found = MNEMONIC.search(text)
                    if found:
                        mnemonics.setdefault((context, found.group(1).lower()), []).append(text)
        for (context, letter), texts in sorted(mnemonics.items()):
            if len(texts) > 1:
                problems.append(f"{name}: [{context}] mnemonic &{letter} used by {texts}")
        if count == 0:
            problems.append(f"{name}: no messages")
    return problems


def check_current(paths, lupdate, list_file, options):
    problems = []
    with tempfile.TemporaryDirectory(prefix="haul-ts-") as tmp:
        copies = []
        for path in paths:
            copy = os.path.join(tmp, os.path.basename(path))
            shutil.copyfile(path, copy)
            copies.append(copy)
        command = [lupdate, "-silent", *options, "@" + list_file, "-ts", *copies]
        run = subprocess.run(command, capture_output=True, text=True)
        if run.returncode != 0:
            return [f"lupdate failed ({run.returncode}): {' '.join(command)}\n{run.stdout}{run.stderr}"]
        found = {}  # problem -> the catalogues that have it
        for path, copy in zip(paths, copies):
            name = os.path.basename(path)
            before = {key(c, m): m.get("numerus") == "yes" for c, m in messages(path)}
            after = {key(c, m): m.get("numerus") == "yes" for c, m in messages(copy)
                     if m.find("translation") is None or m.find("translation").get("type") not in ("obsolete", "vanished")}
            for k in set(after) - set(before):
                found.setdefault((describe(k), "new in the sources, missing from"), []).append(name)
            for k in set(before) - set(after):
                found.setdefault((describe(k), "no longer in the sources, still in"), []).append(name)
            for k in set(before) & set(after):
                if before[k] != after[k]:
                    what = "now a plural message, not in" if after[k] else "no longer a plural message in"
                    found.setdefault((describe(k), what), []).append(name)
        for (message, what), names in sorted(found.items()):
            problems.append(f"{message}: {what} {', '.join(sorted(names))}")
    if problems:
        problems.append("Run `cmake --build <build> --target update_translations`, translate the new messages "
                        "and check again.")
    return problems


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    complete = sub.add_parser("complete", help="every message translated and well-formed")
    complete.add_argument("ts", nargs="+")
    current = sub.add_parser("current", help="up to date with the sources")
    current.add_argument("--lupdate", required=True)
    current.add_argument("--list", required=True, help="lupdate list file: sources and -I<dir> lines")
    current.add_argument("--option", action="append", default=[], help="an lupdate option (repeatable)")
    current.add_argument("ts", nargs="+")
    args = parser.parse_args(argv)

    if args.command == "complete":
        problems = check_complete(args.ts)
    else:
        problems = check_current(args.ts, args.lupdate, args.list, args.option)
    for problem in problems:
        print(problem)
    if not problems:
        print(f"{len(args.ts)} catalogue(s): OK")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
