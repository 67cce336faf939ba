# runtime.cmake: builds cython2upy's runtime into a CMake-based MicroPython port (rp2, esp32).
#
# Included once per build by each translated module's micropython.cmake
# (`if(NOT TARGET usermod_cy2upy_runtime) include(.../runtime.cmake) endif()`); this file's
# directory is the runtime. Defines the INTERFACE library usermod_cy2upy_runtime (C part, header
# directory, Rust static library) and links it into `usermod`.
#
# Cache variables a build may set (cmake -D... or make ... CY2UPY_RUST_TARGET=...):
#   CY2UPY_RUST_TARGET  Rust target triple (thumbv6m-none-eabi for rp2040,
#                       thumbv8m.main-none-eabihf for rp2350, riscv32imc-unknown-none-elf for
#                       esp32-c3); empty builds for the host
#   CY2UPY_RUSTC        rustc command (default: rustc); the crate has no dependencies, so it is
#                       compiled with rustc directly (cargo refuses a copy inside another
#                       project's Cargo workspace)
#   CY2UPY_RUSTFLAGS    extra rustc flags (default: -C opt-level=z: the smallest code; it holds error formatting and small helpers)
#   CY2UPY_RUST_LIB     a prebuilt libcy2upy_runtime.a to link instead of building one

set(CY2UPY_RUNTIME_DIR ${CMAKE_CURRENT_LIST_DIR})

add_library(usermod_cy2upy_runtime INTERFACE)
file(GLOB CY2UPY_RUNTIME_SOURCES ${CY2UPY_RUNTIME_DIR}/c/*.c)
list(SORT CY2UPY_RUNTIME_SOURCES)
target_sources(usermod_cy2upy_runtime INTERFACE ${CY2UPY_RUNTIME_SOURCES})
target_include_directories(usermod_cy2upy_runtime INTERFACE ${CY2UPY_RUNTIME_DIR}/include)

set(CY2UPY_RUSTC "rustc" CACHE STRING "rustc command for the cython2upy runtime")
set(CY2UPY_RUSTFLAGS "-C opt-level=z" CACHE STRING "extra rustc flags for the cython2upy runtime")
set(CY2UPY_RUST_TARGET "" CACHE STRING "Rust target triple for the cython2upy runtime")
set(CY2UPY_RUST_LIB "" CACHE FILEPATH "prebuilt libcy2upy_runtime.a")

if(CY2UPY_RUST_LIB)
    if(NOT EXISTS ${CY2UPY_RUST_LIB})
        message(FATAL_ERROR "CY2UPY_RUST_LIB=${CY2UPY_RUST_LIB} does not exist (a prebuilt "
            "libcy2upy_runtime.a; leave it empty to build one)")
    endif()
    set(CY2UPY_RUST_ARCHIVE ${CY2UPY_RUST_LIB})
else()
    set(CY2UPY_RUST_ARCHIVE ${CMAKE_BINARY_DIR}/cy2upy-rust/libcy2upy_runtime.a)
    separate_arguments(CY2UPY_RUSTFLAGS_LIST UNIX_COMMAND "${CY2UPY_RUSTFLAGS}")
    file(GLOB CY2UPY_RUST_SOURCES ${CY2UPY_RUNTIME_DIR}/src/*.rs)
    # build-rust.sh is shared with runtime.mk: one short message when rustc lacks the target.
    add_custom_command(
        OUTPUT ${CY2UPY_RUST_ARCHIVE}
        COMMAND sh ${CY2UPY_RUNTIME_DIR}/build-rust.sh ${CY2UPY_RUSTC} ${CY2UPY_RUST_ARCHIVE}
            ${CY2UPY_RUNTIME_DIR}/src/lib.rs "${CY2UPY_RUST_TARGET}" ${CY2UPY_RUSTFLAGS_LIST}
        DEPENDS ${CY2UPY_RUST_SOURCES} ${CY2UPY_RUNTIME_DIR}/build-rust.sh
        COMMENT "Building the cython2upy Rust runtime"
        VERBATIM)
    add_custom_target(cy2upy_rust_runtime DEPENDS ${CY2UPY_RUST_ARCHIVE})
endif()

# An IMPORTED library is a link input of whatever links `usermod` (rp2's executable, esp32's main
# component); the dependency on the custom target makes it built first.
add_library(cy2upy_rust STATIC IMPORTED GLOBAL)
set_target_properties(cy2upy_rust PROPERTIES IMPORTED_LOCATION ${CY2UPY_RUST_ARCHIVE})
if(TARGET cy2upy_rust_runtime)
    add_dependencies(cy2upy_rust cy2upy_rust_runtime)
endif()
target_link_libraries(usermod_cy2upy_runtime INTERFACE cy2upy_rust)
target_link_libraries(usermod INTERFACE usermod_cy2upy_runtime)
