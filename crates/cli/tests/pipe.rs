use std::process::Stdio;

use crate::util::*;

/// Runs `marsad ARGS` with stdout a pipe whose read end is closed before the
/// binary writes anything (it loads its knowledge first), as `| head -1` does
/// once it has its line. Returns the exit status and stderr.
fn into_closed_pipe(args: &[&str]) -> (std::process::ExitStatus, String) {
    let mut child = command(args, &repo()).stdin(Stdio::null()).spawn().expect("the marsad binary runs");
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    (out.status, String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn report_commands_end_quietly_when_the_reader_goes_away() {
    let sample = "samples/000_bcd612af37a1282d.txt";
    for args in [vec!["explain", sample, "--all"], vec!["analyze", sample, "--jsonl"]] {
        let (status, err) = into_closed_pipe(&args);
        assert!(!err.contains("panicked"), "marsad {args:?} panicked on a closed pipe:\n{err}");
        assert!(status.success(), "marsad {args:?} exited {status:?} on a closed pipe:\n{err}");
    }
}
