//! Runtime parts (`rules/parts.toml`): pieces of the runtime's C that a firmware compiles only
//! when one of its translated modules needs them, so that their names stay out of the qstr pool
//! of a firmware that does not.
//!
//! A module needs a part when its translated C names one of the part's identifiers; its build
//! fragments then switch the part on ([`make_lines`], [`cmake_lines`]). Several modules in one
//! firmware switch on the union of their parts: make collects every module's `CFLAGS_USERMOD`,
//! and CMake every module's interface include directories, for all user sources.

use serde::Deserialize;
use std::collections::BTreeSet;
use std::sync::OnceLock;

pub const BUILTIN_PARTS: &str = include_str!("../rules/parts.toml");

/// The forms under which an exception class X of a part appears in translated C (`{}` stands
/// for X): its type object, the object macros `cy_exc_X` and `cy_PyExc_X`, Cython's type check
/// of an instance, and its name as a string constant (a builtin looked up by name).
pub const CLASS_FORMS: &[&str] = &[
    "cy_type_{}",
    "cy_exc_{}",
    "cy_PyExc_{}",
    "cy_Pyx_PyExc_{}_Check",
    "MP_QSTR_{}",
];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PartsFile {
    part: Vec<PartEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PartEntry {
    name: String,
    doc: String,
    #[serde(default)]
    classes: Vec<String>,
    #[serde(default)]
    identifiers: Vec<String>,
}

/// One runtime part.
#[derive(Debug, Clone)]
pub struct Part {
    /// Upper case: the define is `CY2UPY_PART_<name>`.
    pub name: String,
    pub doc: String,
    /// The identifiers that make a module need the part.
    pub triggers: BTreeSet<String>,
}

impl Part {
    /// `CY2UPY_PART_<name>`.
    pub fn define(&self) -> String {
        format!("CY2UPY_PART_{}", self.name)
    }

    /// The header that defines the part on for CMake builds: `cy2upy_part_<name>.h`.
    pub fn header(&self) -> String {
        format!("cy2upy_part_{}.h", self.name.to_ascii_lowercase())
    }

    /// The folder of that header inside the runtime's copy: `parts/<name>`.
    pub fn folder(&self) -> String {
        format!("parts/{}", self.name.to_ascii_lowercase())
    }
}

/// The parts of `rules/parts.toml`, in its order.
pub fn parts() -> &'static [Part] {
    static PARTS: OnceLock<Vec<Part>> = OnceLock::new();
    PARTS.get_or_init(|| {
        let file: PartsFile = toml::from_str(BUILTIN_PARTS).expect("rules/parts.toml is valid");
        file.part
            .into_iter()
            .map(|p| {
                let mut triggers: BTreeSet<String> = p.identifiers.into_iter().collect();
                for c in &p.classes {
                    for form in CLASS_FORMS {
                        triggers.insert(form.replace("{}", c));
                    }
                }
                Part {
                    name: p.name,
                    doc: p.doc,
                    triggers,
                }
            })
            .collect()
    })
}

/// The parts a translated module's C needs: those with an identifier it names outside comments
/// and string literals.
pub fn needed(c: &str) -> Vec<&'static Part> {
    let names = identifiers(c);
    parts()
        .iter()
        .filter(|p| p.triggers.iter().any(|t| names.contains(t.as_str())))
        .collect()
}

/// The identifiers of C source text, comments, string and character literals skipped.
fn identifiers(c: &str) -> BTreeSet<&str> {
    let mut out = BTreeSet::new();
    crate::parse::for_each_code_ident(c, |start, end| {
        out.insert(&c[start..end]);
    });
    out
}

/// The lines of a module's `micropython.mk` that switch on `needed` (empty for none).
pub fn make_lines(needed: &[&Part]) -> String {
    if needed.is_empty() {
        return String::new();
    }
    let defines: Vec<String> = needed
        .iter()
        .map(|p| format!("-D{}=1", p.define()))
        .collect();
    format!("CFLAGS_USERMOD += {}\n", defines.join(" "))
}

/// The lines of a module's `micropython.cmake` that switch on `needed`; `runtime_dir` is the
/// runtime's folder relative to the module's.
pub fn cmake_lines(needed: &[&Part], module_name: &str, runtime_dir: &str) -> String {
    needed
        .iter()
        .map(|p| {
            format!(
                "target_include_directories(usermod_{module_name} INTERFACE ${{CMAKE_CURRENT_LIST_DIR}}/{runtime_dir}/{})\n",
                p.folder()
            )
        })
        .collect()
}

/// The header that switches `part` on where its folder is on the include path.
pub fn part_header(part: &Part) -> String {
    format!(
        "// {}: on the include path of a CMake build whose modules need the runtime part {}\n\
         // (rules/parts.toml, runtime/include/cy2upy_parts.h). Written by cython2upy.\n\
         #define {} 1\n",
        part.header(),
        part.name,
        part.define()
    )
}

/// `runtime/include/cy2upy_parts.h` as it follows from `rules/parts.toml` (tests/parts.rs
/// checks that the file holds exactly this).
pub fn parts_h() -> String {
    let mut s = String::from(
        "// cy2upy_parts.h: which runtime parts this firmware compiles (rules/parts.toml).\n\
         //\n\
         // Generated from rules/parts.toml: tests/parts.rs checks that this file is current, and\n\
         // prints it when it is not. A part is on when CY2UPY_PART_<NAME> is defined to 1, by\n\
         // `-DCY2UPY_PART_<NAME>=1` in CFLAGS_USERMOD (make ports: a module's micropython.mk), or by\n\
         // the header cy2upy_part_<name>.h on the include path (CMake ports: a module's\n\
         // micropython.cmake adds its folder, since MicroPython's qstr scan there is given the\n\
         // user modules' include directories but not their definitions). Otherwise it is 0.\n\
         #ifndef CY2UPY_PARTS_H\n\
         #define CY2UPY_PARTS_H\n",
    );
    for p in parts() {
        let define = p.define();
        let header = p.header();
        s.push_str(&format!(
            "\n// {define}: {doc}\n\
             #ifndef {define}\n\
             #if defined(__has_include)\n\
             #if __has_include(\"{header}\")\n\
             #include \"{header}\"\n\
             #endif\n\
             #endif\n\
             #endif\n\
             #ifndef {define}\n\
             #define {define} 0\n\
             #endif\n",
            doc = p.doc
        ));
    }
    s.push_str("\n#endif // CY2UPY_PARTS_H\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_skip_comments_strings_and_numbers() {
        let c = "/* cy_PyExc_Warning */ x = \"cy_type_TabError\"; // MP_QSTR_IOError\n\
                 y = cy_PyExc_FileNotFoundError + 10UL + 'a';";
        let ids = identifiers(c);
        assert!(ids.contains("cy_PyExc_FileNotFoundError"));
        assert!(!ids.contains("cy_PyExc_Warning"));
        assert!(!ids.contains("cy_type_TabError"));
        assert!(!ids.contains("MP_QSTR_IOError"));
        assert!(!ids.contains("UL"));
    }

    #[test]
    fn a_module_needs_the_parts_it_names() {
        let c = "r = cy_Pyx_PyErr_ExceptionMatches(cy_PyExc_FileNotFoundError);\n\
                 MP_ROM_QSTR(MP_QSTR_EncodingWarning),\n";
        let names: Vec<&str> = needed(c).iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["EXC_OSERROR", "EXC_WARNING"]);
        assert!(needed("int x = cy_PyExc_SystemError;").is_empty());
    }

    #[test]
    fn build_lines_name_each_part() {
        let p: Vec<&Part> = parts().iter().filter(|p| p.name == "MEMVIEW").collect();
        assert_eq!(
            make_lines(&p),
            "CFLAGS_USERMOD += -DCY2UPY_PART_MEMVIEW=1\n"
        );
        assert_eq!(
            cmake_lines(&p, "m", "cy2upy_runtime"),
            "target_include_directories(usermod_m INTERFACE ${CMAKE_CURRENT_LIST_DIR}/cy2upy_runtime/parts/memview)\n"
        );
        assert_eq!(make_lines(&[]), "");
    }
}
