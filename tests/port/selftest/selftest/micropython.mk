# Hand-written user C module that proves the test port without the translator:
# a module compiled from source (SRC_USERMOD_C, scanned for qstrs and
# registrations) plus a prebuilt static library linked via LIBS_USERMOD, the
# way a translated module links its Rust runtime.
SELFTEST_DIR := $(USERMOD_DIR)

SRC_USERMOD_C += $(SELFTEST_DIR)/selftest.c
CFLAGS_USERMOD += -I$(SELFTEST_DIR)

SELFTEST_LIB := $(BUILD)/selftest-lib/libselftest_helper.a
LIBS_USERMOD += $(SELFTEST_LIB)

$(SELFTEST_LIB): $(SELFTEST_DIR)/helper.c $(SELFTEST_DIR)/helper.h | $(HEADER_BUILD)/qstrdefs.generated.h $(HEADER_BUILD)/root_pointers.h
	$(ECHO) "AR $@"
	$(Q)mkdir -p $(dir $@)
	$(Q)$(CC) $(CFLAGS) -c -o $(@:.a=.o) $<
	$(Q)$(AR) rcs $@ $(@:.a=.o)

# Stock ports link the program from $(OBJ) alone (py/mkrules.mk), so nothing would build the
# library: the module's own object (at the path py/py.mk gives it) takes it as a prerequisite.
$(BUILD)/$(patsubst $(USER_C_MODULES)/%.c,%.o,$(SELFTEST_DIR)/selftest.c): $(SELFTEST_LIB)
