//! Running the binary and making temporary inputs.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The repository root (where `samples/` and `data/` are).
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

/// `marsad ARGS` to run from `cwd`, with stdout and stderr piped and the
/// environment that picks knowledge, store or log level removed.
pub fn command(args: &[&str], cwd: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_marsad"));
    cmd.args(args)
        .current_dir(cwd)
        .env_remove("MARSAD_KNOWLEDGE")
        .env_remove("MARSAD_LOG")
        .env_remove("MARSAD_STORE")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd
}

/// `marsad ARGS` run from the repository root, with `stdin` fed in.
pub fn marsad(args: &[&str], stdin: &str) -> Output {
    marsad_in(&repo(), args, stdin)
}

/// `marsad ARGS` run from `cwd`, with `stdin` fed in.
pub fn marsad_in(cwd: &Path, args: &[&str], stdin: &str) -> Output {
    let mut child = command(args, cwd).stdin(Stdio::piped()).spawn().expect("the marsad binary runs");
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.as_bytes()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

/// Stdout as UTF-8.
pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

/// Stderr as UTF-8.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The JSON values of a JSON Lines output.
pub fn json_lines(o: &Output) -> Vec<serde_json::Value> {
    stdout(o).lines().map(|l| serde_json::from_str(l).expect("each line is JSON")).collect()
}

/// A fresh, empty temporary directory for one test.
///
/// In cargo's scratch directory for the tests (`target/tmp/`), not the system temp dir, where
/// every run left its `marsad-cli-<pid>-*` folders (296 were found); the first call of a run
/// removes what earlier runs left.
pub fn tempdir(name: &str) -> PathBuf {
    static ROOT: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    let root = ROOT.get_or_init(|| {
        let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("marsad-cli-tests");
        let _ = std::fs::remove_dir_all(&root);
        root.join(std::process::id().to_string())
    });
    let d = root.join(name);
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}
