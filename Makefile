# Two commands on a fresh Debian machine with Swift 6.2+:
#   make demo   install system packages, build, run the end-to-end demo on a throwaway vault
#   make test   install system packages, build and run the whole test suite
.PHONY: deps build demo test bench eval

deps:
	./scripts/install-deps.sh

build: deps
	swift build

demo: build
	./scripts/demo.sh

test: deps
	swift build --build-tests
	swift build --product testimony
	swift test --skip-build --disable-xctest

bench:
	swift run -c release testimony-bench redaction
	swift run -c release testimony-bench vault

# Redaction quality: the synthetic dev set, the held-out set, and PER/LOC/ORG recall on the Turku NER dev split.
eval: build
	.build/debug/testimony redact-text --evaluate Tests/Fixtures/redaction/dev.jsonl
	.build/debug/testimony redact-text --evaluate Tests/Fixtures/redaction/heldout.jsonl
	python3 scripts/turku-to-gold.py --out /tmp/testimony-turku-dev.jsonl
	.build/debug/testimony redact-text --evaluate /tmp/testimony-turku-dev.jsonl
