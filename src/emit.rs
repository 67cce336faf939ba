//! Emit: write the translated module and what makes its folder a MicroPython user C module.
//!
//! `OUT.c` is written atomically (a temporary file in the same folder, then a rename), so a failed
//! translation never leaves a partial file. Beside it go `micropython.mk` (make ports),
//! `micropython.cmake` (cmake ports) and `cy2upy_runtime/`, the runtime's sources. Several
//! translated modules in one build each carry the runtime, but the build files include it once.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The runtime's sources, embedded at build time: (path relative to `runtime/`, contents).
pub const RUNTIME_FILES: &[(&str, &str)] = &include!(concat!(env!("OUT_DIR"), "/runtime_files.rs"));

pub const RUNTIME_DIR: &str = "cy2upy_runtime";

/// Write `contents` to `path` atomically.
pub fn write_atomic(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&dir)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.tmp{}", std::process::id()));
    let result = (|| {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(contents)?;
        f.sync_all()?;
        fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// A build fragment for one module folder, from the runtime's template
/// (`runtime/micropython.mk.in`, `runtime/micropython.cmake.in`).
pub fn build_fragment(template: &str, module_c: &str, id: &str) -> String {
    let text = RUNTIME_FILES
        .iter()
        .find(|(rel, _)| *rel == template)
        .map(|(_, t)| *t)
        .unwrap_or_default();
    text.replace("@MODULE_NAME@", id)
        .replace("@MODULE_SOURCES@", module_c)
        .replace("@RUNTIME_DIR@", RUNTIME_DIR)
}

/// Write the module's C, its build files and the runtime's sources.
pub fn write_module(out_c: &Path, c: &str, id: &str) -> std::io::Result<Vec<PathBuf>> {
    let dir = match out_c.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let module_c = out_c
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| format!("{id}.c"));
    let mut written = Vec::new();
    write_atomic(out_c, c.as_bytes())?;
    written.push(out_c.to_path_buf());
    for (template, name) in [
        ("micropython.mk.in", "micropython.mk"),
        ("micropython.cmake.in", "micropython.cmake"),
    ] {
        let p = dir.join(name);
        write_atomic(&p, build_fragment(template, &module_c, id).as_bytes())?;
        written.push(p);
    }
    for (rel, contents) in RUNTIME_FILES {
        let p = dir.join(RUNTIME_DIR).join(rel);
        write_atomic(&p, contents.as_bytes())?;
        written.push(p);
    }
    Ok(written)
}
