//! Emit: write the translated module and what makes its folder a MicroPython user C module.
//!
//! Beside `OUT.c` go `micropython.mk` (make ports), `micropython.cmake` (cmake ports) and
//! `cy2upy_runtime/`, the runtime's sources. Several translated modules in one build each carry
//! the runtime, but the build files include it once.
//!
//! A run's files are gathered in an [`OutputSet`] and written together: each into a temporary
//! file in its destination folder, and only when all of them are written are they renamed into
//! place. An I/O error on the way removes the temporary files and the folders the run created,
//! so a failed run leaves the output as it was. A file that already holds exactly its new
//! contents is left alone, so that an incremental firmware build recompiles only what a
//! retranslation changed. Existing files of the same names are replaced (a retranslation
//! overwrites its previous output); other files in the output folder are not touched.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The runtime's sources, embedded at build time: (path relative to `runtime/`, contents).
pub const RUNTIME_FILES: &[(&str, &str)] = &include!(concat!(env!("OUT_DIR"), "/runtime_files.rs"));

pub const RUNTIME_DIR: &str = "cy2upy_runtime";

/// Write `contents` to `path` atomically. A file that already holds exactly `contents` is left
/// alone, so its modification time stays and a firmware build rebuilds only what a
/// retranslation really changed (the runtime's sources, usually nothing else but the module).
pub fn write_atomic(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    if fs::read(path).is_ok_and(|old| old == contents) {
        return Ok(());
    }
    fs::create_dir_all(folder_of(path))?;
    let tmp = temp_path(path);
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
/// (`runtime/micropython.mk.in`, `runtime/micropython.cmake.in`); `needed` are the runtime parts
/// (`rules/parts.toml`) the module's C names, which the fragment switches on.
pub fn build_fragment(
    template: &str,
    module_c: &str,
    id: &str,
    needed: &[&crate::parts::Part],
) -> String {
    let text = RUNTIME_FILES
        .iter()
        .find(|(rel, _)| *rel == template)
        .map(|(_, t)| *t)
        .unwrap_or_default();
    let parts = if template.ends_with(".cmake.in") {
        crate::parts::cmake_lines(needed, id, RUNTIME_DIR)
    } else {
        crate::parts::make_lines(needed)
    };
    let names: Vec<&str> = needed.iter().map(|p| p.name.as_str()).collect();
    let names = if names.is_empty() {
        "(none)".to_string()
    } else {
        names.join(" ")
    };
    text.replace("@RUNTIME_PARTS@\n", &parts)
        .replace("@RUNTIME_PARTS@", &names)
        .replace("@MODULE_NAME@", id)
        .replace("@MODULE_SOURCES@", module_c)
        .replace("@RUNTIME_DIR@", RUNTIME_DIR)
}

/// The headers of the user's own that the translated C includes with quotes (`#include "x.h"`,
/// from `cdef extern from "x.h"`) and that sit beside the input (the `.c` or `.pyx` file):
/// (name as written, contents). The module folder gets a copy of each, since a C compiler looks for a quoted
/// include beside the including file first. Names that leave the folder (`..`, absolute paths)
/// and headers that are not there (system or runtime headers) are left alone.
pub fn local_headers(c: &str, input: &Path) -> Vec<(String, Vec<u8>)> {
    let dir = folder_of(input);
    let mut out: Vec<(String, Vec<u8>)> = Vec::new();
    for line in c.lines() {
        let Some(rest) = line.trim_start().strip_prefix('#') else {
            continue;
        };
        let Some(rest) = rest.trim_start().strip_prefix("include") else {
            continue;
        };
        let Some(rest) = rest.trim_start().strip_prefix('"') else {
            continue;
        };
        let Some(end) = rest.find('"') else {
            continue;
        };
        let name = &rest[..end];
        let rel = Path::new(name);
        let safe = !name.is_empty()
            && rel
                .components()
                .all(|c| matches!(c, std::path::Component::Normal(_)));
        if !safe || out.iter().any(|(n, _)| n == name) {
            continue;
        }
        if let Ok(bytes) = fs::read(dir.join(rel)) {
            out.push((name.to_string(), bytes));
        }
    }
    out
}

/// A failure to write a run's output, naming the path.
#[derive(Debug)]
pub struct WriteError {
    pub path: PathBuf,
    pub what: String,
    pub source: Option<std::io::Error>,
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.what)?;
        if let Some(e) = &self.source {
            write!(f, ": {e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for WriteError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source.as_ref().map(|e| e as _)
    }
}

fn write_error(path: &Path, what: &str, source: Option<std::io::Error>) -> WriteError {
    WriteError {
        path: path.to_path_buf(),
        what: what.to_string(),
        source,
    }
}

/// The files one run writes, committed all at once by [`OutputSet::commit`].
#[derive(Debug, Default)]
pub struct OutputSet {
    files: Vec<(PathBuf, Vec<u8>)>,
    /// Folders wholly written by the tool (each module's copy of the runtime): after a commit
    /// they hold this run's files only, so a file an older runtime had (a C file since split
    /// or renamed, which the port's build would still compile) does not stay behind.
    owned: Vec<PathBuf>,
}

impl OutputSet {
    pub fn new() -> OutputSet {
        OutputSet::default()
    }

    /// Add a file; a later file of the same path replaces an earlier one.
    pub fn add(&mut self, path: PathBuf, contents: impl Into<Vec<u8>>) {
        let contents = contents.into();
        match self.files.iter_mut().find(|(p, _)| *p == path) {
            Some(f) => f.1 = contents,
            None => self.files.push((path, contents)),
        }
    }

    /// The paths the set writes, in the order they were added.
    pub fn paths(&self) -> impl Iterator<Item = &Path> {
        self.files.iter().map(|(p, _)| p.as_path())
    }

    /// The module's C, its build files, the user's own headers it includes (`headers`, from
    /// [`local_headers`]) and the runtime's sources.
    pub fn add_module(&mut self, out_c: &Path, c: &str, id: &str, headers: &[(String, Vec<u8>)]) {
        let dir = folder_of(out_c);
        let module_c = out_c
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| format!("{id}.c"));
        self.add(out_c.to_path_buf(), c);
        let needed = crate::parts::needed(c);
        for (template, name) in [
            ("micropython.mk.in", "micropython.mk"),
            ("micropython.cmake.in", "micropython.cmake"),
        ] {
            self.add(
                dir.join(name),
                build_fragment(template, &module_c, id, &needed),
            );
        }
        for (name, contents) in headers {
            self.add(dir.join(name), contents.clone());
        }
        self.owned.push(dir.join(RUNTIME_DIR));
        for (rel, contents) in RUNTIME_FILES {
            self.add(dir.join(RUNTIME_DIR).join(rel), *contents);
        }
        // Every part's switch, whichever this module needs: the runtime that is compiled is the
        // first module's copy, and the include directories name each module's own.
        for p in crate::parts::parts() {
            let path = dir.join(RUNTIME_DIR).join(p.folder()).join(p.header());
            self.add(path, crate::parts::part_header(p));
        }
    }

    /// The top-level `micropython.cmake` of a batch: CMake ports take it as `USER_C_MODULES`.
    pub fn add_top_cmake(&mut self, out_dir: &Path, modules: &[String]) {
        let mut text = String::from(
            "# Generated by cython2upy: every translated module in this folder.\n\
             # CMake ports (rp2, esp32): make USER_C_MODULES=<path to this file>\n",
        );
        for m in modules {
            text.push_str(&format!(
                "include(${{CMAKE_CURRENT_LIST_DIR}}/{m}/micropython.cmake)\n"
            ));
        }
        self.add(out_dir.join("micropython.cmake"), text);
    }

    /// The package modules of a batch, in `out_dir/cy2upy_packages/`; returns that folder's
    /// name, or `None` when no module is dotted.
    pub fn add_packages(&mut self, out_dir: &Path, modules: &[String]) -> Option<String> {
        let c = package_modules(modules)?;
        let dir = out_dir.join("cy2upy_packages");
        self.add(dir.join("packages.c"), c);
        self.add(
            dir.join("micropython.mk"),
            "# Generated by cython2upy: built-in packages for dotted module names.\n\
             SRC_USERMOD_C += $(USERMOD_DIR)/packages.c\n",
        );
        self.add(
            dir.join("micropython.cmake"),
            "# Generated by cython2upy: built-in packages for dotted module names.\n\
             add_library(usermod_cy2upy_packages INTERFACE)\n\
             target_sources(usermod_cy2upy_packages INTERFACE ${CMAKE_CURRENT_LIST_DIR}/packages.c)\n\
             target_link_libraries(usermod INTERFACE usermod_cy2upy_packages)\n",
        );
        Some("cy2upy_packages".to_string())
    }

    /// Write every file: first all into temporary files beside their destinations, then, when
    /// all are written, rename them into place. Files whose contents do not change are skipped.
    /// On an error before the renames, the temporary files and the folders this call created
    /// are removed and nothing else has changed; only a failing rename itself (the destination
    /// folder vanishing in between) can leave the set partly applied. Returns how many files
    /// changed.
    pub fn commit(&self) -> Result<usize, WriteError> {
        let mut created: Vec<PathBuf> = Vec::new();
        let mut temps: Vec<(PathBuf, &Path)> = Vec::new();
        let staged = self.stage(&mut created, &mut temps);
        if let Err(e) = staged {
            for (tmp, _) in &temps {
                let _ = fs::remove_file(tmp);
            }
            for dir in created.iter().rev() {
                let _ = fs::remove_dir(dir);
            }
            return Err(e);
        }
        let changed = temps.len();
        let mut pending = temps.into_iter();
        while let Some((tmp, path)) = pending.next() {
            if let Err(e) = fs::rename(&tmp, path) {
                let _ = fs::remove_file(&tmp);
                for (tmp, _) in pending {
                    let _ = fs::remove_file(&tmp);
                }
                return Err(write_error(
                    path,
                    "cannot move the new file into place",
                    Some(e),
                ));
            }
        }
        self.remove_stale()?;
        Ok(changed)
    }

    /// Remove the files of the owned folders that this run did not write.
    fn remove_stale(&self) -> Result<(), WriteError> {
        let ours: std::collections::HashSet<&Path> = self.paths().collect();
        for dir in &self.owned {
            for entry in walkdir::WalkDir::new(dir).into_iter().flatten() {
                let path = entry.path();
                if entry.file_type().is_file() && !ours.contains(path) {
                    fs::remove_file(path).map_err(|e| {
                        write_error(path, "cannot remove a file an older runtime left", Some(e))
                    })?;
                }
            }
        }
        Ok(())
    }

    fn stage<'a>(
        &'a self,
        created: &mut Vec<PathBuf>,
        temps: &mut Vec<(PathBuf, &'a Path)>,
    ) -> Result<(), WriteError> {
        // Everything that can be checked before writing: a folder where a file goes.
        for (path, _) in &self.files {
            if fs::symlink_metadata(path).is_ok_and(|m| m.is_dir()) {
                return Err(write_error(
                    path,
                    "is a folder, where the output file goes",
                    None,
                ));
            }
        }
        for (path, contents) in &self.files {
            if fs::read(path).is_ok_and(|old| old == *contents) {
                continue;
            }
            create_folders(&folder_of(path), created)?;
            let tmp = temp_path(path);
            let result = (|| {
                let mut f = fs::File::create(&tmp)?;
                temps.push((tmp.clone(), path.as_path()));
                f.write_all(contents)?;
                f.sync_all()
            })();
            result.map_err(|e| write_error(path, "cannot write", Some(e)))?;
        }
        Ok(())
    }
}

/// The folder a file goes into (`.` for a bare file name).
/// The name a file is written under, beside it, before it is renamed into place.
fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    folder_of(path).join(format!(".{name}.tmp{}", std::process::id()))
}

fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Create `dir` and the folders above it that are missing, recording each one created.
fn create_folders(dir: &Path, created: &mut Vec<PathBuf>) -> Result<(), WriteError> {
    let mut missing = Vec::new();
    let mut at = Some(dir);
    while let Some(d) = at.filter(|d| !d.as_os_str().is_empty()) {
        match fs::metadata(d) {
            Ok(m) if m.is_dir() => break,
            Ok(_) => {
                return Err(write_error(
                    d,
                    "is a file, where the output needs a folder",
                    None,
                ))
            }
            Err(_) => missing.push(d.to_path_buf()),
        }
        at = d.parent();
    }
    for d in missing.into_iter().rev() {
        match fs::create_dir(&d) {
            Ok(()) => created.push(d),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && d.is_dir() => {}
            Err(e) => return Err(write_error(&d, "cannot create the folder", Some(e))),
        }
    }
    Ok(())
}

/// Write the module's C, its build files, the user's own headers it includes (`headers`, from
/// [`local_headers`]) and the runtime's sources, all or nothing.
pub fn write_module(
    out_c: &Path,
    c: &str,
    id: &str,
    headers: &[(String, Vec<u8>)],
) -> Result<Vec<PathBuf>, WriteError> {
    let mut set = OutputSet::new();
    set.add_module(out_c, c, id, headers);
    set.commit()?;
    Ok(set.paths().map(Path::to_path_buf).collect())
}

/// The built-in package modules that make dotted module names importable (`import pkg.sub.mod`):
/// one ROM module per package, whose globals hold its subpackages and modules. Needs
/// `MICROPY_MODULE_BUILTIN_SUBPACKAGES`. Returns the C source, or `None` when no module is dotted.
pub fn package_modules(modules: &[String]) -> Option<String> {
    use std::collections::BTreeMap;
    // package -> children (name, C object)
    let mut packages: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for m in modules.iter().filter(|m| m.contains('.')) {
        let parts: Vec<&str> = m.split('.').collect();
        for i in 1..parts.len() {
            let pkg = parts[..i].join(".");
            let child = parts[i].to_string();
            let obj = if i + 1 == parts.len() {
                format!("cy2upy_module_{}", crate::module::c_id(m))
            } else {
                format!(
                    "cy2upy_package_{}",
                    crate::module::c_id(&parts[..=i].join("."))
                )
            };
            let entry = packages.entry(pkg).or_default();
            if !entry.iter().any(|(c, _)| *c == child) {
                entry.push((child, obj));
            }
        }
    }
    if packages.is_empty() {
        return None;
    }
    let mut c = String::from(
        "/* Generated by cython2upy: built-in packages for the translated modules with dotted names. */\n\
         #include \"py/obj.h\"\n\
         #include \"py/runtime.h\"\n\n\
         #if !MICROPY_MODULE_BUILTIN_SUBPACKAGES\n\
         #error \"modules in packages need MICROPY_MODULE_BUILTIN_SUBPACKAGES\"\n\
         #endif\n\n",
    );
    for m in modules.iter().filter(|m| m.contains('.')) {
        c.push_str(&format!(
            "extern const mp_obj_module_t cy2upy_module_{};\n",
            crate::module::c_id(m)
        ));
    }
    for pkg in packages.keys() {
        c.push_str(&format!(
            "extern const mp_obj_module_t cy2upy_package_{};\n",
            crate::module::c_id(pkg)
        ));
    }
    for (pkg, children) in &packages {
        let id = crate::module::c_id(pkg);
        c.push_str(&format!(
            "\nstatic const mp_rom_map_elem_t cy2upy_package_table_{id}[] = {{\n"
        ));
        if !pkg.contains('.') {
            c.push_str(&format!(
                "    {{ MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_{pkg}) }},\n"
            ));
        }
        for (child, obj) in children {
            c.push_str(&format!(
                "    {{ MP_ROM_QSTR(MP_QSTR_{child}), MP_ROM_PTR(&{obj}) }},\n"
            ));
        }
        c.push_str(&format!(
            "}};\nstatic MP_DEFINE_CONST_DICT(cy2upy_package_globals_{id}, cy2upy_package_table_{id});\n\
             const mp_obj_module_t cy2upy_package_{id} = {{\n    .base = {{ &mp_type_module }},\n    .globals = (mp_obj_dict_t *)&cy2upy_package_globals_{id},\n}};\n"
        ));
        if !pkg.contains('.') {
            c.push_str(&format!(
                "MP_REGISTER_MODULE(MP_QSTR_{pkg}, cy2upy_package_{id});\n"
            ));
        }
    }
    Some(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_headers_are_the_quoted_includes_found_beside_the_input() {
        let dir = std::env::temp_dir().join(format!("cy2upy-emit-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("own.h"), b"typedef int own_t;\n").unwrap();
        fs::write(dir.join("secret.h"), b"").unwrap();
        let c = "#include \"cy2upy.h\"\n  #  include \"own.h\"\n#include <stdio.h>\n\
                 #include \"../secret.h\"\n#include \"/etc/x.h\"\n#include \"own.h\"\n";
        let got = local_headers(c, &dir.join("m.pyx"));
        fs::remove_dir_all(&dir).unwrap();
        assert_eq!(
            got,
            vec![("own.h".to_string(), b"typedef int own_t;\n".to_vec())]
        );
    }
}
