#!/usr/bin/env python3
"""Write Sources/TestimonyRedaction/Resources/gazetteer/places_en_words.txt: the entries of places_en.txt
that are also English words (reading, bath, deal, march), so that a lowercase one is never taken as a town.

    scripts/build-place-stoplist.py [--dict /usr/share/dict/american-english]

The word list is Debian's `wamerican` (SCOWL; its copyright file permits use, copying and
distribution). Only lowercase dictionary entries count; a place also counts when it is a plural of one.
Output is sorted and deterministic.
"""
import argparse
from pathlib import Path

G = Path(__file__).resolve().parent.parent / "Sources/TestimonyRedaction/Resources/gazetteer"
HEADER = """# English words that are also British or American place names (reading, bath, deal, march): a lowercase
# one is never taken as a town. Generated for issue #3 by scripts/build-place-stoplist.py from
# places_en.txt and the lowercase entries of /usr/share/dict/american-english (Debian `wamerican`,
# SCOWL word list; its copyright file permits use, copying and distribution).
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dict", type=Path, default=Path("/usr/share/dict/american-english"))
    args = ap.parse_args()
    words = {w.strip().lower() for w in args.dict.read_text(encoding="utf-8", errors="ignore").splitlines()
             if w.strip() and w.strip()[0].islower()}
    places = [l.strip().lower() for l in (G / "places_en.txt").read_text(encoding="utf-8").splitlines()
              if l.strip() and not l.startswith("#")]
    common = sorted({p for p in places if p in words or p.rstrip("s") in words})
    (G / "places_en_words.txt").write_text(HEADER + "".join(c + "\n" for c in common), encoding="utf-8")
    print(f"{len(common)} of {len(places)} places are English words")


if __name__ == "__main__":
    main()
