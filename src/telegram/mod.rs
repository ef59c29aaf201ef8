//! Telegram adapter: a durable receive loop over `getUpdates` (each update is
//! committed to the inbox before the next offset confirms it), conversion of
//! updates to platform-free events, and the outbox sender.
//!
//! The bot token is part of every Bot API URL, so error texts from this
//! adapter pass through [`redact`] before they reach a log or the database.

mod convert;
mod receive;
mod send;

pub use convert::to_inbound;
pub use receive::ReceiveLoop;
pub use send::{TelegramMedia, TelegramSender};

use teloxide::Bot;

use crate::config::TelegramConfig;

#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    #[error("telegram.api_url is not a URL: {0}")]
    Url(#[from] url::ParseError),
    #[error("cannot build the HTTP client: {0}")]
    Client(#[from] reqwest::Error),
}

/// A bot for the configured API server. Its HTTP timeout leaves room for
/// the long poll (teloxide's default of 17 s would cut every idle poll of
/// 30 s short) and for 20 MB downloads on slow links.
pub fn bot(config: &TelegramConfig) -> Result<Bot, SetupError> {
    let url = url::Url::parse(&config.api_url)?;
    let timeout = std::time::Duration::from_secs(u64::from(config.poll_timeout_secs) + 60);
    let client = teloxide::net::default_reqwest_settings()
        .timeout(timeout)
        .build()?;
    Ok(Bot::with_client(config.token.expose(), client).set_api_url(url))
}

/// Replaces the bot token wherever it appears in `text`.
pub fn redact(text: &str, token: &str) -> String {
    if token.is_empty() {
        return text.to_owned();
    }
    let mut out = text.replace(token, "<token>");
    // Also the URL-encoded form (':' → %3A).
    let encoded = token.replace(':', "%3A");
    if encoded != token {
        out = out.replace(&encoded, "<token>");
    }
    out
}

/// The commands shown in Telegram's menu, with their description ids.
pub const COMMANDS: [(&str, &str); 11] = [
    ("start", "cmd-start"),
    ("menu", "cmd-menu"),
    ("report", "cmd-report"),
    ("myreports", "cmd-myreports"),
    ("events", "cmd-events"),
    ("cancel", "cmd-cancel"),
    ("language", "cmd-language"),
    ("help", "cmd-help"),
    ("privacy", "cmd-privacy"),
    ("mydata", "cmd-mydata"),
    ("erase", "cmd-erase"),
];

/// Sets the command menu once per locale (`language_code`), and the default
/// one in the zone's default language. Failures are logged, not fatal.
pub async fn set_commands(bot: &Bot, localizer: &crate::i18n::Localizer, token: &str) {
    use teloxide::payloads::SetMyCommandsSetters;
    use teloxide::requests::Requester;
    use teloxide::types::BotCommand;
    let commands = |lang: &str| -> Vec<BotCommand> {
        COMMANDS
            .iter()
            .map(|(command, id)| BotCommand::new(*command, localizer.t(lang, id)))
            .collect()
    };
    let default = localizer.default_language().to_owned();
    let mut requests = vec![(None, commands(&default))];
    for lang in localizer.languages() {
        requests.push((Some(lang.to_owned()), commands(lang)));
    }
    for (lang, list) in requests {
        let mut request = bot.set_my_commands(list);
        if let Some(lang) = &lang {
            request = request.language_code(lang.clone());
        }
        if let Err(e) = request.await {
            tracing::warn!(lang = ?lang, error = %redact(&e.to_string(), token), "setMyCommands failed");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn tokens_are_redacted() {
        let token = "123456:ABCdef";
        let msg =
            "error sending request for url (https://api.telegram.org/bot123456:ABCdef/GetUpdates)";
        let out = redact(msg, token);
        assert!(!out.contains("ABCdef"), "{out}");
        assert!(out.contains("bot<token>/GetUpdates"));
        assert!(!redact("x/bot123456%3AABCdef/y", token).contains("ABCdef"));
    }
}
