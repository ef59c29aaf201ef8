//! What a message asks for, parsed once: commands, button presses, Matrix
//! numbered choices and menu words from residents; `!` commands from
//! officers' rooms. Nothing else in koban compares a message with a command
//! name; the pipeline loads what an intent needs and the engine decides on
//! the intent.

use super::inbound::ResidentContent;
use super::menu::Action;
use super::model::Channel;
use super::report::GeoPoint;
use super::text::is_blank;

/// Words that bring up the main menu on Matrix, where there are no buttons.
const MENU_WORDS: [&str; 7] = ["menu", "menü", "меню", "meniu", "القائمة", "0", "start"];

/// What a resident's message asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum ResidentIntent {
    /// `/start` (or `!start`) without a payload: onboarding.
    Start,
    /// A button, a numbered choice, a deep link or a command naming an
    /// action.
    Act(Action),
    /// A deep link koban does not know.
    UnknownLink,
    Cancel,
    Help,
    /// A command koban does not know, as the resident wrote it (`/x`, `!x`).
    UnknownCommand(String),
    /// A button koban can no longer read (an old message).
    StaleButton,
    /// A number on Matrix that matches none of the choices shown.
    ChoiceExpected,
    Location(GeoPoint),
    /// An edit of an earlier message (`original`: its platform id).
    Edit {
        original: String,
        text: String,
    },
    Unsupported,
    /// A text with nothing visible in it.
    Blank,
    Text(String),
    Image {
        caption: Option<String>,
    },
}

/// A resident's message as koban understands it.
#[derive(Debug, Clone, PartialEq)]
pub struct ResidentInput {
    pub intent: ResidentIntent,
    /// A button press to answer (so the client stops its spinner).
    pub callback: Option<String>,
}

impl ResidentInput {
    /// `menu`: the numbered options last shown to a Matrix resident
    /// (encoded actions).
    pub fn parse(content: &ResidentContent, channel: Channel, menu: &[String]) -> Self {
        let mut callback = None;
        let intent = match content {
            ResidentContent::Command { name, args } => command(name, args, channel),
            ResidentContent::Callback { query_id, data } => {
                callback = Some(query_id.clone());
                Action::decode(data).map_or(ResidentIntent::StaleButton, ResidentIntent::Act)
            }
            ResidentContent::Location {
                latitude,
                longitude,
            } => ResidentIntent::Location(GeoPoint {
                latitude: *latitude,
                longitude: *longitude,
            }),
            ResidentContent::Edit { original, text } => ResidentIntent::Edit {
                original: original.clone(),
                text: text.clone(),
            },
            ResidentContent::Unsupported { .. } => ResidentIntent::Unsupported,
            ResidentContent::Text { text } => match matrix_choice(channel, menu, text) {
                Some(Some(action)) => ResidentIntent::Act(action),
                Some(None) => ResidentIntent::ChoiceExpected,
                None if is_blank(text) => ResidentIntent::Blank,
                None => ResidentIntent::Text(text.clone()),
            },
            ResidentContent::Image { caption, .. } => ResidentIntent::Image {
                caption: caption.clone(),
            },
        };
        Self { intent, callback }
    }

    /// The action asked for, if any.
    pub fn action(&self) -> Option<&Action> {
        match &self.intent {
            ResidentIntent::Act(action) => Some(action),
            _ => None,
        }
    }
}

fn command(name: &str, args: &str, channel: Channel) -> ResidentIntent {
    let act = ResidentIntent::Act;
    match (name, args) {
        ("start", "") => ResidentIntent::Start,
        ("start", payload) => {
            Action::from_payload(payload).map_or(ResidentIntent::UnknownLink, ResidentIntent::Act)
        }
        ("menu", _) => act(Action::Menu),
        ("language", _) => act(Action::Languages),
        ("privacy", _) => act(Action::Privacy),
        ("report", _) => act(Action::Report),
        ("myreports", _) => act(Action::MyReports),
        ("events", _) => act(Action::Events),
        ("subscriptions", _) => act(Action::Event(super::menu::EventAction::Subscriptions)),
        ("mydata", _) => act(Action::MyData),
        ("erase", _) => act(Action::Erase),
        ("cancel", _) => ResidentIntent::Cancel,
        ("help", _) => ResidentIntent::Help,
        (name, _) => ResidentIntent::UnknownCommand(match channel {
            Channel::Matrix => format!("!{name}"),
            Channel::Telegram => format!("/{name}"),
        }),
    }
}

/// On Matrix, a menu word or the number of one of the options shown:
/// `Some(Some(action))`; a number that matches none: `Some(None)`; any
/// other text: `None`.
fn matrix_choice(channel: Channel, menu: &[String], text: &str) -> Option<Option<Action>> {
    if channel != Channel::Matrix {
        return None;
    }
    let word = text.trim().trim_end_matches('.').to_lowercase();
    if MENU_WORDS.contains(&word.as_str()) {
        return Some(Some(Action::Menu));
    }
    if menu.is_empty() || word.len() > 3 {
        return None;
    }
    let n: usize = word.parse().ok()?;
    Some(
        n.checked_sub(1)
            .and_then(|i| menu.get(i))
            .and_then(|data| Action::decode(data)),
    )
}

/// A `!command` in a ticket's thread or a queue room.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeskCommand {
    Help,
    Erase,
    /// An internal note (empty: the officer is told how to write one).
    Note(String),
    Claim,
    /// `!assign @user:server` (anything else: the officer is told how).
    Assign(String),
    /// `!label +a -b c`, as written.
    Label(String),
    /// `!template [name]`.
    Template(String),
    /// `!transfer <queue>`.
    Transfer(String),
    /// `!close [resolution]`.
    Close(String),
    Reopen,
    /// A command koban does not know (lower-cased, without `!`).
    Unknown(String),
}

impl DeskCommand {
    /// `None` unless `body` is a command (starts with `!`).
    pub fn parse(body: &str) -> Option<Self> {
        let command = body.trim().strip_prefix('!')?;
        let (name, rest) = command
            .split_once(char::is_whitespace)
            .map(|(n, r)| (n, r.trim()))
            .unwrap_or((command, ""));
        let rest = rest.to_owned();
        Some(match name.to_lowercase().as_str() {
            "help" => DeskCommand::Help,
            "erase" => DeskCommand::Erase,
            "note" => DeskCommand::Note(rest),
            "claim" => DeskCommand::Claim,
            "assign" => DeskCommand::Assign(rest),
            "label" => DeskCommand::Label(rest),
            "template" => DeskCommand::Template(rest),
            "transfer" => DeskCommand::Transfer(rest),
            "close" => DeskCommand::Close(rest),
            "reopen" => DeskCommand::Reopen,
            other => DeskCommand::Unknown(other.to_owned()),
        })
    }

    /// The command's name as officers type it, with `!`.
    pub fn name(&self) -> String {
        let name = match self {
            DeskCommand::Help => "help",
            DeskCommand::Erase => "erase",
            DeskCommand::Note(_) => "note",
            DeskCommand::Claim => "claim",
            DeskCommand::Assign(_) => "assign",
            DeskCommand::Label(_) => "label",
            DeskCommand::Template(_) => "template",
            DeskCommand::Transfer(_) => "transfer",
            DeskCommand::Close(_) => "close",
            DeskCommand::Reopen => "reopen",
            DeskCommand::Unknown(name) => name,
        };
        format!("!{name}")
    }
}

/// What a message in an officers' room is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeskIntent {
    /// Nothing visible: ignored.
    Empty,
    Command(DeskCommand),
    /// Words for the resident (in a ticket's thread).
    Reply(String),
}

impl DeskIntent {
    pub fn parse(body: &str) -> Self {
        let body = body.trim();
        if body.is_empty() {
            DeskIntent::Empty
        } else if let Some(command) = DeskCommand::parse(body) {
            DeskIntent::Command(command)
        } else {
            DeskIntent::Reply(body.to_owned())
        }
    }
}

/// A parsed `!handover @outgoing @incoming [queue]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Handover {
    pub outgoing: String,
    pub incoming: String,
    pub queue: Option<String>,
}

impl Handover {
    pub fn parse(body: &str) -> Option<Self> {
        let mut words = body.trim().strip_prefix("!handover")?.split_whitespace();
        let user = |w: Option<&str>| {
            w.filter(|w| w.starts_with('@') && w.contains(':'))
                .map(str::to_owned)
        };
        let outgoing = user(words.next())?;
        let incoming = user(words.next())?;
        let queue = words.next().map(str::to_owned);
        if words.next().is_some() || outgoing == incoming {
            return None;
        }
        Some(Self {
            outgoing,
            incoming,
            queue,
        })
    }
}

/// A command in the coordinators' room; other messages there are talk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CoordinationCommand {
    /// `!stats`: per queue, the last 7 and 30 days.
    Stats,
    /// `!handover @outgoing @incoming [queue]`.
    Handover(Handover),
    /// Any other command, or a handover written wrongly: the list of
    /// commands.
    Help,
}

impl CoordinationCommand {
    /// `None` unless `body` is a command (starts with `!`).
    pub fn parse(body: &str) -> Option<Self> {
        let body = body.trim();
        if !body.starts_with('!') {
            return None;
        }
        Some(if body == "!stats" || body.starts_with("!stats ") {
            CoordinationCommand::Stats
        } else if let Some(handover) = Handover::parse(body) {
            CoordinationCommand::Handover(handover)
        } else {
            CoordinationCommand::Help
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> ResidentContent {
        ResidentContent::Text { text: s.into() }
    }

    #[test]
    fn commands_buttons_and_numbered_choices_become_actions() {
        let cmd = |name: &str, args: &str| ResidentContent::Command {
            name: name.into(),
            args: args.into(),
        };
        let parse = |c: &ResidentContent, ch| ResidentInput::parse(c, ch, &[]).intent;
        assert_eq!(
            parse(&cmd("start", ""), Channel::Telegram),
            ResidentIntent::Start
        );
        assert_eq!(
            parse(&cmd("myreports", ""), Channel::Telegram),
            ResidentIntent::Act(Action::MyReports)
        );
        assert_eq!(
            parse(&cmd("start", "advice"), Channel::Telegram),
            ResidentIntent::Act(Action::AdviceList)
        );
        assert_eq!(
            parse(&cmd("start", "no such link"), Channel::Telegram),
            ResidentIntent::UnknownLink
        );
        assert_eq!(
            parse(&cmd("close", ""), Channel::Matrix),
            ResidentIntent::UnknownCommand("!close".into())
        );
        assert_eq!(
            parse(&cmd("close", ""), Channel::Telegram),
            ResidentIntent::UnknownCommand("/close".into())
        );

        let press = ResidentContent::Callback {
            query_id: "q1".into(),
            data: Action::MyData.encode(),
        };
        let input = ResidentInput::parse(&press, Channel::Telegram, &[]);
        assert_eq!(input.intent, ResidentIntent::Act(Action::MyData));
        assert_eq!(input.callback.as_deref(), Some("q1"));
        let stale = ResidentContent::Callback {
            query_id: "q2".into(),
            data: "\u{0}garbage".into(),
        };
        assert_eq!(
            ResidentInput::parse(&stale, Channel::Telegram, &[]).intent,
            ResidentIntent::StaleButton
        );

        let menu = vec![Action::AdviceList.encode(), Action::MyReports.encode()];
        let choose = |s: &str, ch| ResidentInput::parse(&text(s), ch, &menu).intent;
        assert_eq!(
            choose("2.", Channel::Matrix),
            ResidentIntent::Act(Action::MyReports)
        );
        assert_eq!(choose("9", Channel::Matrix), ResidentIntent::ChoiceExpected);
        assert_eq!(
            choose("Menü", Channel::Matrix),
            ResidentIntent::Act(Action::Menu)
        );
        // Numbers are words on Telegram, where choices are buttons.
        assert_eq!(
            choose("2", Channel::Telegram),
            ResidentIntent::Text("2".into())
        );
        assert_eq!(
            choose("2024 was fine", Channel::Matrix),
            ResidentIntent::Text("2024 was fine".into())
        );
        assert_eq!(
            choose("\u{200B} \u{2066}", Channel::Matrix),
            ResidentIntent::Blank
        );
    }

    #[test]
    fn officer_commands_are_parsed_once() {
        assert_eq!(DeskIntent::parse("  "), DeskIntent::Empty);
        assert_eq!(
            DeskIntent::parse(" Thanks, we are on it "),
            DeskIntent::Reply("Thanks, we are on it".into())
        );
        assert_eq!(
            DeskIntent::parse("!Transfer  traffic "),
            DeskIntent::Command(DeskCommand::Transfer("traffic".into()))
        );
        assert_eq!(
            DeskCommand::parse("!close\nfound the bike"),
            Some(DeskCommand::Close("found the bike".into()))
        );
        assert_eq!(
            DeskCommand::parse("!frobnicate x"),
            Some(DeskCommand::Unknown("frobnicate".into()))
        );
        assert_eq!(DeskCommand::Unknown("x".into()).name(), "!x");
        assert_eq!(DeskCommand::parse("no command"), None);

        assert_eq!(CoordinationCommand::parse("hello"), None);
        assert_eq!(
            CoordinationCommand::parse("!stats"),
            Some(CoordinationCommand::Stats)
        );
        assert_eq!(
            CoordinationCommand::parse("!statistics"),
            Some(CoordinationCommand::Help)
        );
        assert!(matches!(
            CoordinationCommand::parse("!handover @a:hs @b:hs"),
            Some(CoordinationCommand::Handover(_))
        ));
        assert_eq!(
            CoordinationCommand::parse("!handover @a:hs"),
            Some(CoordinationCommand::Help)
        );
    }
}
