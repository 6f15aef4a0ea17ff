#!/usr/bin/env python3
"""Compile and validate the synthetic redaction development set.

    scripts/check-redaction-devset.py                 compile dev.src.txt -> dev.jsonl + dev.traps.jsonl, then check
    scripts/check-redaction-devset.py compile --src heldout.src.txt --out heldout.jsonl \\
        --traps heldout.traps.jsonl --min-per-lang 3
                                                      the same for the held-out set (paths under
                                                      Tests/Fixtures/redaction)
    scripts/check-redaction-devset.py check [FILE]    check an existing gold JSONL file only (default dev.jsonl)
    scripts/check-redaction-devset.py check --loose FILE
                                                      structural checks only, e.g. for turku-to-gold.py output
    scripts/check-redaction-devset.py generate KIND [-n N] [--seed S]
                                                      print checksum-valid fictional values; KIND is one of
                                                      hetu, personnummer, iban-fi, iban-se, iban-gb, card

Source format (Tests/Fixtures/redaction/dev.src.txt)
----------------------------------------------------
    # comment                              (only outside a record's text, i.e. before the first @@ or
                                            directly after a header line)
    @@ fi-01 [nfd]                         record header: id, optional flags
                                            nfd: store the text in Unicode NFD (macOS copy-paste)
    known: person=Mikko Virtanen/offender; place=Tampere; org=Kalevan koulu
                                           optional; `kind=value[/role]`, `;`-separated
    text lines ...                         everything up to the next @@ header; leading and trailing
                                           blank lines are dropped, inner line breaks are kept

Inline markup inside the text:
    [[PERSON:p1|Mikolle]]      a labelled mention: TYPE, entity key, surface text (may span lines)
    [[~platform|Snapchat]]     a deliberate trap: plain text in the output, must NOT be redacted;
                               the word after ~ is the trap category; written to dev.traps.jsonl
    {U+00AD}                   a literal code point (soft hyphen, zero-width space, ...)

The class of a mention follows from its type (DATE, AGE, SCHOOL_CLASS, EVENT are quasi, the rest direct).
Offsets in the output are Unicode code point offsets into `text`, end exclusive.

Only the Python standard library is used.
"""

from __future__ import annotations

import argparse
import collections
import datetime
import ipaddress
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "Tests" / "Fixtures" / "redaction"
SRC = FIXTURES / "dev.src.txt"
OUT = FIXTURES / "dev.jsonl"
TRAPS = FIXTURES / "dev.traps.jsonl"

LANGS = ("fi", "sv", "en")
QUASI = {"DATE", "AGE", "SCHOOL_CLASS", "EVENT"}
TYPES = [
    "PERSON", "PLACE", "ORG", "EMAIL", "URL", "HANDLE", "PHONE", "NATIONAL_ID", "IBAN", "CARD", "IP",
    "PLATE", "CASE_NUMBER", "ADDRESS", "POSTAL_CODE", "DATE", "AGE", "SCHOOL_CLASS", "EVENT",
]
KNOWN_KINDS = {"person", "place", "org", "other"}
KNOWN_ROLES = {"survivor", "offender", "family", "other"}
KNOWN_KIND_TO_TYPES = {"person": {"PERSON"}, "place": {"PLACE", "ADDRESS"}, "org": {"ORG"}, "other": set(TYPES)}
INVISIBLE = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD}
MIN_WORDS, MAX_WORDS = 60, 250
MIN_PER_LANG = 15
MIN_TRAPS_PER_TEXT = 3

HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
HETU_CENTURY = {"+": 1800, "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900,
                "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000}


# --------------------------------------------------------------------------- checksums

def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(payload: str) -> str:
    for d in "0123456789":
        if luhn_ok(payload + d):
            return d
    raise AssertionError


def valid_date(y: int, m: int, d: int) -> bool:
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def hetu_ok(value: str) -> bool:
    m = re.fullmatch(r"(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])", value.upper())
    if not m:
        return False
    dd, mm, yy, sep, nnn, check = m.groups()
    if not valid_date(HETU_CENTURY[sep] + int(yy), int(mm), int(dd)) or nnn in ("000", "001"):
        return False
    return HETU_CHECK[int(dd + mm + yy + nnn) % 31] == check


def personnummer_ok(value: str) -> bool:
    m = re.fullmatch(r"(\d{2})?(\d{2})(\d{2})(\d{2})[-+]?(\d{4})", value)
    if not m:
        return False
    cc, yy, mm, dd, rest = m.groups()
    day = int(dd) - 60 if int(dd) > 60 else int(dd)  # samordningsnummer
    year = int((cc or "20") + yy)
    if not valid_date(year if cc else 2000 + int(yy), int(mm), day) and not valid_date(1900 + int(yy), int(mm), day):
        return False
    return luhn_ok(yy + mm + dd + rest)


def uk_nino_ok(value: str) -> bool:
    """Format only (NINOs have no check digit). QQ is HMRC's prefix for examples, never issued."""
    v = value.upper()
    return re.fullmatch(r"(QQ|[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?\d{2} ?\d{2} ?\d{2} ?[A-D]", v) is not None


def iban_ok(value: str) -> bool:
    s = re.sub(r"\s", "", value).upper()
    lengths = {"FI": 18, "SE": 24, "GB": 22, "DE": 22, "NO": 15, "DK": 18, "EE": 20}
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s) or lengths.get(s[:2], len(s)) != len(s):
        return False
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def iban_make(country: str, bban: str) -> str:
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    raw = f"{country}{check:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def card_ok(value: str) -> bool:
    s = re.sub(r"[\s-]", "", value)
    return s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s)


# --------------------------------------------------------------------------- generation

def generate(kind: str, n: int, seed: int | None) -> list[str]:
    rnd = random.Random(seed)
    out = []
    while len(out) < n:
        if kind == "hetu":
            year = rnd.randint(1975, 2012)
            d = datetime.date(year, 1, 1) + datetime.timedelta(days=rnd.randint(0, 364))
            sep = "-" if year < 2000 else "A"
            nnn = f"{rnd.randint(900, 999):03d}"  # 900-999: temporary numbers, never issued as permanent ones
            body = d.strftime("%d%m%y")
            v = f"{body}{sep}{nnn}{HETU_CHECK[int(body + nnn) % 31]}"
            assert hetu_ok(v)
        elif kind == "personnummer":
            year = rnd.randint(1975, 2012)
            d = datetime.date(year, 1, 1) + datetime.timedelta(days=rnd.randint(0, 364))
            payload = d.strftime("%y%m%d") + f"{rnd.randint(0, 999):03d}"
            v = f"{payload[:6]}-{payload[6:]}{luhn_digit(payload)}"
            if rnd.random() < 0.5:
                v = d.strftime("%Y")[:2] + v
            assert personnummer_ok(v), v
        elif kind == "iban-fi":
            acct = f"{rnd.randint(100000, 799999)}{rnd.randint(0, 9999999):07d}"
            v = iban_make("FI", acct + luhn_digit(acct))
        elif kind == "iban-se":
            v = iban_make("SE", f"{rnd.randint(5000, 9999)}{rnd.randint(0, 10**16 - 1):016d}"[:20])
        elif kind == "iban-gb":
            bank = "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4))
            v = iban_make("GB", bank + f"{rnd.randint(0, 10**14 - 1):014d}")
        elif kind == "card":
            payload = "4" + "".join(rnd.choice("0123456789") for _ in range(14))
            raw = payload + luhn_digit(payload)
            v = " ".join(raw[i:i + 4] for i in range(0, 16, 4))
        else:
            raise SystemExit(f"unknown kind {kind}")
        if kind.startswith("iban"):
            assert iban_ok(v), v
        if kind == "card":
            assert card_ok(v), v
        out.append(v)
    return out


# --------------------------------------------------------------------------- compiling

HEADER = re.compile(r"^@@\s+([a-z]{2}-\d{2})((?:\s+\w+)*)\s*$")
MARKUP = re.compile(r"\[\[(?:(?P<type>[A-Z_]+):(?P<ent>[A-Za-z0-9_]+)|~(?P<trap>[a-z0-9-]+))\|(?P<surface>.*?)\]\]", re.S)
ESCAPE = re.compile(r"\{U\+([0-9A-Fa-f]{4,6})\}")


class Problems:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def error(self, where: str, msg: str) -> None:
        self.errors.append(f"{where}: {msg}")

    def warn(self, where: str, msg: str) -> None:
        self.warnings.append(f"{where}: {msg}")


def unescape(s: str) -> str:
    return ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), s)


def parse_known(line: str, where: str, problems: Problems) -> list[dict]:
    items = []
    for part in line.split(";"):
        part = part.strip()
        if not part:
            continue
        if "=" not in part:
            problems.error(where, f"known entry without kind=: {part!r}")
            continue
        kind, value = (x.strip() for x in part.split("=", 1))
        role = None
        if "/" in value:
            value, role = (x.strip() for x in value.rsplit("/", 1))
        item = {"kind": kind, "value": value}
        if role:
            item["role"] = role
        items.append(item)
    return items


def compile_source(src: Path, problems: Problems) -> tuple[list[dict], list[dict]]:
    records: list[dict] = []
    traps: list[dict] = []
    current: dict | None = None
    body: list[str] = []

    def finish() -> None:
        if current is None:
            return
        lines = body[:]
        while lines and not lines[0].strip():
            lines.pop(0)
        while lines and not lines[-1].strip():
            lines.pop()
        raw = "\n".join(line.rstrip() for line in lines)
        text_parts: list[str] = []
        mentions: list[dict] = []
        pos = 0
        length = 0
        nfd = "nfd" in current["flags"]

        def emit(s: str) -> int:
            nonlocal length
            s = unescape(s)
            if nfd:
                s = unicodedata.normalize("NFD", s)
            text_parts.append(s)
            length += len(s)  # Python str length == code points
            return len(s)

        for m in MARKUP.finditer(raw):
            emit(raw[pos:m.start()])
            start = length
            emit(m.group("surface"))
            end = length
            if m.group("trap"):
                traps.append({"id": current["id"], "start": start, "end": end, "category": m.group("trap")})
            else:
                typ = m.group("type")
                mentions.append({"start": start, "end": end, "type": typ,
                                 "class": "quasi" if typ in QUASI else "direct", "entity": m.group("ent")})
            pos = m.end()
        emit(raw[pos:])
        text = "".join(text_parts)
        leftover = re.search(r"\[\[|\]\]", text)
        if leftover:
            problems.error(current["id"], f"unparsed markup near {text[max(0, leftover.start() - 30):leftover.end() + 30]!r}")
        for t in traps:
            if t["id"] == current["id"]:
                t["text"] = text[t["start"]:t["end"]]
        records.append({"id": current["id"], "lang": current["id"][:2], "text": text,
                        "known": current["known"], "mentions": mentions})

    for lineno, line in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
        h = HEADER.match(line)
        if h:
            finish()
            current = {"id": h.group(1), "flags": h.group(2).split(), "known": []}
            body = []
            continue
        if current is None:
            if line.strip() and not line.startswith("#"):
                problems.error(f"{src.name}:{lineno}", "text before the first @@ header")
            continue
        if not body and line.startswith("#"):
            continue
        if not body and line.startswith("known:"):
            current["known"] = parse_known(line[len("known:"):], current["id"], problems)
            continue
        body.append(line)
    finish()
    return records, traps


# --------------------------------------------------------------------------- checking

def is_word_char(ch: str) -> bool:
    return ch.isalpha() or ch.isdigit()


def check_value(typ: str, value: str, lang: str, where: str, problems: Problems) -> None:
    flat = " ".join(value.split())
    if typ == "NATIONAL_ID":
        if not (hetu_ok(flat) or personnummer_ok(flat) or uk_nino_ok(flat)):
            problems.error(where, f"NATIONAL_ID {value!r} is neither a valid hetu, a valid personnummer nor a UK NINO")
    elif typ == "IBAN":
        if not iban_ok(flat):
            problems.error(where, f"IBAN {value!r} fails mod-97 or length")
    elif typ == "CARD":
        if not card_ok(flat):
            problems.error(where, f"CARD {value!r} fails Luhn")
    elif typ == "EMAIL":
        if not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", flat):
            problems.error(where, f"EMAIL {value!r} does not look like an address")
    elif typ == "PHONE":
        digits = re.sub(r"\D", "", flat)
        if not 7 <= len(digits) <= 15 or re.search(r"[^\d\s+()./-]", flat):
            problems.error(where, f"PHONE {value!r} does not look like a number")
    elif typ == "IP":
        try:
            ipaddress.ip_address(flat)
        except ValueError:
            problems.error(where, f"IP {value!r} is not an address")
    elif typ == "URL":
        if not re.match(r"(https?://|www\.)|[\w-]+\.[a-z]{2,}/", flat):
            problems.error(where, f"URL {value!r} does not look like a URL")
    elif typ == "HANDLE":
        if not re.fullmatch(r"@?[\w.]{2,}", flat):
            problems.error(where, f"HANDLE {value!r} does not look like a handle")
    elif typ == "POSTAL_CODE":
        if not re.fullmatch(r"\d{5}|\d{3} \d{2}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}", flat):
            problems.error(where, f"POSTAL_CODE {value!r} does not look like a postal code")
    elif typ == "CASE_NUMBER":
        if not re.search(r"\d", flat):
            problems.error(where, f"CASE_NUMBER {value!r} has no digits")
    elif typ in ("PERSON", "PLACE", "ORG", "EVENT"):
        if not re.search(r"[^\W\d_]", flat):
            problems.error(where, f"{typ} {value!r} has no letters")


def check_records(records: list[dict], traps: list[dict] | None, problems: Problems, loose: bool = False,
                  min_per_lang: int = MIN_PER_LANG) -> None:
    """All checks; with `loose`, only the structural ones (for gold files from elsewhere, e.g. turku-to-gold.py):
    ids, word counts, set composition and traps are not checked and unlabelled repeats are warnings."""
    seen_ids = set()
    per_lang = collections.Counter()
    for rec in records:
        rid = rec.get("id", "?")
        expected_keys = {"id", "lang", "text", "known", "mentions"}
        if set(rec) != expected_keys:
            problems.error(rid, f"keys {sorted(rec)} != {sorted(expected_keys)}")
            continue
        if not isinstance(rid, str) or not (loose or re.fullmatch(r"(fi|sv|en)-\d{2}", rid)):
            problems.error(str(rid), "bad id")
        if rid in seen_ids:
            problems.error(rid, "duplicate id")
        seen_ids.add(rid)
        lang, text = rec["lang"], rec["text"]
        if lang not in LANGS or not (loose or rid.startswith(lang + "-")):
            problems.error(rid, f"bad lang {lang!r}")
        per_lang[lang] += 1
        if not isinstance(text, str) or not text.strip():
            problems.error(rid, "empty text")
            continue
        words = len(text.split())
        if not loose and not MIN_WORDS <= words <= MAX_WORDS:
            problems.error(rid, f"{words} words, expected {MIN_WORDS}-{MAX_WORDS}")
        if unicodedata.normalize("NFC", text) != text:
            problems.warn(rid, "text is not NFC (intentional NFD test?); offsets are into the text as stored")
        if any(ord(c) in INVISIBLE for c in text):
            problems.warn(rid, "text contains invisible code points (intentional?)")

        # known
        known = rec["known"]
        if not isinstance(known, list):
            problems.error(rid, "known is not a list")
            known = []
        for k in known:
            if not isinstance(k, dict) or not {"kind", "value"} <= set(k) or set(k) - {"kind", "value", "role"}:
                problems.error(rid, f"bad known entry {k!r}")
                continue
            if k["kind"] not in KNOWN_KINDS:
                problems.error(rid, f"known kind {k['kind']!r}")
            if "role" in k and (k["kind"] != "person" or k["role"] not in KNOWN_ROLES):
                problems.error(rid, f"known role {k!r}")
            if not isinstance(k["value"], str) or not k["value"].strip():
                problems.error(rid, f"empty known value {k!r}")

        # mentions
        mentions = rec["mentions"]
        if not isinstance(mentions, list):
            problems.error(rid, "mentions is not a list")
            continue
        spans = []
        entity_types: dict[str, str] = {}
        for i, m in enumerate(mentions):
            where = f"{rid} mention {i}"
            if not isinstance(m, dict) or set(m) != {"start", "end", "type", "class", "entity"}:
                problems.error(where, f"bad mention keys {m!r}")
                continue
            s, e, typ, cls, ent = m["start"], m["end"], m["type"], m["class"], m["entity"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                problems.error(where, f"bad offsets {s}..{e} (text has {len(text)} code points)")
                continue
            if typ not in TYPES:
                problems.error(where, f"unknown type {typ!r}")
                continue
            want = "quasi" if typ in QUASI else "direct"
            if cls != want:
                problems.error(where, f"class {cls!r} for {typ}, expected {want!r}")
            if not isinstance(ent, str) or not re.fullmatch(r"[A-Za-z0-9_]+", ent):
                problems.error(where, f"bad entity {ent!r}")
            elif entity_types.setdefault(ent, typ) != typ:
                problems.error(where, f"entity {ent} used for both {entity_types[ent]} and {typ}")
            value = text[s:e]
            where = f"{rid} {typ} {value!r}@{s}"
            if value != value.strip() or not value.strip():
                problems.error(where, "surface empty or has leading/trailing whitespace")
            balanced_paren = value.endswith(")") and "(" in value
            if (value[-1] in ",;:!?)\"”'" and not balanced_paren) or value[0] in "(\"“'.,;:":
                problems.error(where, "surface starts/ends with punctuation")
            abbreviation = r"(\b\w\.|\d\.|\b[^\W\d_]{1,5}\.)$" if loose else r"(\b\w\.|\d\.)$"
            if value.endswith(".") and not re.search(abbreviation, value):
                problems.error(where, "surface ends with a full stop that is not an initial/ordinal")
            if s > 0 and is_word_char(text[s - 1]):
                problems.error(where, f"starts inside a word (preceded by {text[s - 1]!r})")
            if e < len(text) and is_word_char(text[e]):
                problems.error(where, f"ends inside a word (followed by {text[e]!r}): label the whole inflected token")
            if e + 1 < len(text) and text[e] in ":'’" and text[e + 1].isalpha():
                problems.error(where, f"a case ending follows ({text[e:e + 4]!r}): label the whole token")
            check_value(typ, value, lang, where, problems)
            spans.append((s, e, i))
        spans.sort()
        for (s1, e1, i1), (s2, e2, i2) in zip(spans, spans[1:]):
            if s2 < e1:
                problems.error(rid, f"mentions {i1} and {i2} overlap ({s1}..{e1}, {s2}..{e2})")

        # consistency: every other whole-token occurrence of a labelled direct surface is labelled or a trap
        covered = [(m["start"], m["end"]) for m in mentions if isinstance(m, dict) and "start" in m]
        rec_traps = [t for t in (traps or []) if t["id"] == rid]
        covered_or_trap = covered + [(t["start"], t["end"]) for t in rec_traps]
        surfaces = {text[m["start"]:m["end"]] for m in mentions
                    if isinstance(m, dict) and m.get("type") in TYPES and m.get("type") not in QUASI}
        for surf in surfaces:
            if len(surf) < 2:
                continue
            for occ in re.finditer(re.escape(surf), text):
                a, b = occ.span()
                if (a > 0 and is_word_char(text[a - 1])) or (b < len(text) and is_word_char(text[b])):
                    continue
                if not any(cs <= a and b <= ce for cs, ce in covered_or_trap):
                    (problems.warn if loose else problems.error)(rid, f"{surf!r} at {a} is labelled elsewhere but not here (label it or mark it a trap)")

        # known entries should correspond to some labelled mention
        for k in known:
            if not isinstance(k, dict) or "value" not in k:
                continue
            types = KNOWN_KIND_TO_TYPES.get(k["kind"], set())
            stems = [w.lower()[:3] for w in re.findall(r"[^\W\d_]{2,}", k["value"])] or [k["value"].lower()]
            hit = any(m.get("type") in types and any(st in text[m["start"]:m["end"]].lower() for st in stems)
                      for m in mentions if isinstance(m, dict) and "start" in m)
            if not hit and not loose:
                problems.warn(rid, f"known {k['kind']} {k['value']!r} matches no labelled mention")

        if traps is not None and not loose and len(rec_traps) < MIN_TRAPS_PER_TEXT:
            problems.error(rid, f"only {len(rec_traps)} traps, expected at least {MIN_TRAPS_PER_TEXT}")
        for t in rec_traps:
            for cs, ce in covered:
                if t["start"] < ce and cs < t["end"]:
                    problems.error(rid, f"trap {t['text']!r} overlaps a mention")

    if loose:
        return
    for lang in LANGS:
        if per_lang[lang] < min_per_lang:
            problems.error("set", f"{per_lang[lang]} {lang} texts, expected at least {min_per_lang}")
    if min_per_lang < MIN_PER_LANG:
        return  # a small held-out set: no balance warnings
    with_known = sum(1 for r in records if r.get("known"))
    if not 0.35 <= with_known / max(1, len(records)) <= 0.65:
        problems.warn("set", f"{with_known}/{len(records)} texts have a known list (aim: about half)")


def report(records: list[dict], traps: list[dict] | None) -> None:
    by_lang_type = collections.Counter()
    by_class = collections.Counter()
    entities = collections.Counter()
    words = collections.Counter()
    for r in records:
        words[r["lang"]] += len(r["text"].split())
        for m in r["mentions"]:
            by_lang_type[(r["lang"], m["type"])] += 1
            by_class[(r["lang"], m["class"])] += 1
        entities[r["lang"]] += len({m["entity"] for m in r["mentions"]})
    langs = [lang for lang in LANGS if any(r["lang"] == lang for r in records)]
    print(f"{len(records)} texts: " + ", ".join(
        f"{lang} {sum(1 for r in records if r['lang'] == lang)}" for lang in langs)
        + f"; with known list: {sum(1 for r in records if r['known'])}")
    print("words:     " + ", ".join(f"{lang} {words[lang]}" for lang in langs))
    print("entities:  " + ", ".join(f"{lang} {entities[lang]}" for lang in langs))
    print()
    print(f"{'type':<14}" + "".join(f"{lang:>7}" for lang in langs) + f"{'total':>8}")
    for typ in TYPES:
        row = [by_lang_type[(lang, typ)] for lang in langs]
        if sum(row):
            print(f"{typ:<14}" + "".join(f"{n:>7}" for n in row) + f"{sum(row):>8}")
    for cls in ("direct", "quasi"):
        row = [by_class[(lang, cls)] for lang in langs]
        print(f"{'[' + cls + ']':<14}" + "".join(f"{n:>7}" for n in row) + f"{sum(row):>8}")
    total = [sum(by_class[(lang, c)] for c in ("direct", "quasi")) for lang in langs]
    print(f"{'all mentions':<14}" + "".join(f"{n:>7}" for n in total) + f"{sum(total):>8}")
    if traps:
        print()
        cats = collections.Counter((t["category"]) for t in traps)
        print(f"traps: {len(traps)} (" + ", ".join(f"{c} {n}" for c, n in sorted(cats.items())) + ")")


def main() -> int:
    sys.stdout.reconfigure(line_buffering=True)
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd")
    c = sub.add_parser("compile", help="compile dev.src.txt and check (default)")
    c.add_argument("--src", type=Path, default=SRC)
    c.add_argument("--out", type=Path, default=OUT)
    c.add_argument("--traps", type=Path, default=TRAPS)
    c.add_argument("--min-per-lang", type=int, default=MIN_PER_LANG,
                   help="texts needed per language (the held-out set has 3)")
    k = sub.add_parser("check", help="check a gold JSONL file")
    k.add_argument("file", type=Path, nargs="?", default=OUT)
    k.add_argument("--traps", type=Path, default=None)
    k.add_argument("--loose", action="store_true",
                   help="structural checks only (offsets, boundaries, overlaps, classes, checksums), for other gold files")
    g = sub.add_parser("generate", help="print checksum-valid fictional identifiers")
    g.add_argument("kind", choices=["hetu", "personnummer", "iban-fi", "iban-se", "iban-gb", "card"])
    g.add_argument("-n", type=int, default=5)
    g.add_argument("--seed", type=int, default=None)
    args = ap.parse_args()

    if args.cmd == "generate":
        print("\n".join(generate(args.kind, args.n, args.seed)))
        return 0

    problems = Problems()
    if args.cmd == "check":
        records = []
        for lineno, line in enumerate(args.file.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                problems.error(f"{args.file.name}:{lineno}", f"invalid JSON: {exc}")
        traps = None
        trap_file = args.traps or args.file.with_name(args.file.name.replace(".jsonl", ".traps.jsonl"))
        if trap_file.exists() and trap_file != args.file:
            traps = [json.loads(x) for x in trap_file.read_text(encoding="utf-8").splitlines() if x.strip()]
    else:
        src = getattr(args, "src", SRC)
        records, traps = compile_source(src, problems)
        out = getattr(args, "out", OUT)
        trap_out = getattr(args, "traps", TRAPS)
        with out.open("w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        with trap_out.open("w", encoding="utf-8") as f:
            for t in traps:
                f.write(json.dumps({"id": t["id"], "start": t["start"], "end": t["end"], "text": t["text"],
                                    "category": t["category"]}, ensure_ascii=False) + "\n")
        print(f"wrote {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out} ({len(records)} lines), "
              f"{trap_out.relative_to(ROOT) if trap_out.is_relative_to(ROOT) else trap_out} ({len(traps)} traps)")

    check_records(records, traps, problems, loose=getattr(args, "loose", False),
                  min_per_lang=getattr(args, "min_per_lang", MIN_PER_LANG))
    for w in problems.warnings:
        print(f"warning: {w}", file=sys.stderr)
    for e in problems.errors:
        print(f"error: {e}", file=sys.stderr)
    if records:
        report(records, traps)
    if problems.errors:
        print(f"\n{len(problems.errors)} error(s)", file=sys.stderr)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
