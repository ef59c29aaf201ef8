//! Wiring: storage, locales, the Matrix and Telegram adapters, the inbox
//! processor and the delivery workers; and graceful shutdown.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use tokio::sync::Notify;
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

use crate::clock::{SharedClock, SystemClock};
use crate::config::Config;
use crate::delivery::{Sender, Worker};
use crate::domain::area::Areas;
use crate::features::engine::EngineSettings;
use crate::i18n::Localizer;
use crate::lease::Lease;
use crate::pipeline::{ConversationExpiry, Pipeline, Retention, TargetWatch};
use crate::ports::MediaSource;
use crate::{matrix, storage, telegram};

/// How long in-flight work may take to finish after a shutdown signal.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(20);

/// Runs koban until `shutdown` fires, then lets in-flight work finish: events
/// already recorded but not processed, and messages not yet delivered, stay
/// in the database for the next start.
pub async fn run(config: Config, shutdown: CancellationToken) -> anyhow::Result<()> {
    run_with_clock(config, Arc::new(SystemClock), shutdown).await
}

pub async fn run_with_clock(
    config: Config,
    clock: SharedClock,
    shutdown: CancellationToken,
) -> anyhow::Result<()> {
    std::fs::create_dir_all(&config.data_dir)
        .with_context(|| format!("creating data directory {}", config.data_dir.display()))?;
    let store = storage::connect(&config.database_url(), config.database.max_connections)
        .await
        .context("opening the database")?;
    // One koban per database: wait as a standby while another holds it.
    let Some(lease) = Lease::acquire(store.clone(), clock.clone(), &shutdown)
        .await
        .context("taking the database lease")?
    else {
        tracing::info!("stopped while waiting as a standby");
        return Ok(());
    };
    // Delivery workers claim outbox rows under this process's name, fenced
    // by the lease's generation.
    let claimant = lease.claimant(format!(
        "pid{}-gen{}",
        std::process::id(),
        lease.generation()
    ));
    let lease_stop = CancellationToken::new();
    let mut lease_task = tokio::spawn(lease.keep(lease_stop.clone()));
    // Released however this function ends, early errors included.
    let _lease_guard = lease_stop.clone().drop_guard();
    let localizer = Arc::new(
        Localizer::load(&config.zone.default_language, config.content_dir.as_deref())
            .context("loading locales")?,
    );
    tracing::info!(languages = ?localizer.languages().collect::<Vec<_>>(), "locales loaded");
    check_category_names(&config, &localizer)?;

    let default_queue = config.default_queue().clone();
    let settings = EngineSettings {
        zone: config.zone.clone(),
        areas: load_areas(&config)?,
        default_queue_id: default_queue.id.clone(),
        default_queue_room: default_queue.room.clone(),
        queue_rooms: config
            .queues
            .iter()
            .map(|q| (q.id.clone(), q.room.clone()))
            .collect(),
        routes: config.routes.clone(),
        report: config.report.clone(),
        desks: config
            .queues
            .iter()
            .map(|q| {
                Ok(crate::features::engine::QueueDesk {
                    id: q.id.clone(),
                    name: q.name.clone(),
                    hours: crate::domain::hours::BusinessHours::parse(&q.hours, &q.timezone)
                        .map_err(|e| anyhow::anyhow!("queue {}: {e}", q.id))?,
                    targets: crate::domain::hours::Targets {
                        first_response_minutes: q.first_response_minutes,
                        resolution_hours: q.resolution_hours,
                    },
                    officer_names: q.officer_names,
                })
            })
            .collect::<anyhow::Result<Vec<_>>>()?,
    };

    let inbox_wake = Arc::new(Notify::new());
    let matrix_wake = Arc::new(Notify::new());
    let telegram_wake = Arc::new(Notify::new());
    let mut tasks = JoinSet::new();
    let workers = CancellationToken::new();

    // Matrix: officers always work there.
    let client = matrix::connect(&config.matrix, &config.data_dir.join("matrix"), &store)
        .await
        .context("connecting to Matrix")?;
    let install_id = matrix::install_id(&store).await?;
    let calendar_id = install_id.clone();
    let bot_user = client
        .user_id()
        .map(|u| u.to_string())
        .unwrap_or_else(|| config.matrix.user.clone());
    let mut bot_links = crate::features::BotLinks {
        telegram: None,
        matrix: Some(bot_user.clone()),
    };
    let sync = matrix::SyncLoop {
        client: client.clone(),
        store: store.clone(),
        clock: clock.clone(),
        bot_user,
        // Officers' rooms: the queues and the coordination room.
        queue_rooms: config
            .queues
            .iter()
            .map(|q| q.room.clone())
            .chain(Some(config.coordination.room.clone()).filter(|r| !r.is_empty()))
            .chain(Some(config.moderation.room.clone()).filter(|r| !r.is_empty()))
            .collect::<HashSet<_>>(),
        news_rooms: config
            .events
            .channels
            .iter()
            .filter(|c| c.channel() == crate::domain::Channel::Matrix)
            .map(|c| c.chat.clone())
            .collect(),
        accept_invites: config.matrix.accept_resident_invites,
        timeout_secs: config.matrix.sync_timeout_secs,
        wake: inbox_wake.clone(),
    };
    // A short first round (no long-poll) so that rooms are known to the
    // client; Telegram and deliveries do not wait for it, and an unreachable
    // homeserver only delays the Matrix side.
    if let Err(e) = sync.sync_round(true).await {
        tracing::warn!(error = %e, "first Matrix sync failed; retrying in the background");
    }
    let matrix_sender: Arc<dyn Sender> = Arc::new(matrix::MatrixSender {
        client: client.clone(),
        store: store.clone(),
        localizer: localizer.clone(),
        install_id,
    });
    let matrix_media: Arc<dyn MediaSource> = Arc::new(matrix::MatrixMedia::new(client.clone()));
    {
        let token = workers.clone();
        tasks.spawn(async move { sync.run(token).await });
    }
    spawn_worker(
        &mut tasks,
        &workers,
        &config,
        &store,
        &clock,
        matrix_sender,
        &matrix_wake,
        &claimant,
    );

    let mut telegram_media: Option<Arc<dyn MediaSource>> = None;
    let mut wake_delivery = vec![matrix_wake.clone()];
    if config.telegram.enabled {
        let bot = telegram::bot(&config.telegram).context("telegram.api_url")?;
        let token = config.telegram.token.expose().to_owned();
        let me = {
            use teloxide::requests::Requester;
            bot.get_me().await.map_err(|e| {
                anyhow::anyhow!(
                    "Telegram getMe failed (is the token right?): {}",
                    telegram::redact(&e.to_string(), &token)
                )
            })?
        };
        tracing::info!(bot = %me.username(), "telegram bot ready");
        bot_links.telegram = Some(me.username().to_owned());
        telegram::set_commands(&bot, &localizer, &token).await;
        let receive = telegram::ReceiveLoop {
            bot: bot.clone(),
            token: token.clone(),
            store: store.clone(),
            clock: clock.clone(),
            poll_timeout_secs: config.telegram.poll_timeout_secs,
            wake: inbox_wake.clone(),
        };
        {
            let shutdown = workers.clone();
            tasks.spawn(async move { receive.run(shutdown).await });
        }
        let sender: Arc<dyn Sender> = Arc::new(telegram::TelegramSender::new(
            bot.clone(),
            token.clone(),
            store.clone(),
            config.telegram.max_messages_per_second,
        ));
        spawn_worker(
            &mut tasks,
            &workers,
            &config,
            &store,
            &clock,
            sender,
            &telegram_wake,
            &claimant,
        );
        telegram_media = Some(Arc::new(telegram::TelegramMedia { bot, token }));
        wake_delivery.push(telegram_wake.clone());
    }

    let expiry = ConversationExpiry {
        store: store.clone(),
        clock: clock.clone(),
        lifetimes: settings.lifetimes(),
        wake: inbox_wake.clone(),
    };
    {
        let token = workers.clone();
        tasks.spawn(async move { expiry.run(token).await });
    }
    let retention = Retention {
        store: store.clone(),
        clock: clock.clone(),
        days: config.zone.retention_days,
        audit_days: config.moderation.audit_retention_days,
        wake_delivery: matrix_wake.clone(),
    };
    {
        let token = workers.clone();
        tasks.spawn(async move { retention.run(token).await });
    }
    let watch = TargetWatch {
        store: store.clone(),
        clock: clock.clone(),
        targets: settings
            .desks
            .iter()
            .map(|d| (d.id.clone(), d.targets.clone()))
            .collect(),
        wake: inbox_wake.clone(),
    };
    {
        let token = workers.clone();
        tasks.spawn(async move { watch.run(token).await });
    }
    let moderation = crate::features::moderation::ModerationSettings::from_config(&config)
        .map_err(|e| anyhow::anyhow!(e))?
        .map(Arc::new);
    match &moderation {
        Some(m) => {
            tracing::info!(room = %m.room, rules = m.rules.len(), "moderation: residents' messages are screened")
        }
        None => tracing::warn!("moderation.room is not set: residents' messages are not screened"),
    }
    let cx = crate::features::Cx {
        store: store.clone(),
        localizer,
        settings,
        media: config.media.clone(),
        clock: clock.clone(),
        telegram_media,
        matrix_media: Some(matrix_media),
        authority: Some(Arc::new(matrix::MatrixAuthority {
            client: client.clone(),
        })),
        min_power: config
            .queues
            .iter()
            .map(|q| (q.room.clone(), q.min_power_level))
            .chain(Some((
                config.coordination.room.clone(),
                config.coordination.min_power_level,
            )))
            .chain(Some((
                config.moderation.room.clone(),
                config.moderation.min_power_level,
            )))
            .collect(),
        coordination_room: Some(config.coordination.room.clone()).filter(|r| !r.is_empty()),
        moderation,
        events: config.events.clone(),
        install_id: calendar_id,
        bot_links,
    };
    let timers = crate::features::events::EventTimers {
        store: store.clone(),
        clock: clock.clone(),
        config: config.events.clone(),
        wake: inbox_wake.clone(),
    };
    {
        let token = workers.clone();
        tasks.spawn(async move { timers.run(token).await });
    }
    let pipeline = Pipeline::new(cx, inbox_wake, wake_delivery);
    {
        let token = workers.clone();
        tasks.spawn(async move { pipeline.run(token).await });
    }
    tracing::info!("koban is running");

    let mut crashed = None;
    tokio::select! {
        _ = shutdown.cancelled() => {}
        _ = &mut lease_task => {
            crashed = Some("the database lease was lost".to_owned());
        }
        Some(result) = tasks.join_next() => {
            // A worker ended on its own: that is a bug; stop everything and
            // exit with an error so a supervisor restarts koban cleanly.
            tracing::error!(?result, "a koban task stopped unexpectedly; shutting down");
            crashed = Some(format!("{result:?}"));
        }
    }
    tracing::info!("shutting down: finishing in-flight work");
    workers.cancel();
    let drained = tokio::time::timeout(SHUTDOWN_GRACE, async {
        while tasks.join_next().await.is_some() {}
    })
    .await;
    if drained.is_err() {
        tracing::warn!("some work did not finish in time; it stays queued for the next start");
        tasks.abort_all();
    }
    lease_stop.cancel();
    let _ = lease_task.await;
    let counts = store.outbox_counts().await?;
    tracing::info!(
        pending = counts.pending,
        failed = counts.failed,
        "koban stopped"
    );
    match crashed {
        Some(what) => Err(anyhow::anyhow!("a koban task stopped unexpectedly: {what}")),
        None => Ok(()),
    }
}

/// Every report category needs a name in the default language.
pub fn check_category_names(config: &Config, localizer: &Localizer) -> anyhow::Result<()> {
    let lang = localizer.default_language();
    for category in &config.report.categories {
        let id = format!("category-{category}");
        if localizer
            .locale(lang)
            .and_then(|l| l.format(&id, None))
            .is_none()
        {
            anyhow::bail!(
                "report category {category:?} has no name: add `{id} = …` to {lang}/*.ftl in content_dir"
            );
        }
    }
    Ok(())
}

/// Builds the configured areas, reading their GeoJSON boundary files.
fn load_areas(config: &Config) -> anyhow::Result<Areas> {
    let mut areas = Vec::new();
    for area in &config.areas {
        let boundary = match &area.boundary {
            Some(path) => Some(std::fs::read_to_string(path).with_context(|| {
                format!(
                    "reading the boundary of area {} from {}",
                    area.id,
                    path.display()
                )
            })?),
            None => None,
        };
        areas.push(area.area(boundary.as_deref())?);
    }
    Ok(Areas(areas))
}

#[allow(clippy::too_many_arguments)]
fn spawn_worker(
    tasks: &mut JoinSet<()>,
    token: &CancellationToken,
    config: &Config,
    store: &Arc<dyn storage::Store>,
    clock: &SharedClock,
    sender: Arc<dyn Sender>,
    wake: &Arc<Notify>,
    claimant: &storage::Claimant,
) {
    let worker = Worker {
        claimant: claimant.clone(),
        store: store.clone(),
        sender,
        clock: clock.clone(),
        config: config.delivery.clone(),
        wake: wake.clone(),
    };
    let token = token.clone();
    tasks.spawn(async move { worker.run(token).await });
}
