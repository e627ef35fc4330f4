# DVK Registry build. `make` builds the programs and the operator tool; `make run` and `make test`
# also install what is missing and start the stack (see README.md).
CXX      ?= g++
BUILD    ?= build
SANBUILD ?= build-san
BIN      ?= bin
V        ?= 0
Q        := $(if $(filter 1,$(V)),,@)

CXXFLAGS_COMMON := -std=c++17 -Wall -Wextra -Werror -I. -MMD -MP -pthread
RELEASE_FLAGS   := -O2 -g
SAN_FLAGS       := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
WEB_LIBS        := -lfcgi -lmysqlcppconn -lctemplate -lcgicc -lsodium -lxlsxwriter -pthread
TEST_LIBS       := -lboost_unit_test_framework -lcurl

# Layers: core (web plumbing) <- store (SQL) ; domain (rules) stands alone.
CORE_SRCS   := $(sort $(wildcard core/*.cpp))
DOMAIN_SRCS := $(sort $(wildcard domain/*.cpp))
STORE_SRCS  := $(sort $(wildcard store/*.cpp))
LIB_SRCS    := $(CORE_SRCS) $(DOMAIN_SRCS) $(STORE_SRCS)
AREAS       := $(notdir $(patsubst %/,%,$(sort $(dir $(wildcard cgi-bin/*/main.cpp)))))
PROGRAMS    := $(AREAS:%=$(BIN)/cgi/%.fcgi) $(BIN)/dvkctl
TEST_SUITES := unit store http browser explain
TEST_BINS   := $(TEST_SUITES:%=$(BUILD)/tests/%_tests) $(SANBUILD)/tests/unit_tests

obj = $(patsubst %.cpp,$(1)/%.o,$(2))

.PHONY: all tests run stop test bench format clean deps fuzz verify backup restore
all: $(PROGRAMS)

deps:
	$(Q)scripts/setup-deps.sh

$(BUILD)/%.o: %.cpp
	@mkdir -p $(dir $@)
	$(if $(Q),@echo "  CXX     $<")
	$(Q)$(CXX) $(CXXFLAGS_COMMON) $(RELEASE_FLAGS) -DBOOST_TEST_DYN_LINK -c $< -o $@

$(SANBUILD)/%.o: %.cpp
	@mkdir -p $(dir $@)
	$(if $(Q),@echo "  CXX-SAN $<")
	$(Q)$(CXX) $(CXXFLAGS_COMMON) $(SAN_FLAGS) -DBOOST_TEST_DYN_LINK -c $< -o $@

$(BUILD)/libdvk.a: $(call obj,$(BUILD),$(LIB_SRCS))
	$(Q)rm -f $@ && ar rcs $@ $^

# Only the unit tests are built with sanitizers, and they test core and domain: no store needed.
$(SANBUILD)/libdvk.a: $(call obj,$(SANBUILD),$(CORE_SRCS) $(DOMAIN_SRCS))
	$(Q)rm -f $@ && ar rcs $@ $^

# One program per area: everything in cgi-bin/<area>/ links into bin/cgi/<area>.fcgi.
define area_program
$(BIN)/cgi/$(1).fcgi: $(call obj,$(BUILD),$(sort $(wildcard cgi-bin/$(1)/*.cpp))) $(BUILD)/libdvk.a
	@mkdir -p $$(dir $$@)
	$$(if $$(Q),@echo "  LINK    $$@")
	$$(Q)$$(CXX) $$(RELEASE_FLAGS) -o $$@ $$^ $$(WEB_LIBS)
endef
$(foreach a,$(AREAS),$(eval $(call area_program,$(a))))

$(BIN)/dvkctl: $(call obj,$(BUILD),$(sort $(wildcard tools/dvkctl/*.cpp))) $(BUILD)/libdvk.a
	@mkdir -p $(dir $@)
	$(if $(Q),@echo "  LINK    $@")
	$(Q)$(CXX) $(RELEASE_FLAGS) -o $@ $^ $(WEB_LIBS)

# Benchmark-only programs: the data generator and the bare FastCGI "hello" (not shipped).
$(BIN)/dvkgen: $(call obj,$(BUILD),$(sort $(wildcard tools/dvkgen/*.cpp))) $(BUILD)/libdvk.a
	@mkdir -p $(dir $@)
	$(if $(Q),@echo "  LINK    $@")
	$(Q)$(CXX) $(RELEASE_FLAGS) -o $@ $^ $(WEB_LIBS)

$(BIN)/bench/hello.fcgi: $(call obj,$(BUILD),bench/hello.cpp)
	@mkdir -p $(dir $@)
	$(if $(Q),@echo "  LINK    $@")
	$(Q)$(CXX) $(RELEASE_FLAGS) -o $@ $^ -lfcgi -pthread

# One Boost.Test binary per layer of tests: tests/<suite>/*.cpp.
define test_suite
$(2)/tests/$(1)_tests: $(call obj,$(2),$(sort $(wildcard tests/$(1)/*.cpp))) $(2)/libdvk.a
	@mkdir -p $$(dir $$@)
	$$(if $$(Q),@echo "  LINK    $$@")
	$$(Q)$$(CXX) $(3) -o $$@ $$^ $$(TEST_LIBS) $$(WEB_LIBS)
endef
$(foreach s,$(TEST_SUITES),$(eval $(call test_suite,$(s),$(BUILD),$(RELEASE_FLAGS))))
$(eval $(call test_suite,unit,$(SANBUILD),$(SAN_FLAGS)))

tests: $(TEST_BINS) $(BIN)/dvkgen

run: deps
	$(Q)$(MAKE) --no-print-directory -j2 all
	$(Q)scripts/stack.sh start

stop:
	$(Q)scripts/stack.sh stop

test: deps
	$(Q)$(MAKE) --no-print-directory -j2 all tests fuzz
	$(Q)BUILD=$(BUILD) SANBUILD=$(SANBUILD) BIN=$(BIN) FUZZ_BUILD=$(FUZZ_BUILD) scripts/test.sh

# make bench [SCALE=province|national]: release build, generated data, the real stack, wrk.
SCALE ?= province
bench: deps
	$(Q)$(MAKE) --no-print-directory -j2 all $(BIN)/dvkgen $(BIN)/bench/hello.fcgi
	$(Q)BIN=$(BIN) SCALE=$(SCALE) scripts/bench.sh

# libFuzzer targets (clang, ASan + UBSan): tests/fuzz/fuzz_<target>.cpp with the code it exercises.
FUZZ_BUILD   ?= build-fuzz
FUZZ_FLAGS   := -std=c++17 -Wall -Wextra -Werror -I. -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
FUZZ_TARGETS := request csv model_form
FUZZ_DOMAIN  := domain/csv.cpp domain/model_import.cpp domain/models.cpp domain/text.cpp
$(FUZZ_BUILD)/fuzz_request: tests/fuzz/fuzz_request.cpp core/request.cpp
$(FUZZ_BUILD)/fuzz_csv: tests/fuzz/fuzz_csv.cpp $(FUZZ_DOMAIN)
$(FUZZ_BUILD)/fuzz_model_form: tests/fuzz/fuzz_model_form.cpp $(FUZZ_DOMAIN)
$(FUZZ_BUILD)/fuzz_%: $(wildcard tests/fuzz/*.h)
	@mkdir -p $(dir $@)
	$(if $(Q),@echo "  FUZZ    $@")
	$(Q)clang++ $(FUZZ_FLAGS) -o $@ $(filter %.cpp,$^) -lcgicc
fuzz: $(FUZZ_TARGETS:%=$(FUZZ_BUILD)/fuzz_%)

# make verify: the long checks of issue 8 (fuzzing, kill -9 campaigns, XSS, sqlmap, load and soak;
# each with its negative control). Hours on two cores; see scripts/verify.sh.
verify: deps
	$(Q)$(MAKE) --no-print-directory -j2 all tests fuzz
	$(Q)BUILD=$(BUILD) BIN=$(BIN) FUZZ_BUILD=$(FUZZ_BUILD) scripts/verify.sh

# make backup: var/backups/<timestamp>.sql.gz of the running stack; make restore FILE=<that file>.
backup:
	$(Q)scripts/backup.sh backup
restore:
	$(Q)scripts/backup.sh restore "$(FILE)"

format:
	$(Q)clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	rm -rf $(BUILD) $(SANBUILD) $(BIN) $(FUZZ_BUILD)

-include $(shell find $(BUILD) $(SANBUILD) -name '*.d' 2>/dev/null)
