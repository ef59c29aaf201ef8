//! The `koban` command line.

use std::path::PathBuf;

use anyhow::Context;
use clap::{Parser, Subcommand};
use tokio_util::sync::CancellationToken;

#[derive(Parser)]
#[command(
    name = "koban",
    version,
    about = "Community-policing chat bot for Telegram and Matrix"
)]
struct Cli {
    /// Configuration file (see config.example.toml).
    #[arg(
        long,
        short,
        env = "KOBAN_CONFIG",
        default_value = "koban.toml",
        global = true
    )]
    config: PathBuf,
    /// Log format.
    #[arg(long, value_enum, default_value = "text", global = true)]
    log_format: LogFormat,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum LogFormat {
    Text,
    Json,
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Check that no entry was changed, removed or put in between (exit
    /// code 1 if one was).
    Verify,
    /// The newest entries, with their content while it is kept.
    List {
        #[arg(long, default_value_t = 50)]
        limit: i64,
    },
}

#[derive(Subcommand)]
enum Command {
    /// Run the bot (the default).
    Run,
    /// Check the configuration and exit.
    CheckConfig,
    /// List outgoing messages that wait or failed; retry failed ones.
    Outbox {
        /// Send every failed message again.
        #[arg(long, conflicts_with = "retry_id")]
        retry: bool,
        /// Send this failed message again.
        #[arg(long)]
        retry_id: Option<i64>,
        /// At most this many rows per status.
        #[arg(long, default_value_t = 50)]
        limit: i64,
    },
    /// List inbound events set aside as unprocessable; process them again.
    Inbox {
        /// Process every set-aside event again.
        #[arg(long, conflicts_with = "retry_id")]
        retry: bool,
        /// Process this event again.
        #[arg(long)]
        retry_id: Option<i64>,
        /// At most this many rows.
        #[arg(long, default_value_t = 50)]
        limit: i64,
    },
    /// The moderation audit log: check its hash chain, or list entries.
    Audit {
        #[command(subcommand)]
        what: AuditCommand,
    },
    /// Write a QR code (PNG or SVG) for a deep link that opens the bot on a
    /// topic, an area or the menu: for posters and flyers.
    Qr {
        /// What the link opens: menu, advice, advice_<topic>, rights,
        /// rights_<topic>, contact, areas, area_<id>, privacy, ask, report,
        /// myreports, events, language.
        payload: String,
        /// The bot's Telegram username.
        #[arg(long)]
        bot: String,
        /// Output file, .png or .svg.
        #[arg(long, short)]
        out: PathBuf,
    },
}

fn init_tracing(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| {
        tracing_subscriber::EnvFilter::new("info,matrix_sdk=warn,matrix_sdk_base=warn,sqlx=warn")
    });
    // Colour codes only on a terminal: not in journald, files or pipes.
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Text => builder.init(),
        LogFormat::Json => builder.json().init(),
    }
}

async fn shutdown_signal(token: CancellationToken) {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(e) => {
                tracing::error!(error = %e, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => tracing::info!("Ctrl-C received"),
        _ = term => tracing::info!("SIGTERM received"),
    }
    token.cancel();
}

async fn open_store(
    config: &koban::config::Config,
) -> anyhow::Result<std::sync::Arc<dyn koban::storage::Store>> {
    koban::storage::connect(&config.database_url(), 1)
        .await
        .context("opening the database")
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    init_tracing(cli.log_format);
    if let Some(Command::Qr { payload, bot, out }) = &cli.command {
        let link = koban::qr::deep_link(bot, payload)?;
        koban::qr::write(&link, out)?;
        println!("{link} → {}", out.display());
        return Ok(());
    }
    let config = koban::config::Config::load(&cli.config)
        .with_context(|| format!("loading {}", cli.config.display()))?;
    match cli.command.unwrap_or(Command::Run) {
        Command::CheckConfig => {
            let localizer = koban::i18n::Localizer::load(
                &config.zone.default_language,
                config.content_dir.as_deref(),
            )?;
            koban::app::check_category_names(&config, &localizer)?;
            // The word lists (also the zone's) and patterns must compile.
            let moderation = koban::features::moderation::ModerationSettings::from_config(&config)
                .map_err(|e| anyhow::anyhow!(e))?;
            println!(
                "configuration OK: {} queue(s), database {}, {}",
                config.queues.len(),
                if config.database_url().starts_with("sqlite:") {
                    "SQLite"
                } else {
                    "PostgreSQL"
                },
                match moderation {
                    Some(m) => format!("screening with {} configured rules", m.rules.len()),
                    None => "no screening (moderation.room is not set)".to_owned(),
                }
            );
            Ok(())
        }
        Command::Qr { .. } => Ok(()),
        Command::Outbox {
            retry,
            retry_id,
            limit,
        } => {
            let store = open_store(&config).await?;
            let retry = (retry || retry_id.is_some()).then_some(retry_id);
            let now = koban::clock::Clock::now_ms(&koban::clock::SystemClock);
            print!(
                "{}",
                koban::admin::outbox(&*store, retry, limit, now).await?
            );
            Ok(())
        }
        Command::Inbox {
            retry,
            retry_id,
            limit,
        } => {
            let store = open_store(&config).await?;
            let retry = (retry || retry_id.is_some()).then_some(retry_id);
            let now = koban::clock::Clock::now_ms(&koban::clock::SystemClock);
            print!("{}", koban::admin::inbox(&*store, retry, limit, now).await?);
            Ok(())
        }
        Command::Audit { what } => {
            let store = open_store(&config).await?;
            match what {
                AuditCommand::Verify => {
                    let (intact, report) = koban::admin::audit_verify(&*store).await?;
                    print!("{report}");
                    if !intact {
                        std::process::exit(1);
                    }
                }
                AuditCommand::List { limit } => {
                    print!("{}", koban::admin::audit_list(&*store, limit).await?);
                }
            }
            Ok(())
        }
        Command::Run => {
            let token = CancellationToken::new();
            tokio::spawn(shutdown_signal(token.clone()));
            koban::app::run(config, token).await
        }
    }
}
