//! The Rust runtime's `extern "C"` functions (runtime/src/lib.rs) against their prototypes in
//! runtime/include/cy2upy.h: both sides are read and compared type by type, so a signature that
//! drifts on one side fails here instead of becoming silent undefined behaviour in firmware.

use cython2upy::runtime_decls::{runtime_decls, DeclKind};
use std::collections::BTreeMap;

const LIB_RS: &str = include_str!("../runtime/src/lib.rs");

/// A C type in one spelling: tokens separated by one space, `*` a token of its own.
fn canonical_c(ty: &str) -> String {
    ty.replace('*', " * ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The C type of a Rust FFI type, as the header spells it.
fn rust_to_c(ty: &str) -> Option<String> {
    let ty = ty.trim();
    if let Some(inner) = ty.strip_prefix("*const ") {
        return Some(format!("const {} *", rust_to_c(inner)?));
    }
    if let Some(inner) = ty.strip_prefix("*mut ") {
        return Some(format!("{} *", rust_to_c(inner)?));
    }
    let c = match ty {
        "()" => "void",
        "u8" => "uint8_t",
        "i8" => "int8_t",
        "u16" => "uint16_t",
        "i16" => "int16_t",
        "u32" => "uint32_t",
        "i32" => "int32_t",
        "u64" => "uint64_t",
        "i64" => "int64_t",
        "usize" => "size_t",
        "isize" => "intptr_t",
        "c_int" => "int",
        "c_char" => "char",
        "bool" => "bool",
        _ => return None,
    };
    Some(c.to_string())
}

/// Strip the parameter's name from a C parameter declaration (`const char *func_name`).
fn c_param_type(param: &str) -> String {
    let p = param.trim();
    let name_start = p
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_alphanumeric() || *c == '_')
        .last()
        .map(|(i, _)| i)
        .unwrap_or(p.len());
    canonical_c(&p[..name_start])
}

/// (return type, parameter types) of every `extern "C" fn cy_rs_*` in lib.rs, in C spelling.
fn rust_functions() -> BTreeMap<String, (String, Vec<String>)> {
    let mut out = BTreeMap::new();
    let mut rest = LIB_RS;
    while let Some(i) = rest.find("extern \"C\" fn ") {
        let after = &rest[i + "extern \"C\" fn ".len()..];
        rest = after;
        let name: String = after
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !name.starts_with("cy_rs_") {
            continue;
        }
        let open = after.find('(').expect("parameter list");
        let close = after.find(')').expect("parameter list end");
        let params: Vec<String> = after[open + 1..close]
            .split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(|p| {
                let ty = p.split_once(':').map(|(_, t)| t).unwrap_or(p);
                rust_to_c(ty).unwrap_or_else(|| panic!("{name}: no C type for `{ty}`"))
            })
            .map(|t| canonical_c(&t))
            .collect();
        let tail = &after[close + 1..];
        let body = tail.find('{').expect("function body");
        let ret = tail[..body]
            .trim()
            .strip_prefix("->")
            .map(str::trim)
            .unwrap_or("()");
        let ret = rust_to_c(ret).unwrap_or_else(|| panic!("{name}: no C type for `{ret}`"));
        out.insert(name, (canonical_c(&ret), params));
    }
    out
}

fn header_prototypes() -> BTreeMap<String, (String, Vec<String>)> {
    runtime_decls()
        .into_iter()
        .filter(|d| d.name.starts_with("cy_rs_"))
        .filter_map(|d| match d.kind {
            DeclKind::Function { ret, params } => Some((
                d.name,
                (
                    canonical_c(&ret),
                    params.iter().map(|p| c_param_type(p)).collect(),
                ),
            )),
            _ => None,
        })
        .collect()
}

#[test]
fn rust_runtime_functions_match_their_c_prototypes() {
    let rust = rust_functions();
    let c = header_prototypes();
    assert!(rust.len() >= 10, "found only {} Rust functions", rust.len());
    let mut problems = Vec::new();
    for (name, sig) in &rust {
        match c.get(name) {
            None => problems.push(format!("{name}: no prototype in cy2upy.h")),
            Some(proto) if proto != sig => problems.push(format!(
                "{name}: Rust is {} ({}), cy2upy.h says {} ({})",
                sig.0,
                sig.1.join(", "),
                proto.0,
                proto.1.join(", ")
            )),
            Some(_) => {}
        }
    }
    for name in c.keys().filter(|n| !rust.contains_key(*n)) {
        problems.push(format!(
            "{name}: declared in cy2upy.h, not defined in lib.rs"
        ));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn rust_runtime_constants_match_the_header() {
    let header = include_str!("../runtime/include/cy2upy.h");
    let mut n = 0;
    for line in LIB_RS.lines() {
        let Some(rest) = line.trim().strip_prefix("pub const CY_RS_") else {
            continue;
        };
        let (name, value) = rest.split_once(':').expect("typed constant");
        let value = value
            .split('=')
            .nth(1)
            .expect("value")
            .trim()
            .trim_end_matches(';');
        let define = format!("#define CY_RS_{name} ({value})");
        assert!(header.contains(&define), "cy2upy.h lacks `{define}`");
        n += 1;
    }
    assert!(n > 0);
}

#[test]
fn the_comparison_sees_a_drift() {
    assert_eq!(rust_to_c("*const c_char").as_deref(), Some("const char *"));
    assert_eq!(c_param_type("const char *func_name"), "const char *");
    assert_ne!(
        c_param_type("intptr_t num_min"),
        canonical_c(&rust_to_c("i32").unwrap_or_default())
    );
}

/// The static library as a port builds it (runtime/build-rust.sh, the host target) refers to no
/// panic or formatting code of `core`: one bounds-checked index or `write!` would pull in about
/// 6 KB of `core::fmt` into every firmware (docs/performance.md).
#[test]
fn rust_runtime_links_no_panic_or_fmt_machinery() {
    use std::process::Command;
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = std::env::temp_dir().join(format!("cy2upy-runtime-abi-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let lib = dir.join("libcy2upy_runtime.a");
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let built = Command::new("sh")
        .arg(root.join("runtime/build-rust.sh"))
        .args([&rustc, lib.to_str().unwrap()])
        .arg(root.join("runtime/src/lib.rs"))
        .args(["", "-C", "opt-level=z"])
        .status()
        .expect("sh runs");
    assert!(built.success(), "runtime/build-rust.sh failed");
    // The crate's own object in the archive: its undefined symbols are what it pulls in.
    let members = Command::new("ar")
        .arg("t")
        .arg(&lib)
        .output()
        .expect("ar runs");
    let members = String::from_utf8_lossy(&members.stdout).into_owned();
    let own = members
        .lines()
        .find(|m| m.contains("cy2upy_runtime"))
        .expect("the crate's object is in the archive");
    // build-rust.sh leaves the crate's object alone in the archive when it needs nothing from
    // core or compiler_builtins, so that a port's -lm, not compiler_builtins, provides fmod & co.
    assert_eq!(
        members.lines().count(),
        1,
        "the archive should hold the crate's object alone"
    );
    let nm = Command::new("nm")
        .args(["--undefined-only", "--format=just-symbols"])
        .arg(format!("{}({})", lib.display(), own))
        .output();
    let nm = match nm {
        Ok(out) if out.status.success() => String::from_utf8_lossy(&out.stdout).into_owned(),
        _ => {
            // Older binutils do not take archive(member): extract it instead.
            let ok = Command::new("ar")
                .current_dir(&dir)
                .args(["x", lib.to_str().unwrap(), own])
                .status()
                .expect("ar runs");
            assert!(ok.success());
            let out = Command::new("nm")
                .args(["--undefined-only", "--format=just-symbols"])
                .arg(dir.join(own))
                .output()
                .expect("nm runs");
            String::from_utf8_lossy(&out.stdout).into_owned()
        }
    };
    let _ = std::fs::remove_dir_all(&dir);
    let bad: Vec<&str> = nm
        .lines()
        .filter(|s| s.contains("panicking") || s.contains("3fmt") || s.contains("slice5index"))
        .collect();
    assert!(
        bad.is_empty(),
        "the runtime library pulls in core's panic/fmt code: {bad:?}"
    );
}
