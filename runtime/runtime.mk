# runtime.mk: builds cython2upy's runtime into a make-based MicroPython port.
#
# Included once per build by each translated module's micropython.mk, with CY2UPY_RUNTIME_DIR
# set to this directory (see micropython.mk.in and runtime/README.md). Adds the C part to
# SRC_USERMOD_C (so MicroPython's qstr and root-pointer scans see it), the header directory to
# CFLAGS_USERMOD, and builds the no_std Rust static library with cargo for LIBS_USERMOD.
#
# The crate has no dependencies, so it is compiled with rustc directly: cargo would refuse a
# copy of it that sits inside someone else's Cargo workspace.
#
# Variables a build may set (make ... CY2UPY_RUST_TARGET=thumbv7em-none-eabihf):
#   CY2UPY_RUST_TARGET      Rust target triple for cross builds (default: the host); needs
#                           `rustup target add` for that triple
#   CY2UPY_RUSTC            rustc command (default: rustc)
#   CY2UPY_RUSTFLAGS        extra rustc flags (default: -C opt-level=2)
#   CY2UPY_RUST_OUT         where the library is built (default: $(BUILD)/cy2upy-rust)
#   CY2UPY_RUST_LIB         a prebuilt libcy2upy_runtime.a to link instead of building one

SRC_USERMOD_C += $(CY2UPY_RUNTIME_DIR)/c/cy2upy.c
SRC_USERMOD_C += $(CY2UPY_RUNTIME_DIR)/c/cy2upy_types.c
SRC_USERMOD_C += $(CY2UPY_RUNTIME_DIR)/c/cy2upy_exc.c
CFLAGS_USERMOD += -I$(CY2UPY_RUNTIME_DIR)/include

CY2UPY_RUSTC ?= rustc
CY2UPY_RUSTFLAGS ?= -C opt-level=2
CY2UPY_RUST_TARGET ?=
CY2UPY_RUST_OUT ?= $(BUILD)/cy2upy-rust

ifeq ($(CY2UPY_RUST_LIB),)
CY2UPY_RUST_LIB := $(CY2UPY_RUST_OUT)/libcy2upy_runtime.a

# Keep the port's default goal: this file is read before the port defines its own targets.
CY2UPY_SAVED_DEFAULT_GOAL := $(.DEFAULT_GOAL)

# panic=abort: the crate never unwinds, so the library carries no unwinding support.
$(CY2UPY_RUST_LIB): $(wildcard $(CY2UPY_RUNTIME_DIR)/src/*.rs)
	$(ECHO) "RUSTC $@"
	$(Q)mkdir -p $(dir $@)
	$(Q)MAKEFLAGS= $(CY2UPY_RUSTC) --edition 2021 --crate-type staticlib --crate-name cy2upy_runtime \
		$(if $(CY2UPY_RUST_TARGET),--target $(CY2UPY_RUST_TARGET)) -C panic=abort \
		-C codegen-units=1 $(CY2UPY_RUSTFLAGS) -o $@ $(CY2UPY_RUNTIME_DIR)/src/lib.rs

.DEFAULT_GOAL := $(CY2UPY_SAVED_DEFAULT_GOAL)
endif

LIBS_USERMOD += $(CY2UPY_RUST_LIB)
