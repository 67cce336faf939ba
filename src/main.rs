use clap::Parser;
use cython2upy::cli::{run, Cli};

fn main() {
    restore_default_sigpipe();
    let cli = Cli::parse();
    let code = match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            2
        }
    };
    std::process::exit(code);
}

/// Output into a closed pipe (`cython2upy rules list | head`) ends the program quietly, as it
/// ends other command-line tools. Rust programs ignore SIGPIPE, which turns every later `print!`
/// into a panic.
#[cfg(unix)]
fn restore_default_sigpipe() {
    extern "C" {
        fn signal(signum: i32, handler: usize) -> usize;
    }
    const SIGPIPE: i32 = 13; // the same number on Linux, macOS and the BSDs
    const SIG_DFL: usize = 0;
    // SAFETY: installs the default disposition for one signal before any thread is started.
    unsafe {
        signal(SIGPIPE, SIG_DFL);
    }
}

#[cfg(not(unix))]
fn restore_default_sigpipe() {}
