# The two commands of the README: `make demo` and `make test`.
JOBS ?= $(shell nproc)
RELEASE := build/release
ASAN := build/asan
DEMO_DB ?= demo.sqlite
PORT ?= 8080

.PHONY: setup release asan demo test bench format clean

setup:
	scripts/setup

$(RELEASE)/build.ninja:
	cmake -S . -B $(RELEASE) -G Ninja -DCMAKE_BUILD_TYPE=Release

$(ASAN)/build.ninja:
	cmake -S . -B $(ASAN) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DAFK_SANITIZE=ON -DAFK_BUILD_BENCH=OFF

release: setup $(RELEASE)/build.ninja
	cmake --build $(RELEASE) -j $(JOBS)

asan: setup $(ASAN)/build.ninja
	cmake --build $(ASAN) -j $(JOBS)

demo: release
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(RELEASE)/afklaring seed-demo --db $(DEMO_DB)
	$(RELEASE)/afklaring serve --db $(DEMO_DB) --port $(PORT)

test: release asan
	cd $(RELEASE) && ctest --output-on-failure -j $(JOBS)
	cd $(ASAN) && ctest --output-on-failure -j $(JOBS)

bench: release
	bench/run

format:
	clang-format -i $$(git ls-files '*.cpp' '*.hpp')

clean:
	rm -rf build
