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

.PHONY: all tests run stop test bench format clean deps
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

$(SANBUILD)/libdvk.a: $(call obj,$(SANBUILD),$(LIB_SRCS))
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
	$(Q)$(MAKE) --no-print-directory -j2 all tests
	$(Q)BUILD=$(BUILD) SANBUILD=$(SANBUILD) BIN=$(BIN) scripts/test.sh

# make bench [SCALE=province|national]: release build, generated data, the real stack, wrk.
SCALE ?= province
bench: deps
	$(Q)$(MAKE) --no-print-directory -j2 all $(BIN)/dvkgen $(BIN)/bench/hello.fcgi
	$(Q)BIN=$(BIN) SCALE=$(SCALE) scripts/bench.sh

format:
	$(Q)clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	rm -rf $(BUILD) $(SANBUILD) $(BIN)

-include $(shell find $(BUILD) $(SANBUILD) -name '*.d' 2>/dev/null)
