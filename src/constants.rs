//! Constants: decode Cython's string table at translation time.
//!
//! Cython 3 packs every string constant of a module into one byte array plus a table of lengths,
//! and builds `PyUnicode`/`PyBytes` objects from it at import. We decode that table here instead:
//! identifiers become compile-time qstrs (`MP_ROM_QSTR(MP_QSTR_name)`: no RAM, hash precomputed),
//! other strings and bytes become ROM `mp_obj_str_t` objects. The table itself is `const`, so it
//! lives in flash and needs no GC root. Cython's `#define __pyx_n_u_x __pyx_string_tab[N]` names
//! keep working, and `state->__pyx_n_u_x` becomes `__pyx_n_u_x`.

use crate::diag::{Code, Diagnostic};
use crate::load::LoadedFile;
use crate::parse::kind;
use crate::parse::Syntax;
use std::collections::HashMap;

/// Cython's name of the table: the module state's member `__pyx_string_tab[N]`, and the array of
/// ROM objects that replaces it.
const TABLE: &str = "__pyx_string_tab";

/// Where the ROM string table goes in the rendered code; `StringTable::fill` puts it there once
/// the rendered code shows which entries it uses.
const TABLE_MARK: &str = "/*@cy2upy-string-table@*/\n";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StrKind {
    Unicode,
    Bytes,
}

#[derive(Debug, Clone)]
pub struct StringConst {
    pub kind: StrKind,
    pub value: Vec<u8>,
}

#[derive(Debug, Default)]
pub struct StringTable {
    pub entries: Vec<StringConst>,
    /// `__pyx_n_u_fib` -> 27
    pub names: HashMap<String, usize>,
    /// Where `__Pyx_InitConstants` declares the table's lengths (`str_length_index`): the block
    /// around it builds the table's objects at import, which the ROM table makes unnecessary.
    pub init_at: Option<usize>,
    /// The cached tuples of constants made ROM (`src/tuples.rs`), defined after the table.
    pub rom_tuples: Vec<crate::tuples::RomTuple>,
}

/// Read the string table from `__Pyx_InitConstants` and the names from the
/// `constant_name_defines` section. A module without string constants yields an empty table.
pub fn decode(file: &LoadedFile, text: &str) -> Result<StringTable, Diagnostic> {
    let mut table = StringTable::default();
    if let Some(sec) = file.section("constant_name_defines") {
        for line in text[sec.range.clone()].lines() {
            let mut it = line.split_whitespace();
            if it.next() != Some("#define") {
                continue;
            }
            let (Some(name), Some(value)) = (it.next(), it.next()) else {
                continue;
            };
            if let Some(idx) = value
                .strip_prefix(TABLE)
                .and_then(|v| v.strip_prefix('['))
                .and_then(|v| v.strip_suffix(']'))
                .and_then(|v| v.parse::<usize>().ok())
            {
                table.names.insert(name.to_string(), idx);
            }
        }
    }
    let Some(sec) = file.section("init_constants") else {
        return Ok(table);
    };
    let body = &text[sec.range.clone()];
    let Some(lens_at) = body.find("str_length_index[] = {") else {
        if table.names.is_empty() {
            return Ok(table);
        }
        return Err(Diagnostic::error(
            Code::Const,
            "cannot find Cython's string table (`str_length_index`) in `__Pyx_InitConstants`",
            sec.range.clone(),
        ));
    };
    table.init_at = Some(sec.range.start + lens_at);
    let err = |m: &str| {
        Diagnostic::error(
            Code::Const,
            m.to_string(),
            sec.range.start + lens_at..sec.range.start + lens_at + 1,
        )
    };

    if let Some(c) = body.find("/* compression: ") {
        let kind = body[c + 16..].split_whitespace().next().unwrap_or("");
        if kind != "none" {
            return Err(err(&format!(
                "Cython compressed this module's string table ({kind}); regenerate it with compression off"
            ))
            .with_note("string-table compression is chosen by Cython for very large modules; cython2upy decodes only uncompressed tables"));
        }
    }
    let str_lens =
        read_length_index(&body[lens_at..]).ok_or_else(|| err("cannot read `str_length_index`"))?;
    let bytes_lens = match body.find("bytes_length_index[] = {") {
        Some(i) => {
            read_length_index(&body[i..]).ok_or_else(|| err("cannot read `bytes_length_index`"))?
        }
        None => Vec::new(),
    };
    let data_at = body
        .find("char bytes[] = ")
        .ok_or_else(|| err("cannot find the string data (`bytes[]`)"))?;
    let data = read_c_string(&body[data_at + 15..])
        .ok_or_else(|| err("cannot read the string data literal"))?;

    let mut pos = 0;
    for (lens, kind) in [(&str_lens, StrKind::Unicode), (&bytes_lens, StrKind::Bytes)] {
        for &n in lens {
            let value = data
                .get(pos..pos + n)
                .ok_or_else(|| err("string table is shorter than its lengths"))?;
            table.entries.push(StringConst {
                kind: kind.clone(),
                value: value.to_vec(),
            });
            pos += n;
        }
    }
    Ok(table)
}

fn read_length_index(s: &str) -> Option<Vec<usize>> {
    let open = s.find("= {")? + 3;
    let close = s[open..].find("};")? + open;
    let inner = &s[open..close];
    Some(
        inner
            .split(['{', '}', ','])
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .filter_map(|t| t.parse().ok())
            .collect(),
    )
}

/// Decode a sequence of adjacent C string literals, up to the `;`.
pub fn read_c_string(s: &str) -> Option<Vec<u8>> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= b.len() || b[i] == b';' {
            return Some(out);
        }
        if b[i] != b'"' {
            return None;
        }
        i += 1;
        while i < b.len() && b[i] != b'"' {
            if b[i] == b'\\' {
                i += 1;
                let c = *b.get(i)?;
                match c {
                    b'0'..=b'7' => {
                        let mut v: u32 = 0;
                        let mut k = 0;
                        while k < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                            v = v * 8 + (b[i] - b'0') as u32;
                            i += 1;
                            k += 1;
                        }
                        out.push(v as u8);
                        continue;
                    }
                    b'x' => {
                        i += 1;
                        let st = i;
                        while i < b.len() && b[i].is_ascii_hexdigit() {
                            i += 1;
                        }
                        out.push(u32::from_str_radix(&s[st..i], 16).ok()? as u8);
                        continue;
                    }
                    b'n' => out.push(b'\n'),
                    b't' => out.push(b'\t'),
                    b'r' => out.push(b'\r'),
                    b'a' => out.push(7),
                    b'b' => out.push(8),
                    b'f' => out.push(12),
                    b'v' => out.push(11),
                    other => out.push(other),
                }
                i += 1;
            } else {
                out.push(b[i]);
                i += 1;
            }
        }
        i += 1;
    }
}

/// A C string literal for arbitrary bytes (octal escapes, so no escape runs into a digit).
pub fn c_literal(v: &[u8]) -> String {
    let mut s = String::from("\"");
    for &c in v {
        match c {
            b'"' => s.push_str("\\\""),
            b'\\' => s.push_str("\\\\"),
            b'?' => s.push_str("\\?"),
            0x20..=0x7e => s.push(c as char),
            _ => s.push_str(&format!("\\{:03o}", c)),
        }
    }
    s.push('"');
    s
}

/// Is this string usable as a compile-time qstr name (`MP_QSTR_<value>`)?
pub fn qstr_ident(v: &[u8]) -> Option<&str> {
    let s = std::str::from_utf8(v).ok()?;
    if crate::rules::is_ident(s) {
        Some(s)
    } else {
        None
    }
}

impl StringTable {
    /// Which entries the rendered code refers to by name (outside the names' own `#define`s).
    /// Cython creates constants for machinery that translation drops, code objects' line tables
    /// among them; those need not take flash.
    pub fn used_entries(&self, body: &str) -> Vec<bool> {
        let mut used = vec![false; self.entries.len()];
        // Each name's entry and how often the body names it.
        let mut counts: crate::load::IdentMap<&str, (usize, usize)> = self
            .names
            .iter()
            .map(|(name, &idx)| (name.as_str(), (idx, 0)))
            .collect();
        crate::parse::for_each_code_ident(body, |s, e| {
            if let Some((_, n)) = counts.get_mut(&body[s..e]) {
                *n += 1;
            }
        });
        for &(idx, n) in counts.values() {
            // One occurrence is the name's own #define.
            if n > 1 {
                if let Some(u) = used.get_mut(idx) {
                    *u = true;
                }
            }
        }
        used
    }

    /// The ROM form of entry `i`: the `mp_rom_obj_t` expression, and the definition of the ROM
    /// object it points to, if any.
    fn rom_entry(&self, i: usize) -> (String, Option<String>) {
        let e = &self.entries[i];
        match (e.kind.clone(), qstr_ident(&e.value)) {
            (StrKind::Unicode, Some(q)) => (format!("MP_ROM_QSTR(MP_QSTR_{q})"), None),
            (StrKind::Unicode, None) if e.value.is_empty() => {
                ("MP_ROM_QSTR(MP_QSTR_)".to_string(), None)
            }
            (kind, _) => {
                let ty = if kind == StrKind::Unicode {
                    "mp_type_str"
                } else {
                    "mp_type_bytes"
                };
                (
                    format!("MP_ROM_PTR(&__pyx_str_obj_{i})"),
                    Some(format!(
                        "static const mp_obj_str_t __pyx_str_obj_{i} = {{{{&{ty}}}, 0, {}, (const byte *){}}};\n",
                        e.value.len(),
                        c_literal(&e.value)
                    )),
                )
            }
        }
    }

    /// The C definition of the ROM table and its objects: the `used` entries, in order; then
    /// the ROM tuples, whose strings are among the used entries.
    pub fn rom_definition(&self, used: &[bool]) -> String {
        let mut objs = String::new();
        let mut elems = Vec::new();
        for i in 0..self.entries.len() {
            if !used.get(i).copied().unwrap_or(true) {
                continue;
            }
            let (elem, obj) = self.rom_entry(i);
            objs.extend(obj);
            elems.push(elem);
        }
        let mut out = String::from("/* Cython's string constants, decoded at translation time: qstrs and ROM objects. */\n");
        out.push_str(&objs);
        out.push_str(&format!(
            "static const mp_rom_obj_t {TABLE}[{}] = {{\n",
            elems.len().max(1)
        ));
        for e in &elems {
            out.push_str(&format!("    {e},\n"));
        }
        if elems.is_empty() {
            out.push_str("    MP_ROM_NONE,\n");
        }
        out.push_str("};\n");
        out.push_str(&self.rom_tuple_definitions());
        out
    }

    /// The ROM tuples' definitions, each after the tuples it holds (`src/tuples.rs`).
    fn rom_tuple_definitions(&self) -> String {
        use crate::tuples::{Item, RomTuple};
        let mut out = String::new();
        if !self.rom_tuples.is_empty() {
            out.push_str("/* Cython's cached tuples of constants, in ROM. */\n");
        }
        for t in &self.rom_tuples {
            let items: Vec<String> = t
                .items
                .iter()
                .map(|item| match item {
                    Item::Str(i) => self.rom_entry(*i).0,
                    Item::Int(v) => format!("MP_ROM_INT({v})"),
                    Item::None => "MP_ROM_NONE".to_string(),
                    Item::True => "MP_ROM_TRUE".to_string(),
                    Item::False => "MP_ROM_FALSE".to_string(),
                    Item::Tuple(slot) => format!("MP_ROM_PTR(&{})", RomTuple::name(*slot)),
                })
                .collect();
            out.push_str(&format!(
                "static const mp_rom_obj_tuple_t {} = {{{{&mp_type_tuple}}, {}, {{{}}}}};\n",
                RomTuple::name(t.slot),
                items.len(),
                items.join(", ")
            ));
        }
        out
    }

    /// The module state's fields that now name ROM constants (`state->__pyx_n_u_x` becomes
    /// `__pyx_n_u_x`).
    pub fn rom_fields(&self) -> std::collections::HashSet<String> {
        self.names.keys().cloned().collect()
    }

    /// The structural replacements of the string table in the parsed tree: the state struct's
    /// member goes, the ROM table is defined where Cython's constant names are (at `TABLE_MARK`,
    /// see `fill`), the names point into it, and `__Pyx_InitConstants` stops building strings.
    pub fn tree_replacements(&self, tree: &Syntax, src: &str) -> Vec<(usize, usize, String)> {
        self.walk(tree.roots(), src).replacements()
    }

    /// The nodes `tree_replacements` replaces under `roots`, found in the same walk of each
    /// tree as the names the trees define (`rewrite::defined_names_in`): a large file's trees
    /// are walked on two threads, and the walks joined (`ConstantsWalk::extend`).
    pub fn walk<'t>(
        &self,
        roots: impl Iterator<Item = tree_sitter::Node<'t>>,
        src: &str,
    ) -> ConstantsWalk {
        let mut walk = ConstantsWalk::default();
        let active = !(self.names.is_empty() && self.entries.is_empty());
        // The replaced nodes, none inside another, in the order of the text: the walk leaves a
        // replaced node's descendants to the names alone.
        for root in roots {
            let found = &mut walk.found;
            crate::rewrite::collect_defs(root, src, &mut walk.defined, |node, parent_kind| {
                if !active {
                    return true;
                }
                match kind(node) {
                    "field_declaration" if declares(node, src, TABLE) => {
                        found.push((node.start_byte(), node.end_byte(), None));
                        false
                    }
                    "preproc_def" => {
                        if let Some(name) = node.child_by_field_name("name") {
                            if let Some(def) = self.define_for(&src[name.byte_range()]) {
                                found.push((node.start_byte(), node.end_byte(), Some(def)));
                            }
                        }
                        false
                    }
                    // The outermost block inside a function that holds the table's
                    // initialisation.
                    "compound_statement"
                        if parent_kind == "compound_statement"
                            && self
                                .init_at
                                .is_some_and(|at| node.byte_range().contains(&at)) =>
                    {
                        found.push((node.start_byte(), node.end_byte(), None));
                        false
                    }
                    _ => true,
                }
            });
        }
        walk
    }

    /// Put the ROM table's definition, with the entries `body` uses, where `tree_replacements`
    /// left its mark. The table holds the used entries only: the names' `#define`s are renumbered
    /// in the same pass, and those of unused names (referred to nowhere else) are dropped.
    pub fn fill(&self, body: String) -> String {
        if !body.contains(TABLE_MARK) {
            return body;
        }
        let mut used = self.used_entries(&body);
        // The strings of the ROM tuples, which the body no longer names.
        for t in &self.rom_tuples {
            for item in &t.items {
                if let crate::tuples::Item::Str(i) = item {
                    if let Some(u) = used.get_mut(*i) {
                        *u = true;
                    }
                }
            }
        }
        let mut index = vec![None; used.len()];
        let mut next = 0usize;
        for (i, u) in used.iter().enumerate() {
            if *u {
                index[i] = Some(next);
                next += 1;
            }
        }
        // Only a line that starts with `#define ` can change: those lines are found by their
        // text, and the stretches between the changed ones copied whole.
        const DEFINE: &str = "#define ";
        let mut out = String::with_capacity(body.len());
        let (mut copied, mut from) = (0, 0);
        while let Some(start) = crate::load::find_str(&body, from, DEFINE) {
            from = start + DEFINE.len();
            if start > 0 && body.as_bytes()[start - 1] != b'\n' {
                continue;
            }
            let end =
                crate::load::find_byte(body.as_bytes(), start, b'\n').map_or(body.len(), |n| n + 1);
            from = end;
            let line = &body[start..end];
            let entry = line[DEFINE.len()..]
                .split_once(' ')
                .and_then(|(n, _)| Some((n, *self.names.get(n)?)));
            if let Some((name, idx)) = entry {
                if self.define_at(name, idx) == line {
                    out.push_str(&body[copied..start]);
                    if let Some(Some(new)) = index.get(idx) {
                        out.push_str(&self.define_at(name, *new));
                    }
                    copied = end;
                }
            }
        }
        out.push_str(&body[copied..]);
        out.replacen(TABLE_MARK, &self.rom_definition(&used), 1)
    }

    fn define_at(&self, name: &str, idx: usize) -> String {
        format!("#define {name} (*(mp_obj_t *)&{TABLE}[{idx}])\n")
    }

    pub fn define_for(&self, name: &str) -> Option<String> {
        let idx = self.names.get(name)?;
        Some(self.define_at(name, *idx))
    }
}

/// What `StringTable::walk` found: the nodes the string table replaces, in the order of the
/// text, and the names the walked trees define.
#[derive(Default)]
pub struct ConstantsWalk {
    found: Vec<(usize, usize, Option<String>)>,
    pub defined: std::collections::HashSet<String>,
}

impl ConstantsWalk {
    /// Join the walk of the trees that follow this walk's in the text.
    pub fn extend(&mut self, later: ConstantsWalk) {
        self.found.extend(later.found);
        self.defined.extend(later.defined);
    }

    /// The replacements, listed last to first (a later replacement at the same place wins); the
    /// table goes where the last name's definition is.
    pub fn replacements(&self) -> Vec<(usize, usize, String)> {
        let mut out = Vec::with_capacity(self.found.len());
        let mut first_define = true;
        for (start, end, def) in self.found.iter().rev() {
            let mut text = String::new();
            if let Some(def) = def {
                if first_define {
                    text.push_str(TABLE_MARK);
                    first_define = false;
                }
                text.push_str(def);
            }
            out.push((*start, *end, text));
        }
        out
    }
}

/// Does this declaration declare `name` (through any pointer or array declarators)?
fn declares(node: tree_sitter::Node, src: &str, name: &str) -> bool {
    let mut c = node.walk();
    let found = node
        .children_by_field_name("declarator", &mut c)
        .any(|d| crate::rewrite::declarator_name(d, src).as_deref() == Some(name));
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn c_strings_round_trip() {
        let v = read_c_string("\"a\\200\\001b\" \"\\\"c\";").unwrap_or_default();
        assert_eq!(v, b"a\x80\x01b\"c");
        assert_eq!(
            read_c_string(&format!("{};", c_literal(&v))).unwrap_or_default(),
            v
        );
    }

    #[test]
    fn qstr_names() {
        assert_eq!(qstr_ident(b"fib"), Some("fib"));
        assert_eq!(qstr_ident(b"asyncio.coroutines"), None);
        assert_eq!(qstr_ident(b"1x"), None);
    }

    #[test]
    fn the_rom_table_holds_the_used_entries_only() {
        let mut table = StringTable::default();
        for (i, (name, value)) in [
            ("__pyx_n_u_a", "a"),
            ("__pyx_n_u_b", "b"),
            ("__pyx_kp_u_c", "c d"),
        ]
        .iter()
        .enumerate()
        {
            table.entries.push(StringConst {
                kind: StrKind::Unicode,
                value: value.as_bytes().to_vec(),
            });
            table.names.insert(name.to_string(), i);
        }
        let defines: String = ["__pyx_n_u_a", "__pyx_n_u_b", "__pyx_kp_u_c"]
            .iter()
            .filter_map(|n| table.define_for(n))
            .collect();
        let body = format!(
            "{defines}{TABLE_MARK}int f(void) {{ g(__pyx_kp_u_c); return h(__pyx_n_u_b); }}\n"
        );
        let out = table.fill(body);
        assert!(!out.contains("__pyx_n_u_a"), "{out}");
        assert!(out.contains("#define __pyx_n_u_b (*(mp_obj_t *)&__pyx_string_tab[0])\n"));
        assert!(out.contains("#define __pyx_kp_u_c (*(mp_obj_t *)&__pyx_string_tab[1])\n"));
        assert!(out.contains("static const mp_rom_obj_t __pyx_string_tab[2] = {\n    MP_ROM_QSTR(MP_QSTR_b),\n    MP_ROM_PTR(&__pyx_str_obj_2),\n};"), "{out}");
        // A string only a ROM tuple holds keeps its ROM object, and the tuples follow the table.
        use crate::tuples::{Item, RomTuple};
        table.rom_tuples = vec![
            RomTuple {
                slot: 0,
                items: vec![Item::Str(2), Item::Int(-3), Item::None],
            },
            RomTuple {
                slot: 4,
                items: vec![Item::Tuple(0), Item::Str(0), Item::False],
            },
        ];
        let body = format!("{defines}{TABLE_MARK}int f(void) {{ return h(__pyx_n_u_b); }}\n");
        let out = table.fill(body);
        let tuples = "static const mp_rom_obj_tuple_t __pyx_rom_tuple_0 = {{&mp_type_tuple}, 3, \
                      {MP_ROM_PTR(&__pyx_str_obj_2), MP_ROM_INT(-3), MP_ROM_NONE}};\n\
                      static const mp_rom_obj_tuple_t __pyx_rom_tuple_4 = {{&mp_type_tuple}, 3, \
                      {MP_ROM_PTR(&__pyx_rom_tuple_0), MP_ROM_QSTR(MP_QSTR_a), MP_ROM_FALSE}};\n";
        assert!(
            out.contains("static const mp_obj_str_t __pyx_str_obj_2 = "),
            "{out}"
        );
        assert!(out.contains(tuples), "{out}");
        assert!(out.find("__pyx_string_tab[") < out.find("__pyx_rom_tuple_0 ="));
    }
}
