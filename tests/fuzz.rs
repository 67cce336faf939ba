//! Deterministic mutation fuzzing of `translate` and `check`.
//!
//! Each case takes a seed (real Cython output), applies one to four mutations chosen by a seeded
//! PRNG (flipped bytes, multi-byte UTF-8 characters, deleted, duplicated or swapped lines,
//! truncation, stray braces, quotes and comment openers, preprocessor lines) and runs the
//! command-line tool on the result. Properties:
//!
//! - no panic, exit status 0, 1 or 2 only, and no hang (a time limit per input);
//! - `translate` leaves either a complete module (exit 0) or nothing at all in the output folder
//!   (no partial file, no temporary file); `check` writes nothing;
//! - translation time grows linearly with input size (`translation_time_is_linear`).
//!
//! The seeds are the committed Cython outputs (`tests/data/*.c`, `examples/hello/hello.c`);
//! `CY2UPY_FUZZ_SEEDS=DIR` takes the `*.c` files of DIR instead (tests/run-all passes the fixtures'
//! Cython output). `CY2UPY_FUZZ_CASES=N` sets the number of cases, `CY2UPY_FUZZ_SEED=N` the PRNG
//! seed. The same settings give the same inputs, so a failure is reproduced by rerunning; the
//! failing input is kept under the test's scratch folder. Every crash found becomes a regression
//! test at the end of this file, on the smallest change of a seed that showed it.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// splitmix64: small, fast, and the same on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Multi-byte characters (2, 3 and 4 bytes in UTF-8), and a line separator.
const WIDE: &[&str] = &["é", "€", "你", "𝄞", "\u{2028}", "ÿ"];

/// Text that breaks C's structure.
const STRAY: &[&str] = &[
    "{", "}", "(", ")", "\"", "'", "/*", "*/", "//", "\\\n", ";", "#", "\0", "é\"", "/*é",
];

/// Preprocessor lines, inserted at the start of a line.
const MACRO_LINES: &[&str] = &[
    "#if 0\n",
    "#if 1\n",
    "#endif\n",
    "#else\n",
    "#elif 1\n",
    "#if defined(\n",
    "#if CYTHON_COMPILING_IN_LIMITED_API\n",
    "#ifdef Py_LIMITED_API\n",
    "#ifndef\n",
    "#define CYTHON_FUZZ 1\n",
    "#define\n",
    "#undef CYTHON_USE_TYPE_SPECS\n",
    "#define __PYX_ERR(f, l, L) {\n",
    "#include \"é.h\"\n",
    "#if (1 <<\n",
    "#if 0x\n",
    "#if 9223372036854775807 * 2\n",
    "#if 1 / 0\n",
    "#if é\n",
    "#\n",
    "/* \"é.pyx\":1\n",
    "/* #### Code section: \n",
    "/* Name.proto */\n",
];

fn line_starts(b: &[u8]) -> Vec<usize> {
    let mut v = vec![0];
    v.extend(
        b.iter()
            .enumerate()
            .filter(|(_, &c)| c == b'\n')
            .map(|(i, _)| i + 1),
    );
    v
}

/// The byte range of line `i` with its newline.
fn line(b: &[u8], starts: &[usize], i: usize) -> (usize, usize) {
    let s = starts[i].min(b.len());
    let e = starts.get(i + 1).copied().unwrap_or(b.len());
    (s, e)
}

fn mutate(rng: &mut Rng, input: &[u8]) -> (Vec<u8>, String) {
    let mut b = input.to_vec();
    let starts = line_starts(&b);
    let n = b.len().max(1);
    let pos = rng.below(n);
    let desc;
    match rng.below(11) {
        0 => {
            let bit = 1u8 << rng.below(8);
            if let Some(c) = b.get_mut(pos) {
                *c ^= bit;
            }
            desc = format!("flip bit {bit:#x} of byte {pos}");
        }
        1 => {
            let w = rng.pick(WIDE);
            b.splice(pos..pos, w.bytes());
            desc = format!("insert {w:?} at {pos}");
        }
        2 => {
            // Replace an ASCII byte by a wide character, or one byte of a wide character by an
            // ASCII one (the text stays valid UTF-8 in the first case only).
            let w = rng.pick(WIDE);
            if pos < b.len() {
                b.splice(pos..pos + 1, w.bytes());
            }
            desc = format!("replace byte {pos} by {w:?}");
        }
        3 => {
            let i = rng.below(starts.len());
            let (s, e) = line(&b, &starts, i);
            b.drain(s..e);
            desc = format!("delete line {}", i + 1);
        }
        4 => {
            let i = rng.below(starts.len());
            let (s, e) = line(&b, &starts, i);
            let copy = b[s..e].to_vec();
            b.splice(s..s, copy);
            desc = format!("duplicate line {}", i + 1);
        }
        5 => {
            let i = rng.below(starts.len());
            let count = 1 + rng.below(40);
            let (s, _) = line(&b, &starts, i);
            let (_, e) = line(&b, &starts, (i + count).min(starts.len() - 1));
            b.drain(s..e);
            desc = format!("delete lines {}..{}", i + 1, i + count + 1);
        }
        6 => {
            let i = rng.below(starts.len());
            let j = rng.below(starts.len());
            let (a, b2) = (i.min(j), i.max(j));
            if a != b2 {
                let (s1, e1) = line(&b, &starts, a);
                let (s2, e2) = line(&b, &starts, b2);
                let l1 = b[s1..e1].to_vec();
                let l2 = b[s2..e2].to_vec();
                b.splice(s2..e2, l1);
                b.splice(s1..e1, l2);
            }
            desc = format!("swap lines {} and {}", a + 1, b2 + 1);
        }
        7 => {
            b.truncate(pos);
            desc = format!("truncate at {pos}");
        }
        8 => {
            let s = rng.pick(STRAY);
            b.splice(pos..pos, s.bytes());
            desc = format!("insert {s:?} at {pos}");
        }
        9 => {
            let i = rng.below(starts.len());
            let m = rng.pick(MACRO_LINES);
            let (s, _) = line(&b, &starts, i);
            b.splice(s..s, m.bytes());
            desc = format!("insert {m:?} before line {}", i + 1);
        }
        _ => {
            // A stray character right after a landmark the stages look for, where slicing and
            // scanning code is most likely to be surprised.
            const MARKS: &[&str] = &[
                "/* \"",
                "#if",
                "#define",
                "/* ####",
                "__PYX_ERR(",
                "static ",
                "\"",
                ".proto */",
            ];
            let mark = rng.pick(MARKS).as_bytes();
            let hits: Vec<usize> = b
                .windows(mark.len())
                .enumerate()
                .filter(|(_, w)| *w == mark)
                .map(|(i, _)| i + mark.len())
                .collect();
            let w = if rng.below(2) == 0 {
                rng.pick(WIDE).to_string()
            } else {
                rng.pick(STRAY).to_string()
            };
            if !hits.is_empty() {
                let at = *rng.pick(&hits);
                b.splice(at..at, w.bytes());
                desc = format!(
                    "insert {w:?} after {:?} at {at}",
                    String::from_utf8_lossy(mark)
                );
            } else {
                desc = "no landmark".to_string();
            }
        }
    }
    (b, desc)
}

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn seeds() -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths: Vec<PathBuf> = match std::env::var_os("CY2UPY_FUZZ_SEEDS") {
        Some(dir) => std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("CY2UPY_FUZZ_SEEDS={}: {e}", Path::new(&dir).display()))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "c"))
            .collect(),
        None => vec![
            root.join("tests/data/basics.c"),
            root.join("tests/data/coroutine.c"),
            root.join("examples/hello/hello.c"),
        ],
    };
    paths.sort();
    assert!(!paths.is_empty(), "no seed files");
    paths
        .into_iter()
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (name, text)
        })
        .collect()
}

fn scratch(name: &str) -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("scratch dir");
    d
}

/// Run the tool with a time limit: (exit code, stderr), or an error text on a hang or signal.
fn run_limited(args: &[&std::ffi::OsStr], limit: Duration) -> Result<(i32, String), String> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_cython2upy"))
        .args(args)
        .env("NO_COLOR", "1")
        .env("RUST_BACKTRACE", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    // Read stderr on a thread, so a chatty child cannot block on a full pipe.
    let mut err = child.stderr.take().expect("stderr");
    let reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = std::io::Read::read_to_end(&mut err, &mut s);
        String::from_utf8_lossy(&s).into_owned()
    });
    let t0 = Instant::now();
    loop {
        match child.try_wait().expect("wait") {
            Some(status) => {
                let stderr = reader.join().unwrap_or_default();
                return match status.code() {
                    Some(c) => Ok((c, stderr)),
                    None => Err(format!("killed by a signal ({status})\n{stderr}")),
                };
            }
            None if t0.elapsed() > limit => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("no result after {limit:?} (hang)"));
            }
            None => std::thread::sleep(Duration::from_millis(5)),
        }
    }
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(rd) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(files_under(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// A panic the batch workers caught (exit 2, "internal error") is still a panic.
fn panicked(stderr: &str) -> bool {
    stderr.contains("panicked") || stderr.contains("internal error")
}

/// One case: translate (and every third case also check) the mutated input; the failures found.
fn run_case(dir: &Path, name: &str, input: &[u8], check_too: bool) -> Option<String> {
    let limit = Duration::from_secs(env_usize("CY2UPY_FUZZ_TIMEOUT", 60) as u64);
    let c = dir.join(format!("{name}.c"));
    std::fs::write(&c, input).expect("write input");
    let out_dir = dir.join("out");
    let out_c = out_dir.join("mod.c");
    let mut failures = Vec::new();
    match run_limited(
        &[
            "translate".as_ref(),
            c.as_os_str(),
            "-o".as_ref(),
            out_c.as_os_str(),
        ],
        limit,
    ) {
        Err(e) => failures.push(format!("translate: {e}")),
        Ok((code, stderr)) => {
            let files = files_under(&out_dir);
            let stray: Vec<&PathBuf> = files
                .iter()
                .filter(|p| {
                    p.file_name()
                        .is_some_and(|n| n.to_string_lossy().contains(".tmp"))
                })
                .collect();
            match code {
                0 => {
                    for want in ["mod.c", "micropython.mk", "micropython.cmake"] {
                        if !out_dir.join(want).is_file() {
                            failures.push(format!("translate exited 0 without {want}"));
                        }
                    }
                }
                1 | 2 => {
                    if !files.is_empty() {
                        failures.push(format!(
                            "translate exited {code} but wrote {:?}",
                            files
                                .iter()
                                .map(|p| p.display().to_string())
                                .collect::<Vec<_>>()
                        ));
                    }
                }
                _ => failures.push(format!("translate exited {code}:\n{stderr}")),
            }
            if !stray.is_empty() {
                failures.push(format!("temporary files left: {stray:?}"));
            }
            if code == 2 && !stderr.contains("error") {
                failures.push(format!("translate exited 2 without saying why:\n{stderr}"));
            }
            if panicked(&stderr) {
                failures.push(format!("translate panicked:\n{stderr}"));
            }
        }
    }
    if check_too {
        let before = files_under(dir).len();
        match run_limited(
            &[
                "check".as_ref(),
                "--format".as_ref(),
                "json".as_ref(),
                c.as_os_str(),
            ],
            limit,
        ) {
            Err(e) => failures.push(format!("check: {e}")),
            Ok((code, stderr)) => {
                if !(0..=2).contains(&code) || panicked(&stderr) {
                    failures.push(format!("check exited {code}:\n{stderr}"));
                }
            }
        }
        if files_under(dir).len() != before {
            failures.push("check wrote files".to_string());
        }
    }
    let _ = std::fs::remove_dir_all(&out_dir);
    if failures.is_empty() {
        let _ = std::fs::remove_file(&c);
        None
    } else {
        Some(failures.join("\n"))
    }
}

#[test]
fn mutated_cython_output_never_crashes_the_translator() {
    let cases = env_usize("CY2UPY_FUZZ_CASES", 90);
    let seed = env_usize("CY2UPY_FUZZ_SEED", 1) as u64;
    let workers = env_usize("CY2UPY_FUZZ_JOBS", 2).max(1);
    let seeds = seeds();
    let root = scratch("fuzz");

    // Generate every input up front from one PRNG, so the cases do not depend on scheduling.
    let mut rng = Rng(seed);
    let mut plan = Vec::new();
    for i in 0..cases {
        let (seed_name, text) = &seeds[i % seeds.len()];
        let mut descs = Vec::new();
        let mut input = text.clone();
        for _ in 0..1 + rng.below(4) {
            let (m, d) = mutate(&mut rng, &input);
            input = m;
            descs.push(d);
        }
        plan.push((format!("case{i:04}-{seed_name}"), input, descs.join("; ")));
    }

    let plan = std::sync::Mutex::new(plan.into_iter().enumerate().collect::<Vec<_>>());
    let failures = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for w in 0..workers {
            let (plan, failures, root) = (&plan, &failures, &root);
            s.spawn(move || {
                let dir = root.join(format!("w{w}"));
                std::fs::create_dir_all(&dir).expect("worker dir");
                loop {
                    let Some((i, (name, input, desc))) = plan.lock().unwrap().pop() else {
                        break;
                    };
                    if let Some(f) = run_case(&dir, &name, &input, i % 3 == 0) {
                        failures.lock().unwrap().push(format!(
                            "{name} ({desc}); input kept in {}:\n{f}",
                            dir.display()
                        ));
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    assert!(
        failures.is_empty(),
        "{} of {cases} fuzz cases failed (seed {seed}):\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

/// `tests/data/basics.c` with `copies` extra copies of its `fib` implementation (each renamed),
/// inserted right after the original: real translated code, so every stage does its full work.
fn with_repeated_function(copies: usize) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("tests/data/basics.c")).expect("basics.c");
    let head = "static PyObject *__pyx_pf_6basics_fib(CYTHON_UNUSED PyObject *__pyx_self, int __pyx_v_n) {\n";
    let start = text.find(head).expect("fib's implementation");
    let end = start + text[start..].find("\n}\n").expect("its end") + 3;
    let function = &text[start..end];
    let mut out = String::with_capacity(text.len() + copies * (function.len() + 16));
    out.push_str(&text[..end]);
    for k in 0..copies {
        out.push('\n');
        out.push_str(&function.replace(
            "__pyx_pf_6basics_fib(",
            &format!("__pyx_pf_6basics_fib_{k}("),
        ));
    }
    out.push_str(&text[end..]);
    out
}

/// The CPU time this thread has used, in seconds, where Linux tells it
/// (`/proc/thread-self/schedstat`), so that other work on a shared machine does not count;
/// elsewhere the wall clock.
fn thread_seconds(wall: Instant) -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<u64>().ok())
        .map(|ns| ns as f64 * 1e-9)
        .unwrap_or_else(|| wall.elapsed().as_secs_f64())
}

/// The fastest of a few translations of `text`, in seconds.
fn translation_seconds(tr: &cython2upy::pipeline::Translator, text: &str) -> f64 {
    let wall = Instant::now();
    (0..3)
        .map(|_| {
            let t0 = thread_seconds(wall);
            let Ok(t) = tr.translate("big.c", text.to_string()) else {
                panic!("does not load")
            };
            assert!(
                t.output().is_some(),
                "the repeated-function input translates cleanly"
            );
            thread_seconds(wall) - t0
        })
        .fold(f64::INFINITY, f64::min)
}

/// Translation time grows linearly with the size of the code translated: on `basics.c` with N
/// and with 10N extra copies of a function (N copies about as large as the file), the ten times
/// larger addition costs at most 20 times the time of the smaller one, over the time of the file
/// alone. A linear stage gives about 10 (up to 13 measured on a loaded machine: the larger text
/// no longer fits the caches), a quadratic one about 100: the bound tells the two apart without
/// failing on the noise of a shared machine. (The file's own bulk is mostly utility code that is dropped early, so whole-file sizes
/// would understate the work: the copies are all translated.)
#[test]
fn translation_time_is_linear() {
    let tr =
        cython2upy::pipeline::Translator::new(cython2upy::cli::load_rules(None).expect("rules"));
    let base = with_repeated_function(0);
    let one = with_repeated_function(1).len() - base.len();
    let n = base.len() / one;
    let (small, large) = (with_repeated_function(n), with_repeated_function(10 * n));
    let t0 = translation_seconds(&tr, &base);
    let t1 = translation_seconds(&tr, &small) - t0;
    let t10 = translation_seconds(&tr, &large) - t0;
    let ratio = t10 / t1;
    eprintln!(
        "{} bytes: {t0:.3}s; +{} bytes: +{t1:.3}s; +{} bytes: +{t10:.3}s; x{ratio:.2}",
        base.len(),
        small.len() - base.len(),
        large.len() - base.len()
    );
    assert!(
        ratio <= 20.0,
        "ten times more code took {ratio:.1} times as long (+{t1:.3}s -> +{t10:.3}s)"
    );
}

// ---- regressions: crashes the fuzzer found ------------------------------------------------------

/// `basics.c` with `insert` placed right after the first occurrence of `after`.
fn basics_with(after: &str, insert: &str) -> Vec<u8> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("tests/data/basics.c")).expect("basics.c");
    let at = text.find(after).expect("landmark") + after.len();
    format!("{}{insert}{}", &text[..at], &text[at..]).into_bytes()
}

fn assert_survives(name: &str, input: &[u8]) {
    let dir = scratch(&format!("fuzz-regression-{name}"));
    if let Some(f) = run_case(&dir, name, input, true) {
        panic!("{name}: {f}");
    }
}

/// The preprocessor's expression tokenizer sliced `#if €` inside the character
/// (src/configure.rs).
#[test]
fn regression_wide_character_in_an_if_expression() {
    assert_survives("if-wide", &basics_with("\n#if ", "€"));
    assert_survives("if-wide-op", &basics_with("\n#if ", "1 <€"));
}

/// With the marker of the section that decodes the string table damaged, the table had names
/// but no entries, and a cached tuple naming one of its strings made the ROM tuples' definition
/// index past the entries (src/tuples.rs).
#[test]
fn regression_string_table_without_entries() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("tests/data/basics.c")).expect("basics.c");
    // A cached tuple that holds a string, and the section's marker damaged.
    let with_string = text.replacen(
        "PyObject* __pyx_temp[1] = {((PyObject*)__pyx_mstate_global->__pyx_int_2)};",
        "PyObject* __pyx_temp[1] = {((PyObject*)__pyx_mstate_global->__pyx_n_u_GREETING)};",
        1,
    );
    let damaged = with_string.replacen(
        "/* #### Code section: init_constants",
        "/* ####; Code section: init_constants",
        1,
    );
    assert!(with_string != text && damaged != with_string, "landmarks");
    assert_survives("no-string-entries", damaged.as_bytes());
}

/// The identifier before a `(` in a utility block's first line was found by byte arithmetic
/// that split a character before it (src/parse.rs, `trailing_ident`).
#[test]
fn regression_wide_character_before_a_function_name() {
    assert_survives(
        "proto-wide",
        &basics_with(
            "(used by UnpackUnboundCMethod_impl) */\n",
            "static é(void);\n",
        ),
    );
    assert_survives(
        "proto-wide-2",
        &basics_with("(used by UnpackUnboundCMethod_impl) */\n", "int x é("),
    );
}
