//! Token templates: the stages that recognise a function by the layout Cython writes for it
//! (`src/members.rs`, `src/lifecycle.rs`) compare its C tokens with a template whose free parts
//! are placeholders.

use std::collections::HashMap;

/// C tokens of `s`: identifiers and numbers, string literals, `->` and the two-character
/// comparisons and logical operators, other single characters;
/// white space, comments and preprocessor lines skipped. `$` is part of identifiers (the
/// templates' placeholders).
pub(crate) fn tokens(s: &str) -> Vec<&str> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line_start = true;
    while i < b.len() {
        let c = b[i];
        if c == b'\n' {
            line_start = true;
            i += 1;
            continue;
        }
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if line_start && c == b'#' {
            i = s[i..].find('\n').map_or(b.len(), |e| i + e);
            continue;
        }
        line_start = false;
        if c == b'/' && b.get(i + 1) == Some(&b'*') {
            i = s[i + 2..].find("*/").map_or(b.len(), |e| i + 2 + e + 2);
            continue;
        }
        if c == b'/' && b.get(i + 1) == Some(&b'/') {
            i = s[i..].find('\n').map_or(b.len(), |e| i + e);
            continue;
        }
        let st = i;
        if c == b'"' || c == b'\'' {
            i += 1;
            while i < b.len() && b[i] != c {
                if b[i] == b'\\' {
                    i += 1;
                }
                i += 1;
            }
            i = (i + 1).min(b.len());
        } else if c.is_ascii_alphanumeric() || c == b'_' || c == b'$' {
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'$') {
                i += 1;
            }
        } else if b.len() - i >= 2
            && matches!(
                &b[i..i + 2],
                b"->" | b"==" | b"!=" | b"&&" | b"||" | b"<=" | b">="
            )
        {
            i += 2;
        } else {
            // One character, however many bytes (stray non-ASCII text in damaged input).
            i += s[i..].chars().next().map_or(1, char::len_utf8);
        }
        out.push(&s[st..i]);
    }
    out
}

/// Match the tokens of `text` against `template`'s: `$NAME` matches one token, `$$NAME` a
/// balanced run of tokens up to the template's next token; a name bound before must match the
/// same text again. The whole of `text` must be matched.
pub(crate) fn match_template(
    text: &str,
    template: &str,
    bind: &mut HashMap<String, String>,
) -> Option<()> {
    let t = tokens(text);
    let p = tokens(template);
    let mut i = 0;
    let mut k = 0;
    while k < p.len() {
        let pt = p[k];
        if let Some(name) = pt.strip_prefix("$$") {
            let stop = p.get(k + 1).copied();
            let from = i;
            let mut depth = 0i32;
            while i < t.len() {
                if depth == 0 && Some(t[i]) == stop {
                    break;
                }
                match t[i] {
                    "(" | "[" | "{" => depth += 1,
                    ")" | "]" | "}" => depth -= 1,
                    _ => {}
                }
                if depth < 0 {
                    return None;
                }
                i += 1;
            }
            if i == from {
                return None;
            }
            bind_name(bind, name, t[from..i].join(" "))?;
        } else if let Some(name) = pt.strip_prefix('$') {
            bind_name(bind, name, t.get(i)?.to_string())?;
            i += 1;
        } else {
            if t.get(i) != Some(&pt) {
                return None;
            }
            i += 1;
        }
        k += 1;
    }
    (i == t.len()).then_some(())
}

fn bind_name(bind: &mut HashMap<String, String>, name: &str, value: String) -> Option<()> {
    match bind.get(name) {
        Some(v) if *v != value => None,
        Some(_) => Some(()),
        None => {
            bind.insert(name.to_string(), value);
            Some(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_bind_tokens_and_runs() {
        let mut b = HashMap::new();
        let t = "x = f(a->b); if ((x == (unsigned long)-1) && e()) g(0, 7, L)";
        let p = "x = $C(a->$F); if (($$CHK) && e()) g($A, $B, L)";
        assert!(match_template(t, p, &mut b).is_some());
        assert_eq!(b["C"], "f");
        assert_eq!(b["F"], "b");
        assert_eq!(b["CHK"], "x == ( unsigned long ) - 1");
        let mut b2 = HashMap::new();
        b2.insert("C".to_string(), "h".to_string());
        assert!(match_template(t, p, &mut b2).is_none());
    }

    #[test]
    fn non_ascii_text_is_whole_characters() {
        // Damaged input (the fuzzer's): a multi-byte character where a token starts, and
        // before a character that could begin a two-character operator.
        assert_eq!(
            tokens("static €PyObject *o"),
            ["static", "€", "PyObject", "*", "o"]
        );
        assert_eq!(tokens("a 𝄞-> b"), ["a", "𝄞", "->", "b"]);
        assert_eq!(tokens("x=€"), ["x", "=", "€"]);
        let mut b = HashMap::new();
        assert!(match_template("static €int f", "static int $F", &mut b).is_none());
    }
}
