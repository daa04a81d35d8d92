use std::process::Stdio;

use crate::util::*;

/// Runs `marsad ARGS` with stdout a pipe whose read end is closed before the
/// binary writes anything (it loads its knowledge first), as `| head -1` does
/// once it has its line. Returns the exit status and stderr.
fn into_closed_pipe(args: &[&str]) -> (std::process::ExitStatus, String) {
    into_closed_pipe_from(args, None)
}

/// [`into_closed_pipe`] with `stdin` given to the command (for the `--jsonl` filters).
fn into_closed_pipe_from(args: &[&str], stdin: Option<&str>) -> (std::process::ExitStatus, String) {
    use std::io::Write;
    let input = if stdin.is_some() { Stdio::piped() } else { Stdio::null() };
    let mut child = command(args, &repo()).stdin(input).spawn().expect("the marsad binary runs");
    drop(child.stdout.take());
    if let (Some(text), Some(mut pipe)) = (stdin, child.stdin.take()) {
        // The command may stop reading once its output is gone.
        let _ = pipe.write_all(text.as_bytes());
    }
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

/// `lexicon check` and `bench` printed with `println!`, which panics on a closed pipe (exit 101); the
/// `--jsonl` filters and `search --json` wrote through serde_json, whose error hid the broken pipe
/// (`ERROR Broken pipe`, exit 2). All end quietly now, as `analyze` does.
#[test]
fn every_printing_command_ends_quietly_when_the_reader_goes_away() {
    let (status, err) = into_closed_pipe(&["lexicon", "check"]);
    assert!(!err.contains("panicked") && status.success(), "lexicon check: {status:?}\n{err}");
    let line = r#"{"id":"a","text":"قصفت الطائرات مدينة إدلب في 22 تموز 2024.","published":"2024-11-05"}"#;
    let lines = format!("{line}\n").repeat(2000);
    for args in [["clean", "--jsonl"], ["fold", "--jsonl"], ["dates", "--jsonl"]] {
        let (status, err) = into_closed_pipe_from(&args, Some(&lines));
        assert!(!err.contains("panicked"), "marsad {args:?} panicked on a closed pipe:\n{err}");
        assert!(
            status.success() && !err.contains("Broken pipe"),
            "marsad {args:?} exited {status:?}:\n{err}"
        );
    }
}
