#!/usr/bin/env python3
"""Convert the Turku NER corpus (CoNLL, IOB2) into the redaction gold JSONL format.

    scripts/turku-to-gold.py                          /work/shared/data/turku-ner/dev.tsv -> stdout
    scripts/turku-to-gold.py --out /tmp/turku-dev.jsonl
    scripts/turku-to-gold.py /work/shared/data/turku-ner/train.tsv --out /tmp/turku-train.jsonl

Input: one token per line, `TOKEN<TAB>IOB2-TAG`, a blank line between sentences, `-DOCSTART-` lines
between documents (see the corpus README). Output: one JSON object per line, the same schema as
Tests/Fixtures/redaction/dev.jsonl:

    {"id": "turku-dev-d001-01", "lang": "fi", "text": "...", "known": [],
     "mentions": [{"start": 0, "end": 5, "type": "PERSON", "class": "direct", "entity": "p1"}]}

Choices
- Type mapping: PER -> PERSON, LOC and GPE -> PLACE, ORG -> ORG, all `direct`. PRO (products, titles,
  laws), EVENT and DATE are skipped by default: Turku's DATE includes bare years, months and ranges
  ("vuonna 2008", "touko-/kesäkuussa"), which the dev set deliberately leaves unlabelled, and its
  EVENTs are public events (wars, festivals, trade fairs), not the identifying named events of a
  testimony. `--keep-date` and `--keep-event` map them to DATE / EVENT (quasi) anyway.
  Note that Turku labels countries (Suomi, Ruotsi) as LOC and sometimes as ORG (national teams,
  governments); the dev set treats countries as traps, so do not compare the two sets' precision naively.
- Grouping: sentences are grouped into lines of up to --sentences (10) sentences, never across a
  -DOCSTART- document boundary.
- Text: tokens joined by single spaces, except no space before closing punctuation (. , ; : ! ? ) ] } %
  … ” » and Finnish case endings split off by the tokenizer such as ":n"), and no space after opening
  brackets and quotes (( [ { “ «). Sentences inside a line are separated by "\\n" (the engine treats a
  line break as a sentence boundary; headlines in the corpus often have no full stop); use
  `--sentence-sep space` for a single space.
- Quote tokens at the edges of a corpus entity span ('" Belgia "') are left outside the mention.
- Entities: mentions with the same type and exactly the same surface text within a line share an
  entity key (p1, l1, o1, ...). There is no coreference in the corpus, so inflected forms of one name
  ("Helsinki", "Helsingissä") get different keys.
- Offsets are Unicode code point offsets into `text`, end exclusive. The input is NFC already; the
  script checks that every mention slice equals its tokens joined the same way, that mentions do not
  overlap and that none starts or ends inside a word.

Summary counts go to stderr. Only the Python standard library is used.
Do not commit the output into the repository: it is derived from CC BY-SA data; regenerate it.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

DEFAULT_INPUT = Path("/work/shared/data/turku-ner/dev.tsv")
TYPE_MAP = {"PER": "PERSON", "LOC": "PLACE", "GPE": "PLACE", "ORG": "ORG"}
OPTIONAL_MAP = {"DATE": "DATE", "EVENT": "EVENT"}
QUASI = {"DATE", "AGE", "SCHOOL_CLASS", "EVENT"}
ENTITY_PREFIX = {"PERSON": "p", "PLACE": "l", "ORG": "o", "DATE": "d", "EVENT": "e"}

CLOSING = set(".,;:!?)]}%…”»")
OPENING = set("([{“«")
QUOTES = {'"', "“", "”", "«", "»", "'", "´", "„"}


def no_space_before(tok: str, prev: str | None) -> bool:
    if all(c in CLOSING for c in tok):
        return True
    if re.fullmatch(r":[^\W\d_]{1,6}", tok):  # ":n", ":ssa" split off an abbreviation or number
        return True
    if prev is not None and prev.endswith(":") and len(prev) > 1 \
            and re.fullmatch(r"[^\W\d_]{1,5}", tok) and tok.islower():  # "%:" + "lla", "EY:" + "n"
        return True
    return False


def no_space_after(tok: str) -> bool:
    return len(tok) == 1 and tok in OPENING


def read_conll(path: Path) -> list[list[list[tuple[str, str]]]]:
    """Documents -> sentences -> (token, tag)."""
    docs: list[list[list[tuple[str, str]]]] = [[]]
    sent: list[tuple[str, str]] = []
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip("\r")
        if line.startswith("-DOCSTART-"):
            if sent:
                docs[-1].append(sent)
                sent = []
            if docs[-1]:
                docs.append([])
            continue
        if not line.strip():
            if sent:
                docs[-1].append(sent)
                sent = []
            continue
        parts = line.split("\t")
        if len(parts) < 2:
            raise SystemExit(f"{path}:{lineno}: expected TOKEN<TAB>TAG, got {line!r}")
        tok, tag = parts[0], parts[-1]
        if tag != "O" and not re.fullmatch(r"[BI]-[A-Z]+", tag):
            raise SystemExit(f"{path}:{lineno}: bad tag {tag!r}")
        sent.append((tok, tag))
    if sent:
        docs[-1].append(sent)
    return [d for d in docs if d]


def spans_of(sent: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """Token spans (start, end exclusive, corpus type); a stray I- starts a new span."""
    spans = []
    cur = None
    for i, (_, tag) in enumerate(sent):
        if tag == "O":
            if cur:
                spans.append(tuple(cur))
                cur = None
            continue
        bio, typ = tag.split("-", 1)
        if bio == "B" or cur is None or cur[2] != typ:
            if cur:
                spans.append(tuple(cur))
            cur = [i, i + 1, typ]
        else:
            cur[1] = i + 1
    if cur:
        spans.append(tuple(cur))
    return spans


def convert(path: Path, per_line: int, sep: str, keep: set[str], split_name: str, stats: dict) -> list[dict]:
    records = []
    for d, doc in enumerate(read_conll(path), 1):
        stats["documents"] += 1
        for c, first in enumerate(range(0, len(doc), per_line), 1):
            chunk = doc[first:first + per_line]
            text_parts: list[str] = []
            length = 0
            mentions = []
            entity_keys: dict[tuple[str, str], str] = {}
            counters: collections.Counter = collections.Counter()
            for s_index, sent in enumerate(chunk):
                stats["sentences"] += 1
                stats["tokens"] += len(sent)
                if s_index:
                    text_parts.append(sep)
                    length += len(sep)
                starts, ends = [], []
                prev = None
                for tok, _ in sent:
                    if prev is not None and not no_space_before(tok, prev) and not no_space_after(prev):
                        text_parts.append(" ")
                        length += 1
                    starts.append(length)
                    text_parts.append(tok)
                    length += len(tok)
                    ends.append(length)
                    prev = tok
                for a, b, ctype in spans_of(sent):
                    stats["corpus:" + ctype] += 1
                    while b - a > 1 and sent[a][0] in QUOTES:  # '" Belgia "' -> 'Belgia'
                        a += 1
                        stats["trimmed-quotes"] += 1
                    while b - a > 1 and sent[b - 1][0] in QUOTES:
                        b -= 1
                        stats["trimmed-quotes"] += 1
                    typ = TYPE_MAP.get(ctype) or (OPTIONAL_MAP.get(ctype) if ctype in keep else None)
                    if typ is None:
                        stats["skipped:" + ctype] += 1
                        continue
                    start, end = starts[a], ends[b - 1]
                    mentions.append({"start": start, "end": end, "type": typ,
                                     "class": "quasi" if typ in QUASI else "direct", "_tokens": [t for t, _ in sent[a:b]]})
            text = "".join(text_parts)
            for m in mentions:
                surface = text[m["start"]:m["end"]]
                key = (m["type"], surface)
                if key not in entity_keys:
                    counters[m["type"]] += 1
                    entity_keys[key] = f"{ENTITY_PREFIX[m['type']]}{counters[m['type']]}"
                m["entity"] = entity_keys[key]
                check_mention(text, m, stats)
                del m["_tokens"]
                stats["mention:" + m["type"]] += 1
            mentions.sort(key=lambda m: (m["start"], m["end"]))
            for x, y in zip(mentions, mentions[1:]):
                if y["start"] < x["end"]:
                    raise SystemExit(f"overlapping mentions in document {d}: {x} {y}")
            records.append({"id": f"turku-{split_name}-d{d:03d}-{c:02d}", "lang": "fi", "text": text,
                            "known": [], "mentions": mentions})
            stats["lines"] += 1
    return records


def check_mention(text: str, m: dict, stats: dict) -> None:
    s, e = m["start"], m["end"]
    surface = text[s:e]
    tokens = m["_tokens"]
    # the slice must contain exactly the mention's tokens, in order, separated only by spaces or nothing
    rebuilt = re.sub(r" ", "", surface)
    if rebuilt != "".join(tokens) or not surface.startswith(tokens[0]) or not surface.endswith(tokens[-1]):
        raise SystemExit(f"offset bug: {surface!r} vs tokens {tokens!r}")
    if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
        stats["glued-to-neighbour"] += 1  # e.g. a mention followed by a split-off case ending ":n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input", type=Path, nargs="?", default=DEFAULT_INPUT, help=f"CoNLL file (default {DEFAULT_INPUT})")
    ap.add_argument("--out", type=Path, help="write JSONL here instead of stdout")
    ap.add_argument("--sentences", type=int, default=10, help="sentences per output line (default 10)")
    ap.add_argument("--sentence-sep", choices=["newline", "space"], default="newline")
    ap.add_argument("--keep-date", action="store_true", help="map DATE -> DATE (quasi) instead of skipping it")
    ap.add_argument("--keep-event", action="store_true", help="map EVENT -> EVENT (quasi) instead of skipping it")
    args = ap.parse_args()

    keep = {t for t, flag in (("DATE", args.keep_date), ("EVENT", args.keep_event)) if flag}
    split_name = re.sub(r"[^a-z0-9]+", "-", args.input.stem.lower()) or "x"
    stats: collections.Counter = collections.Counter()
    records = convert(args.input, max(1, args.sentences), "\n" if args.sentence_sep == "newline" else " ",
                      keep, split_name, stats)

    out = args.out.open("w", encoding="utf-8") if args.out else sys.stdout
    try:
        for r in records:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
        out.flush()
    except BrokenPipeError:  # e.g. piped into head
        sys.stderr.close()
        return 0
    finally:
        if args.out:
            out.close()

    err = sys.stderr
    print(f"{args.input}: {stats['documents']} documents, {stats['sentences']} sentences, {stats['tokens']} tokens "
          f"-> {stats['lines']} lines" + (f" in {args.out}" if args.out else ""), file=err)
    corpus = sorted(k.split(":", 1)[1] for k in stats if k.startswith("corpus:"))
    print("corpus entities: " + ", ".join(f"{t} {stats['corpus:' + t]}" for t in corpus), file=err)
    mapped = sorted(k.split(":", 1)[1] for k in stats if k.startswith("mention:"))
    print("gold mentions:   " + ", ".join(f"{t} {stats['mention:' + t]}" for t in mapped)
          + f" (total {sum(stats['mention:' + t] for t in mapped)})", file=err)
    skipped = sorted(k.split(":", 1)[1] for k in stats if k.startswith("skipped:"))
    if skipped:
        print("skipped:         " + ", ".join(f"{t} {stats['skipped:' + t]}" for t in skipped), file=err)
    if stats["trimmed-quotes"]:
        print(f"note: {stats['trimmed-quotes']} quote tokens trimmed from the edges of entity spans", file=err)
    if stats["glued-to-neighbour"]:
        print(f"note: {stats['glued-to-neighbour']} mentions touch a letter or digit (split-off case endings)", file=err)
    return 0


if __name__ == "__main__":
    sys.exit(main())
