//! `marsad lexicon`: check the actor, place and trigger data, or show what it finds in text.

use std::io::{Read, Write};
use std::path::PathBuf;

use anyhow::{bail, Context};
use marsad_lexicon::Lexicon;

use crate::knowledge::Knowledge;

/// Actor and place knowledge (data/actors, data/places); `check` reads data/triggers too.
#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  marsad lexicon check\n  marsad lexicon check data --user marsad-data\n  \
echo 'قصفت القوات التركية مواقع لقسد قرب مدينة الباب' | marsad lexicon find"
)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand)]
enum Command {
    /// Validate a data directory: duplicate ids, aliases claimed by two actors without a rule, aliases not in
    /// clean form, places without coordinates, unknown admin parents; in triggers/, what stops the files
    /// loading (unfolded words, a repeated id, an unknown kind) and a phrase listed twice in one list of a
    /// trigger or cue (forms, with, unless_prev, …); whatever stops dates/ and boilerplate.toml loading,
    /// and a chrome rule that misses an example or takes a counterexample. Prints `file:line: message` (or
    /// `file: message`) per problem and fails if there is any; a word that triggers of two types fire on,
    /// neither with `with` words, a metonym two actors list, and a `.toml`/`.tsv` file that is not read
    /// (in a subfolder of actors/ or places/, in the root, named `*.TOML`) are warnings.
    #[command(
        after_help = "Examples:\n  marsad lexicon check\n  marsad lexicon check data --user marsad-data\n  \
marsad lexicon check --knowledge ~/team-knowledge"
    )]
    Check {
        /// The data directory (holding actors/, places/ and triggers/); by default the knowledge every
        /// other command uses (`--knowledge`, `MARSAD_KNOWLEDGE`, `./data`).
        data: Option<PathBuf>,
        /// A user data directory loaded on top (e.g. marsad-data with imported places).
        #[arg(long)]
        user: Option<PathBuf>,
    },
    /// Print every actor and place mention in text read from stdin: span, id, text, rule.
    #[command(
        after_help = "Example:\n  echo 'قصفت القوات التركية مواقع لقسد قرب مدينة الباب' | marsad lexicon find"
    )]
    Find {
        /// Load this data directory instead of the knowledge every other command uses (`--knowledge`,
        /// `MARSAD_KNOWLEDGE`, `./data` when it exists, else the data compiled into marsad).
        #[arg(long)]
        data: Option<PathBuf>,
        /// A user data directory loaded on top (e.g. marsad-data with imported places).
        #[arg(long)]
        user: Option<PathBuf>,
    },
}

pub fn run(args: Args, knowledge: &Knowledge) -> anyhow::Result<()> {
    match args.command {
        // Checked where `analyze` reads it: `--knowledge DIR` was ignored and ./data checked instead.
        Command::Check { data, user } => match data.or_else(|| knowledge.dir().map(PathBuf::from)) {
            Some(data) => check(data, user),
            // Outside a checkout (no ./data), as every other command: the knowledge built into marsad.
            None => check_embedded(user),
        },
        // An analyst checking an alias they just added must see the same lexicon `analyze` uses.
        Command::Find { data, user } => find(data.or_else(|| knowledge.dir().map(PathBuf::from)), user),
    }
}

/// `lexicon check` with no knowledge directory: the knowledge built into marsad, which its build
/// checked, and a user directory over it.
fn check_embedded(user: Option<PathBuf>) -> anyhow::Result<()> {
    let Some(user) = user else {
        writeln!(
            std::io::stdout(),
            "ok: the knowledge built into marsad (no ./data here, no --knowledge); give a directory to check its files"
        )?;
        return Ok(());
    };
    must_be_dir(&user)?;
    match Lexicon::embedded_with(&user) {
        Ok(lexicon) => {
            writeln!(
                std::io::stdout(),
                "ok: {} over the knowledge built into marsad ({} actors and places)",
                user.display(),
                lexicon.entities().count()
            )?;
            Ok(())
        }
        Err(marsad_lexicon::Error::Invalid(problems)) => {
            for p in &problems {
                eprintln!("{p}");
            }
            bail!("{} problem(s) in {}", problems.len(), user.display())
        }
        Err(e) => Err(e).with_context(|| format!("loading {}", user.display())),
    }
}

/// A directory given to check: one that does not exist is named as such.
fn must_be_dir(dir: &std::path::Path) -> anyhow::Result<()> {
    if !dir.exists() {
        bail!("{} does not exist (give the data directory holding actors/ and places/)", dir.display());
    }
    if !dir.is_dir() {
        bail!("{} is not a directory (give the data directory holding actors/ and places/)", dir.display());
    }
    Ok(())
}

fn check(data: PathBuf, user: Option<PathBuf>) -> anyhow::Result<()> {
    must_be_dir(&data)?;
    if let Some(u) = &user {
        must_be_dir(u)?;
    }
    if !["actors", "places", "triggers"].iter().any(|d| data.join(d).is_dir()) {
        bail!("{} holds none of actors/, places/, triggers/: give a marsad data directory", data.display());
    }
    let is_error = |p: &marsad_lexicon::Problem| !p.message.starts_with("warning:");
    let mut problems = marsad_lexicon::check(&data);
    let data_errors = problems.iter().filter(|p| is_error(p)).count();
    let mut user_errors = 0;
    if let Some(u) = &user {
        problems.extend(marsad_lexicon::unread_files(u));
        if data_errors == 0 {
            // A user directory is checked together with the data it extends.
            match Lexicon::from_dirs(&[data.as_path(), u.as_path()]) {
                Ok(_) => {}
                Err(marsad_lexicon::Error::Invalid(ps)) => {
                    user_errors = ps.len();
                    problems.extend(ps);
                }
                Err(e) => return Err(e).context("loading the user data directory"),
            }
        }
    }
    for p in &problems {
        eprintln!("{p}");
    }
    let triggers = data.join("triggers");
    let check = triggers.is_dir().then(|| marsad_coder::check_dir(&triggers));
    for f in check.iter().flat_map(|c| &c.findings) {
        eprintln!("{f}");
    }
    let others = other_knowledge_problems(&data);
    for p in &others {
        eprintln!("{p}");
    }
    let errors = data_errors + check.as_ref().map_or(0, |c| c.errors()) + others.len();
    // Name the directory the problems are in: with --user they are often all in the user's files.
    match (&user, errors, user_errors) {
        (_, 0, 0) => {}
        (Some(u), 0, n) => bail!("{n} problem(s) in {} (loaded on top of {})", u.display(), data.display()),
        (Some(u), e, n) if n > 0 => bail!("{} problem(s) in {} and {}", e + n, data.display(), u.display()),
        (_, e, _) => bail!("{e} problem(s) in {}", data.display()),
    }
    let dirs: Vec<&std::path::Path> = std::iter::once(data.as_path()).chain(user.as_deref()).collect();
    let lex = Lexicon::from_dirs(&dirs).context("loading the checked data")?;
    let places = lex.entities().filter(|e| e.kind.is_place()).count();
    writeln!(
        std::io::stdout(),
        "ok: {} actors, {} places, {} alias keys",
        lex.entities().count() - places,
        places,
        lex.alias_count()
    )?;
    if let Some(check) = check {
        let rules = &check.rules;
        let warnings = check.findings.len();
        let sets = rules.words.as_ref().map_or(0, |w| w.sets().len());
        writeln!(
            std::io::stdout(),
            "ok: {} triggers, {} cues, {sets} word sets, {warnings} warning(s)",
            rules.triggers.len(),
            rules.cues.len()
        )?;
    }
    Ok(())
}

/// What stops the rest of the knowledge the analysing commands load from `data` loading — the
/// dates (`dates/`) and the site chrome rules (`boilerplate.toml`) — and the chrome rules'
/// examples they miss or counterexamples they take. `check` passed a directory on which every
/// analysing command stopped (a broken `dates/relative.toml`, a bad regular expression), and a
/// rule whose examples did not match loaded in silence.
fn other_knowledge_problems(data: &std::path::Path) -> Vec<String> {
    let mut out = Vec::new();
    if let Err(e) = marsad_dates::DateReader::from_dir(&data.join("dates")) {
        // The message names the file (`…/dates/relative.toml: …`).
        out.push(e.to_string());
    }
    let boilerplate = data.join("boilerplate.toml");
    match marsad_ingest::Reader::from_dir(data) {
        Ok(reader) => out.extend(
            reader.rules().example_problems().into_iter().map(|p| format!("{}: {p}", boilerplate.display())),
        ),
        Err(e) => out.push(e.to_string()),
    }
    out
}

fn find(data: Option<PathBuf>, user: Option<PathBuf>) -> anyhow::Result<()> {
    // An entry the analyst is looking for may sit in a file the loader skips (places/aleppo/…).
    for dir in data.iter().chain(&user) {
        for p in marsad_lexicon::unread_files(dir) {
            tracing::warn!("{}: {}", p.file, p.message.trim_start_matches("warning: "));
        }
    }
    let lex = match (data, user) {
        (Some(d), Some(u)) => Lexicon::from_dirs(&[d.as_path(), u.as_path()]).context("loading the data")?,
        (Some(d), None) => Lexicon::from_dir(&d).with_context(|| format!("loading {}", d.display()))?,
        (None, Some(u)) => Lexicon::embedded_with(&u).with_context(|| format!("loading {}", u.display()))?,
        (None, None) => Lexicon::embedded(),
    };
    let mut raw = String::new();
    std::io::stdin().read_to_string(&mut raw).context("reading stdin")?;
    let text = marsad_text::clean(&raw).text;
    let mut out = std::io::stdout().lock();
    for m in lex.find(&text) {
        writeln!(out, "{}..{}\t{}\t{}\t{}", m.span.start, m.span.end, m.entity_id, m.text, m.rule)?;
    }
    Ok(())
}
