//! A real PostgreSQL server for tests: [`cluster`] starts one per test process (initdb into a
//! temporary directory, `pg_ctl start` on a free port of 127.0.0.1) the first time a test asks,
//! and [`Cluster::database`] makes a fresh database for each test.
//!
//! The server is stopped (`pg_ctl stop -m fast`) and its directory removed when the test process
//! ends, however it ends: a small watcher process started with it waits for the test process to
//! go. PostgreSQL missing is a test failure that says to run `./scripts/test` (which installs it),
//! never a silent skip.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

/// A running PostgreSQL server of this test process.
#[derive(Debug)]
pub struct Cluster {
    dir: PathBuf,
    port: u16,
    bin: PathBuf,
}

/// The server of this test process, started on first use.
///
/// # Panics
///
/// PostgreSQL is not installed, or the server does not start (the message says why).
pub fn cluster() -> &'static Cluster {
    static CLUSTER: OnceLock<Cluster> = OnceLock::new();
    CLUSTER.get_or_init(|| Cluster::start().unwrap_or_else(|e| panic!("{e}")))
}

/// PostgreSQL's programs (initdb, pg_ctl): `pg_config --bindir`, else the newest
/// /usr/lib/postgresql/*/bin holding initdb.
fn bin_dir() -> Option<PathBuf> {
    let from_config = Command::new("pg_config")
        .arg("--bindir")
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()));
    if let Some(dir) = from_config.filter(|d| d.join("initdb").is_file() && d.join("pg_ctl").is_file()) {
        return Some(dir);
    }
    let mut found: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let version = e.file_name().to_string_lossy().parse::<u32>().ok()?;
            let bin = e.path().join("bin");
            (bin.join("initdb").is_file() && bin.join("pg_ctl").is_file()).then_some((version, bin))
        })
        .collect();
    found.sort();
    found.pop().map(|(_, bin)| bin)
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

/// Runs a PostgreSQL program, as the `postgres` user when this process is root (initdb refuses
/// to run as root).
fn run_pg(bin: &Path, program: &str, args: &[&str]) -> Result<(), String> {
    let path = bin.join(program);
    let mut command = if is_root() {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(&path);
        c
    } else {
        Command::new(&path)
    };
    let out = command.args(args).output().map_err(|e| format!("cannot run {}: {e}", path.display()))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{} {} failed ({}):\n{}{}",
            path.display(),
            args.join(" "),
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

impl Cluster {
    fn start() -> Result<Cluster, String> {
        let bin = bin_dir().ok_or(
            "PostgreSQL is not installed here (no initdb in `pg_config --bindir` or /usr/lib/postgresql/*/bin): \
             run ./scripts/test, which installs it (Debian package postgresql), or install it yourself",
        )?;
        let dir = std::env::temp_dir().join(format!("marsad-pg-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        if is_root() {
            let status = Command::new("chown")
                .args(["-R", "postgres:postgres"])
                .arg(&dir)
                .status()
                .map_err(|e| format!("chown: {e}"))?;
            if !status.success() {
                return Err(format!("cannot give {} to the postgres user", dir.display()));
            }
        }
        let data = dir.join("data");
        let (d, s) = (data.to_string_lossy().to_string(), dir.to_string_lossy().to_string());
        run_pg(&bin, "initdb", &["-D", &d, "-U", "test", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"])?;
        // A free port: the one the OS gives a listener, free again once it is dropped.
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map_err(|e| format!("no free port: {e}"))?
            .port();
        let options = format!(
            "-p {port} -k {s} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off \
             -c full_page_writes=off -c max_connections=50"
        );
        let log = dir.join("log").to_string_lossy().to_string();
        run_pg(&bin, "pg_ctl", &["-D", &d, "-o", &options, "-l", &log, "-w", "start"]).map_err(|e| {
            format!("{e}\nserver log:\n{}", std::fs::read_to_string(&log).unwrap_or_default())
        })?;
        // Stops the server and removes its directory once this process is gone, however it ends.
        let pg_ctl = bin.join("pg_ctl");
        let stop = if is_root() {
            format!("runuser -u postgres -- {} -D {d} -m fast stop", pg_ctl.display())
        } else {
            format!("{} -D {d} -m fast stop", pg_ctl.display())
        };
        let watcher = format!(
            "while kill -0 {pid} 2>/dev/null; do sleep 1; done; {stop} >/dev/null 2>&1; rm -rf {s}",
            pid = std::process::id()
        );
        Command::new("setsid")
            .args(["sh", "-c", &watcher])
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start the watcher that stops the test server: {e}"))?;
        Ok(Cluster { dir, port, bin })
    }

    /// The server's port on 127.0.0.1.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The server's directory (data, log, socket).
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// PostgreSQL's programs.
    pub fn bin(&self) -> &Path {
        &self.bin
    }

    /// The address of database `name` on this server (no database is made).
    pub fn url(&self, name: &str) -> String {
        format!("postgres://test@127.0.0.1:{}/{name}", self.port)
    }

    /// A new, empty database named after `prefix` (and a counter of this process); its address.
    ///
    /// # Panics
    ///
    /// The server refuses.
    pub fn database(&self, prefix: &str) -> String {
        self.create(prefix, "")
    }

    /// A new database named after `prefix`, a copy of the database at `template` (made by
    /// [`Cluster::database`] on this server, and no longer connected to: PostgreSQL copies only
    /// a database nobody uses); its address. Much faster than filling a database again.
    ///
    /// # Panics
    ///
    /// The server refuses.
    pub fn copy_of(&self, prefix: &str, template: &str) -> String {
        let name = template.rsplit('/').next().unwrap_or_default();
        assert!(name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'), "{template}");
        self.create(prefix, &format!(" TEMPLATE {name}"))
    }

    fn create(&self, prefix: &str, options: &str) -> String {
        static N: AtomicUsize = AtomicUsize::new(0);
        let clean: String = prefix
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '_' })
            .collect();
        let name = format!("{clean}_{}", N.fetch_add(1, Ordering::Relaxed));
        let mut client = postgres::Client::connect(&self.url("postgres"), postgres::NoTls)
            .expect("connect to the test server");
        client.batch_execute(&format!("CREATE DATABASE {name}{options}")).expect("create a test database");
        self.url(&name)
    }
}
