# The two commands of the README: `make demo` and `make test`.
JOBS ?= $(shell nproc)
RELEASE := build/release
ASAN := build/asan
DEMO_DB ?= demo.sqlite
PORT ?= 8080

.PHONY: setup release asan web demo test fuzz bench format clean openapi

setup:
	scripts/setup

$(RELEASE)/build.ninja:
	cmake -S . -B $(RELEASE) -G Ninja -DCMAKE_BUILD_TYPE=Release

# The sanitizer build is clang's, so the same build also has the libFuzzer harnesses (tests/fuzz).
# Line tables are all the sanitizers' stack traces need, and build much faster than full debug info.
$(ASAN)/build.ninja:
	CC=clang CXX=clang++ cmake -S . -B $(ASAN) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-gline-tables-only \
	  -DAFK_SANITIZE=ON -DAFK_FUZZ=ON -DAFK_BUILD_BENCH=OFF

# The server alone: what `make demo` serves and the e2e tests drive. The test suites are built and
# run in the sanitizer build, which is a superset of the release run (the same tests plus the
# fuzzers); building them twice cost CI a quarter of its time.
release: setup $(RELEASE)/build.ninja
	cmake --build $(RELEASE) -j $(JOBS) --target afklaring

asan: setup $(ASAN)/build.ninja
	cmake --build $(ASAN) -j $(JOBS)

# The web application (web/): API types regenerated from docs/openapi.yaml, type-checked, bundled
# into web/dist, which `afklaring serve` serves from the same origin.
web: setup
	cd web && npm run --silent build

# After a change to a record's field list (src/json/records) or a code table in src/core: the
# generated schemas of docs/openapi.yaml, the web app's types from them and its code labels.
openapi: release
	cmake --build $(RELEASE) -j $(JOBS) --target afk_openapi_schemas
	scripts/openapi-schemas $(RELEASE)/tools/afk_openapi_schemas docs/openapi.yaml
	$(RELEASE)/tools/afk_openapi_schemas labels > web/src/api/codeLabels.ts
	cd web && npm run --silent types

demo: release web
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(RELEASE)/afklaring seed-demo --db $(DEMO_DB)
	$(RELEASE)/afklaring serve --db $(DEMO_DB) --port $(PORT)

test: release asan web
	cd $(ASAN) && ctest --output-on-failure -j $(JOBS)
	cd web && npx vitest run
	web/e2e/run

# Each fuzzer for FUZZ_SECONDS (default 10 minutes) instead of the test suite's 20 seconds; what
# they find is kept in build/fuzz-corpus/ for bench/http/hostile_replay.
FUZZ_SECONDS ?= 600
fuzz: asan
	for harness in $(ASAN)/tests/fuzz/fuzz_*; do \
	  name=$$(basename $$harness); \
	  AFK_FUZZ_KEEP=build/fuzz-corpus/$$name tests/fuzz/run-fuzzer $$harness tests/fuzz/corpus/$$name $(FUZZ_SECONDS) || exit 1; \
	done

bench: release web
	cmake --build $(RELEASE) -j $(JOBS)
	bench/run
	cd web && node bench/run.mjs

format:
	clang-format -i $$(git ls-files '*.cpp' '*.hpp')

clean:
	rm -rf build
