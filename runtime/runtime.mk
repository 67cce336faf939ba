# runtime.mk: builds cython2upy's runtime into a make-based MicroPython port.
#
# Included once per build by each translated module's micropython.mk, with CY2UPY_RUNTIME_DIR
# set to this directory (see micropython.mk.in and runtime/README.md). Adds the C part to
# SRC_USERMOD_C (so MicroPython's qstr and root-pointer scans see it), the header directory to
# CFLAGS_USERMOD, and the no_std Rust static library to LIBS_USERMOD.
#
# How the library gets built with nothing added on the port side: py/mkrules.mk links
# `$(BUILD)/$(PROG): $(OBJ)` (stm32, nrf, samd and mimxrt link firmware.elf from $(OBJ) the same
# way), so a library named only in LIBS_USERMOD is passed to the linker but never made. The
# runtime's own C objects are in $(OBJ), at the paths py/py.mk gives user sources, so they take
# the library as a prerequisite: make builds it before they compile, and a rebuilt library
# recompiles them, which relinks the firmware.
#
# Variables a build may set (make ... CY2UPY_RUST_TARGET=thumbv7em-none-eabihf):
#   CY2UPY_RUST_TARGET      Rust target triple for cross builds (default: the host); needs
#                           `rustup target add` for that triple
#   CY2UPY_RUSTC            rustc command (default: rustc)
#   CY2UPY_RUSTFLAGS        extra rustc flags (default: -C opt-level=z: the smallest code; it holds error formatting and small helpers)
#   CY2UPY_RUST_OUT         where the library is built (default: $(BUILD)/cy2upy-rust)
#   CY2UPY_RUST_LIB         a prebuilt libcy2upy_runtime.a to link instead of building one

# The object file py/py.mk makes of user C sources $(1) (it strips $(USER_C_MODULES)/).
cy2upy_objects = $(addprefix $(BUILD)/,$(patsubst $(USER_C_MODULES)/%.c,%.o,$(1)))

CY2UPY_RUNTIME_SRC_C := $(sort $(wildcard $(CY2UPY_RUNTIME_DIR)/c/*.c))
SRC_USERMOD_C += $(CY2UPY_RUNTIME_SRC_C)
CFLAGS_USERMOD += -I$(CY2UPY_RUNTIME_DIR)/include

CY2UPY_RUSTC ?= rustc
CY2UPY_RUSTFLAGS ?= -C opt-level=z
CY2UPY_RUST_TARGET ?=
CY2UPY_RUST_OUT ?= $(BUILD)/cy2upy-rust

ifeq ($(CY2UPY_RUST_LIB),)
CY2UPY_RUST_LIB := $(CY2UPY_RUST_OUT)/libcy2upy_runtime.a

# Keep the port's default goal: this file is read before the port defines its own targets.
CY2UPY_SAVED_DEFAULT_GOAL := $(.DEFAULT_GOAL)

$(CY2UPY_RUST_LIB): $(wildcard $(CY2UPY_RUNTIME_DIR)/src/*.rs) $(CY2UPY_RUNTIME_DIR)/build-rust.sh
	$(ECHO) "RUSTC $@"
	$(Q)sh $(CY2UPY_RUNTIME_DIR)/build-rust.sh "$(CY2UPY_RUSTC)" $@ $(CY2UPY_RUNTIME_DIR)/src/lib.rs \
		"$(CY2UPY_RUST_TARGET)" $(CY2UPY_RUSTFLAGS)

.DEFAULT_GOAL := $(CY2UPY_SAVED_DEFAULT_GOAL)
else
ifeq ($(wildcard $(CY2UPY_RUST_LIB)),)
$(error CY2UPY_RUST_LIB=$(CY2UPY_RUST_LIB) does not exist (a prebuilt libcy2upy_runtime.a; leave it empty to build one))
endif
endif

$(call cy2upy_objects,$(CY2UPY_RUNTIME_SRC_C)): $(CY2UPY_RUST_LIB)

LIBS_USERMOD += $(CY2UPY_RUST_LIB)
