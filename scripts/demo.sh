#!/usr/bin/env bash
# End-to-end demo on a throwaway vault: init, import a synthetic testimony, record one through
# stdin, list, show, export, and check that the vault file holds no plaintext. Everything is
# deleted at the end. The passphrase travels through a pipe (--passphrase-fd), never argv.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=".build/debug/testimony"
demo=$(mktemp -d "${TMPDIR:-/tmp}/testimony-demo.XXXXXX")
trap 'rm -rf "$demo"' EXIT
export TESTIMONY_VAULT="$demo/vault"
export TESTIMONY_TEMPLATES="$PWD/Templates"
pass="demo passphrase $(date +%s%N)"
t() { "$bin" "$@" --passphrase-fd 3 3< <(printf '%s\n' "$pass"); }

step() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }

step "Templates shipped with the tool"
"$bin" template list

step "Create a throwaway vault (Argon2id MODERATE: about a second per unlock)"
t init

step "Import a synthetic survivor-experience testimony (validated against its template)"
id=$(t import Examples/sample-testimony.json 2>/dev/null)
echo "imported as $id"

step "Record an interviewer intake through stdin (answers line by line)"
printf '%s\n' y n y n :skip \
  "SYNTHETIC DEMO. The session was calm; we took breaks." . \
  1 2 2 n 3 \
  "Support contacts were shared at the start and the end." . \
  y :pnts y :skip \
  "person/survivor Demo Person" . |
  t record --template interviewer-intake | tail -n 2

step "List (ids, template, status, coarse dates; never content)"
t list

step "Show the imported testimony, decrypted to the terminal"
t show "$id" | head -n 24
echo "…"

step "Export it (interchange JSON), first lines"
t export "$id" --format json 2>/dev/null | head -n 8
echo "…"

step "Redact plain text (no vault needed): Finnish inflection, consistent placeholders"
echo "Kerroin Mikolle, että Virtasen Matti valmensi meitä Kalevan koulussa. Soita 040 123 4567." |
  "$bin" redact-text --lang fi
echo

step "Draft redacted excerpts of the imported testimony and approve them in a scripted review"
t redact "$id"
printf 'reviewer: "Demo Reviewer"\nexcerpts:\n  - {question: wh_narrative, decision: approve}\n  - {question: sw_what_would_have_helped, decision: approve}\n' > "$demo/decisions.yaml"
t review "$id" --decisions "$demo/decisions.yaml"

step "A survivor submits privately: answers sealed to the organisation's public key (age format)"
t keys org-init --out "$demo/org.age.pub" >/dev/null
"$bin" submit --to "$demo/org.age.pub" --answers Examples/sample-testimony.json --out "$demo/envelope.age" | sed -n '2,6p'
echo "The survivor's side holds only the sealed file: $(head -c 21 "$demo/envelope.age")…"

step "The organisation takes the envelope in"
t intake "$demo/envelope.age"
t list

step "Publish to the corpus: five more synthetic testimonies, each redacted and approved"
printf 'reviewer: "Demo Reviewer"\nexcerpts:\n  - {question: wh_narrative, decision: approve, survivor: approved}\n  - {question: sw_what_would_have_helped, decision: approve, survivor: approved}\n' > "$demo/approve.yaml"
ids=()
for answer in yes no yes no yes; do
  sed "s/\"tf_distributed\": {\"status\": \"prefer_not_to_say\"}/\"tf_distributed\": \"$answer\"/" Examples/sample-testimony.json > "$demo/variant.json"
  vid=$(t import "$demo/variant.json" 2>/dev/null)
  t redact "$vid" >/dev/null
  t review "$vid" --decisions "$demo/approve.yaml" >/dev/null
  ids+=("$vid")
done
echo "reviewed: ${ids[*]}"

step "The publication gate: a dry run shows the disclosure check (k=5, ℓ=2) and changes nothing"
t publish "${ids[0]}" --dry-run 2>/dev/null | head -n 8

step "Publish them one by one: the first four wait in the queue until five similar ones exist"
for vid in "${ids[@]}"; do echo "$ testimony publish $vid"; t publish "$vid" 2>/dev/null | grep -E "^(Published|Held back: $vid)" || true; done
t list 2>/dev/null | grep -c published | xargs -I{} echo "{} testimonies published"

step "Release: an immutable, signed snapshot for researchers"
t corpus release --out "$demo/releases" --key-dir "$demo/keys" --organisation "Demo organisation" 2>/dev/null
r1="$demo/releases/r0001"
ls "$r1"

step "Anyone can verify it with standard tools alone"
(cd "$r1" && sha256sum --strict -c MANIFEST && openssl pkeyutl -verify -pubin -inkey "$demo/keys/corpus-signing.pem" -rawin -in MANIFEST -sigfile MANIFEST.sig)

step "Researcher: pull (verified before it is accepted), query, statistics, report"
"$bin" corpus pull "$r1" "$demo/research" --key "$demo/keys/corpus-signing.pem"
"$bin" corpus query "$demo/research/r0001" --theme what_happened --format table | head -n 4
"$bin" corpus stats "$demo/research/r0001" --question im_education
"$bin" corpus report "$demo/research/r0001" --out "$demo/report.html"
echo "report.html: $(wc -c < "$demo/report.html") bytes, $(grep -c '<svg' "$demo/report.html") charts, scripts: $(grep -c '<script' "$demo/report.html" || true)"

step "A survivor withdraws: out of the corpus now, tombstoned in the next release, deleted from the research copy"
t consent withdraw "${ids[0]}" --scope research_corpus 2>/dev/null
t corpus release --out "$demo/releases" --key-dir "$demo/keys" 2>/dev/null | head -n 2
"$bin" corpus pull "$demo/releases/r0002" "$demo/research" --key "$demo/keys/corpus-signing.pub"

step "Nothing readable on disk"
ls -l "$TESTIMONY_VAULT"
for word in "SYNTHETIC" "Esimerkki" "Demo Person"; do
  if grep -rqa "$word" "$TESTIMONY_VAULT"; then echo "FOUND '$word' in the vault: this is a bug" >&2; exit 1; fi
  echo "'$word': not found in the vault files (encrypted)"
done

step "Done: the throwaway vault is deleted on exit"
