use super::*;
use crate::config::{AreaConfig, ReportConfig, ZoneConfig};
use crate::domain::area::Areas;
use crate::domain::change::NewTicket;
use crate::domain::model::{Ticket, TicketKind, TicketStatus};
use crate::domain::outbound::{MediaRef, MessageBody, Placement};
use crate::domain::{Channel, Conversation, ResidentContent, ResidentMessage};
use crate::features::engine::EngineSettings;
use crate::features::fixtures::{draft_change, opened, sends, status};
use crate::i18n::Localizer;

const SQUARE: &str = r#"{"type":"Polygon",
    "coordinates":[[[3.70,51.05],[3.75,51.05],[3.75,51.10],[3.70,51.10],[3.70,51.05]]]}"#;
const NOW: Millis = 1_772_323_200_000;

fn settings() -> EngineSettings {
    let north = AreaConfig {
        id: "north".into(),
        names: [("en".to_owned(), "North".to_owned())]
            .into_iter()
            .collect(),
        boundary: None,
        officers: Vec::new(),
    };
    EngineSettings {
        zone: ZoneConfig::default(),
        areas: Areas(vec![north.area(Some(SQUARE)).expect("area")]),
        default_queue_id: "general".into(),
        default_queue_room: "!q:hs".into(),
        queue_rooms: vec![
            ("general".into(), "!q:hs".into()),
            ("hate".into(), "!hate:hs".into()),
        ],
        routes: vec![crate::domain::routing::RouteRule {
            queue: "hate".into(),
            categories: vec!["hate".into()],
            ..Default::default()
        }],
        report: ReportConfig {
            max_photos: 2,
            ..ReportConfig::default()
        },
        desks: Vec::new(),
    }
}

fn resident() -> Resident {
    crate::features::fixtures::resident()
}

fn msg(content: ResidentContent) -> ResidentMessage {
    ResidentMessage {
        channel: Channel::Telegram,
        user_id: "u".into(),
        chat_id: "c".into(),
        message_id: "9".into(),
        language_hint: None,
        content,
    }
}

fn press(data: &str) -> ResidentMessage {
    msg(ResidentContent::Callback {
        query_id: "q".into(),
        data: data.into(),
    })
}

fn text(t: &str) -> ResidentMessage {
    msg(ResidentContent::Text { text: t.into() })
}

/// A photo from the resident, with an optional caption.
fn photo_msg(caption: Option<&str>) -> ResidentMessage {
    msg(ResidentContent::Image {
        file: crate::domain::FileRef {
            id: "f".into(),
            size: None,
            file_name: None,
        },
        caption: caption.map(str::to_owned),
    })
}

fn image() -> CleanImage {
    CleanImage {
        content_type: "image/jpeg".into(),
        file_name: "photo.jpg".into(),
        width: 2,
        height: 2,
        bytes: vec![1, 2, 3],
    }
}

/// Drives the engine like the pipeline does, keeping the draft between
/// messages; photos get media ids 100, 101, …
struct Flow {
    settings: EngineSettings,
    loc: Localizer,
    resident: Resident,
    draft: Option<ReportDraft>,
    next_media: i64,
}

impl Flow {
    fn new() -> Self {
        Self {
            settings: settings(),
            loc: Localizer::builtin("en").expect("locales"),
            resident: resident(),
            draft: None,
            next_media: 100,
        }
    }

    fn send(&mut self, m: ResidentMessage, attachment: Option<Attachment>) -> Vec<Change> {
        let engine = Engine::new(&self.settings, &self.loc);
        let conversation = self
            .draft
            .clone()
            .map(|d| Conversation::Reporting(Box::new(d)))
            .unwrap_or_default();
        let st = ResidentState {
            resident: &self.resident,
            open_ticket: None,
            conversation: &conversation,
            tickets: &[],
            rated_ticket: None,
            edited_original: None,
            export: None,
        };
        let id = engine
            .opens_ticket_for(&st, &m, attachment.as_ref())
            .then_some(42);
        let out = engine.resident_said(&st, &m, attachment, id, NOW);
        match draft_change(&out) {
            Some((_, DraftChange::Save { draft, add_photo })) => {
                let mut d = (**draft).clone();
                if add_photo.is_some() {
                    d.photos.push(self.next_media);
                    self.next_media += 1;
                }
                self.draft = Some(d);
            }
            Some((_, DraftChange::Restart(d))) => self.draft = Some((**d).clone()),
            Some((_, DraftChange::Submitted | DraftChange::Discard)) => self.draft = None,
            Some((_, DraftChange::Keep)) | None => {}
        }
        out
    }

    fn step(&self) -> Option<Step> {
        self.draft.as_ref().map(|d| d.step)
    }
}

/// The last text shown to the resident.
fn shown(out: &[Change]) -> String {
    sends(out)
        .into_iter()
        .rev()
        .find_map(|o| match &o.body {
            MessageBody::Text { text } | MessageBody::Menu { text, .. } => Some(text.clone()),
            _ => None,
        })
        .unwrap_or_default()
        // Fluent isolates arguments (FSI … PDI); the tests read plain text.
        .replace(['\u{2068}', '\u{2069}'], "")
}

fn buttons(out: &[Change]) -> Vec<String> {
    sends(out)
        .into_iter()
        .flat_map(|o| match &o.body {
            MessageBody::Menu { buttons, .. } => {
                buttons.iter().flatten().map(|b| b.data.clone()).collect()
            }
            _ => Vec::new(),
        })
        .collect()
}

/// The text of the card a submitted report posts.
fn card_of(out: &[Change]) -> String {
    sends(out)
        .into_iter()
        .find_map(|o| match (&o.placement, &o.body) {
            (Placement::TicketRoot, MessageBody::Text { text }) => Some(text.clone()),
            _ => None,
        })
        .expect("a card")
}

/// A report with a location, an address, a description and contact
/// details the resident typed.
fn report_with(f: &mut Flow, address: &str, description: &str, contact: &str) -> Vec<Change> {
    f.send(text("/report").content_into_command(), None);
    f.send(press("rc:vandalism"), None);
    f.send(press("rd:n"), None);
    f.send(press("rw:o"), None);
    f.send(text("yesterday"), None);
    f.send(
        msg(ResidentContent::Location {
            latitude: 51.07,
            longitude: 3.72,
        }),
        None,
    );
    let mut draft = f.draft.clone().expect("a draft");
    draft.address = Some(address.into());
    draft.description = description.into();
    draft.contact = Some(contact.into());
    draft.step = Step::Summary;
    f.draft = Some(draft);
    f.send(press("rok"), None)
}

#[test]
fn fields_over_their_limit_are_refused_and_the_draft_kept() {
    let mut f = Flow::new();
    f.send(text("/report").content_into_command(), None);
    f.send(press("rc:vandalism"), None);
    f.send(press("rd:n"), None);
    f.send(press("rw:o"), None);
    let before = f.draft.clone();
    let out = f.send(text(&"я".repeat(MAX_WHEN_CHARS + 1)), None);
    assert_eq!(f.draft, before, "the draft keeps its state");
    assert!(
        shown(&out).contains(&MAX_WHEN_CHARS.to_string()),
        "{}",
        shown(&out)
    );
    assert!(shown(&out).contains("too long"), "{}", shown(&out));
    f.send(text("yesterday"), None);
    assert_eq!(f.step(), Some(Step::Where));
    let before = f.draft.clone();
    f.send(text(&"a".repeat(MAX_ADDRESS_CHARS + 1)), None);
    assert_eq!(f.draft, before);
    f.send(text("Kouter 1"), None);
    assert_eq!(f.step(), Some(Step::What));
    f.send(text(&"d".repeat(MAX_DESCRIPTION_CHARS - 10)), None);
    let before = f.draft.clone();
    let out = f.send(text(&"more ".repeat(10)), None);
    assert_eq!(f.draft, before, "nothing is cut off and added");
    assert!(
        shown(&out).contains("40,000") || shown(&out).contains("40000"),
        "{}",
        shown(&out)
    );
}

#[test]
fn a_maximal_card_in_a_multibyte_script_stays_editable() {
    use crate::domain::outbound::{MATRIX_EVENT_MAX_BYTES, card_edit_bytes};
    let mut f = Flow::new();
    f.resident.language = "uk".into();
    // Ukrainian letters (two bytes), quotes and ampersands (escaped in
    // JSON and HTML), emoji (four bytes).
    let words = |n: usize| -> String {
        "Крадіжка \"велосипеда\" & 🚲 <біля> школи. "
            .chars()
            .cycle()
            .take(n)
            .collect()
    };
    let out = report_with(
        &mut f,
        &words(MAX_ADDRESS_CHARS),
        &words(MAX_DESCRIPTION_CHARS),
        &words(MAX_CONTACT_CHARS),
    );
    let card = card_of(&out);
    let Some(NewTicket { card: stored, .. }) = opened(&out) else {
        panic!("a ticket");
    };
    // The card with every status line at its longest.
    let mut ticket = Ticket::opened(
        42,
        1,
        TicketKind::Report,
        "general".into(),
        "!q:hs".into(),
        stored.clone(),
        0,
    );
    ticket.status = TicketStatus::Closed;
    ticket.assignee = Some(format!("@{}:hs.example", "о".repeat(120)));
    ticket.labels = (0..10).map(|i| format!("{i}{}", "ї".repeat(23))).collect();
    ticket.rating = Some(5);
    ticket.feedback = Some(words(5_000));
    ticket.reminded_at = Some(1);
    let engine = Engine::new(&f.settings, &f.loc);
    let edited = engine.card_text(&ticket);
    let bytes = card_edit_bytes(&edited);
    // Room is left for the event's own fields (sender, ids, hashes).
    assert!(bytes + 4 * 1024 < MATRIX_EVENT_MAX_BYTES, "{bytes} bytes");
    assert!(card.len() > 4_000, "the card still carries a good part");
    // Nothing is lost: the rest of the description is in the thread.
    let thread: String = sends(&out)
        .into_iter()
        .filter(|o| o.placement == Placement::TicketThread)
        .filter_map(|o| match &o.body {
            MessageBody::Text { text } => Some(text.clone()),
            _ => None,
        })
        .collect();
    let relayed = |t: &str| t.matches('🚲').count();
    assert_eq!(
        relayed(&card) + relayed(&thread),
        relayed(&words(MAX_DESCRIPTION_CHARS))
            + relayed(&words(MAX_ADDRESS_CHARS))
            + relayed(&words(MAX_CONTACT_CHARS))
    );
}

#[test]
fn no_url_on_a_card_touches_an_isolate_mark() {
    let mut f = Flow::new();
    let out = report_with(
        &mut f,
        "see https://maps.example/x",
        "Photos at https://example.org/a",
        "Jan https://x.example",
    );
    let card = card_of(&out);
    assert!(card.contains("https://www.openstreetmap.org/"), "{card}");
    let isolate = |c: Option<char>| c.is_some_and(|c| ('\u{2066}'..='\u{2069}').contains(&c));
    for (i, _) in card.match_indices("http") {
        let url_end = card[i..]
            .find(char::is_whitespace)
            .map_or(card.len(), |n| i + n);
        let url = &card[i..url_end];
        assert!(
            !url.contains(|c| ('\u{2066}'..='\u{2069}').contains(&c)),
            "{url:?}"
        );
        assert!(!isolate(card[..i].chars().next_back()), "before {url:?}");
        assert!(!isolate(card[url_end..].chars().next()), "after {url:?}");
    }
}

#[test]
fn residents_cannot_fake_card_lines_or_reorder_them() {
    let mut f = Flow::new();
    let out = report_with(
        &mut f,
        "Kouter 1\nStatus: closed",
        "It was red.\n\nTicket #12 · new report\n\u{202E}Status: claimed\u{2066}x\u{2069}\u{200F}",
        "Jan\u{061C}\nAssigned to: @boss:hs",
    );
    let card = card_of(&out);
    for fake in [
        "Status: closed",
        "Ticket #12",
        "Status: claimed",
        "Assigned to:",
    ] {
        for line in card.lines().filter(|l| l.contains(fake)) {
            assert!(line.starts_with("> "), "{line:?} is not quoted in {card}");
        }
    }
    assert!(card.contains("> It was red.\n>\n> Ticket #12"), "{card}");
    let resident_part: String = card
        .lines()
        .filter(|l| l.starts_with('>'))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        !resident_part.contains(crate::domain::outbound::is_bidi_control),
        "{resident_part:?}"
    );
    assert!(
        !card.contains(['\u{202E}', '\u{200F}', '\u{061C}']),
        "bidi controls are removed"
    );
    // In the formatted body the quoted lines are a block quote, escaped.
    let html = crate::domain::outbound::matrix_html(&card);
    assert!(
        html.contains("<blockquote>It was red.<br><br>Ticket #12"),
        "{html}"
    );
    assert!(!html.contains("\n"));
}

#[test]
fn a_full_report_becomes_a_ticket_with_its_card_and_photos() {
    let mut f = Flow::new();
    let out = f.send(text("/report").content_into_command(), None);
    assert!(buttons(&out).contains(&"rc:vandalism".to_owned()));
    assert!(shown(&out).contains("112"), "the intro names 112");
    f.send(press("rc:vandalism"), None);
    assert_eq!(f.step(), Some(Step::Danger));
    f.send(press("rd:n"), None);
    f.send(press("rw:o"), None);
    assert_eq!(f.step(), Some(Step::WhenOther));
    f.send(text("last night around 23:00"), None);
    assert_eq!(f.step(), Some(Step::Where));
    let out = f.send(
        msg(ResidentContent::Location {
            latitude: 51.07,
            longitude: 3.72,
        }),
        None,
    );
    assert!(shown(&out).contains("North"), "{}", shown(&out));
    assert_eq!(f.step(), Some(Step::What));
    let long = "Graffiti on the school gate. ".repeat(200);
    f.send(text(&long), None);
    assert_eq!(f.step(), Some(Step::Photos));
    // Telegram split the message: the rest joins the description.
    f.send(text("And on the bus shelter."), None);
    f.send(
        photo_msg(None),
        Some(Attachment::Image {
            image: image(),
            location: None,
        }),
    );
    f.send(press("rp"), None);
    assert_eq!(f.step(), Some(Step::Contact));
    let out = f.send(press("ra"), None);
    assert_eq!(f.step(), Some(Step::Summary));
    let summary = shown(&out);
    assert!(summary.contains("Vandalism or graffiti"), "{summary}");
    assert!(summary.contains("last night around 23:00"), "{summary}");
    assert!(summary.contains('…'), "a long description is shortened");
    assert!(summary.encode_utf16().count() < 4096, "fits one message");

    let out = f.send(press("rok"), None);
    assert_eq!(f.draft, None);
    assert!(matches!(
        opened(&out),
        Some(NewTicket { id: 42, kind: TicketKind::Report, category: Some(c), .. }) if c == "vandalism"
    ));
    assert!(shown(&out).contains("R-2026-00042"), "{}", shown(&out));
    let card = sends(&out)
        .into_iter()
        .find(|o| o.placement == Placement::TicketRoot)
        .expect("card");
    let MessageBody::Text { text: card } = &card.body else {
        panic!("card is text");
    };
    let card = card.replace(['\u{2068}', '\u{2069}'], "");
    for needle in [
        "R-2026-00042",
        "Vandalism or graffiti",
        "North",
        "openstreetmap.org/?mlat=51.07000&mlon=3.72000",
        "last night around 23:00",
        "And on the bus shelter.",
        "Resident KITE",
    ] {
        assert!(card.contains(needle), "{needle} missing from the card");
    }
    assert!(
        card.contains(&long.trim().to_owned()),
        "the description is kept whole"
    );
    let photos: Vec<_> = sends(&out)
        .into_iter()
        .filter(|o| o.placement == Placement::TicketThread)
        .collect();
    assert_eq!(photos.len(), 1);
    assert_eq!(photos[0].media, Some(MediaRef::Stored(100)));
}

#[test]
fn stale_buttons_back_and_bad_input_keep_the_draft() {
    let mut f = Flow::new();
    f.send(press("rep"), None);
    f.send(press("rc:theft"), None);
    // A button of another step (an old message): refused, step kept.
    let out = f.send(press("rw:n"), None);
    assert!(shown(&out).contains("no longer valid"), "{}", shown(&out));
    assert_eq!(f.step(), Some(Step::Danger));
    f.send(press("rd:n"), None);
    f.send(press("rw:t"), None);
    // Back from Where leads to When; an old Back button does nothing.
    f.send(press("rb:l"), None);
    assert_eq!(f.step(), Some(Step::When));
    f.send(press("rb:l"), None);
    assert_eq!(f.step(), Some(Step::When));
    f.send(press("rw:n"), None);
    // A location 40 km away is refused; the step stays.
    let out = f.send(
        msg(ResidentContent::Location {
            latitude: 50.85,
            longitude: 4.35,
        }),
        None,
    );
    assert!(shown(&out).contains("outside"), "{}", shown(&out));
    assert_eq!(f.step(), Some(Step::Where));
    f.send(text("Kouter 12"), None);
    // Stickers and empty text are answered; nothing is lost.
    let out = f.send(
        msg(ResidentContent::Unsupported {
            what: "sticker".into(),
        }),
        None,
    );
    assert!(shown(&out).contains("cannot use this"), "{}", shown(&out));
    assert_eq!(f.step(), Some(Step::What));
    let out = f.send(text("  \n "), None);
    assert!(shown(&out).contains("message was empty"), "{}", shown(&out));
    assert_eq!(
        f.step(),
        Some(Step::What),
        "an empty description is not taken"
    );
    f.send(text("Bike stolen from the rack"), None);
    let photo = || photo_msg(None);
    let attach = || {
        Some(Attachment::Image {
            image: image(),
            location: None,
        })
    };
    f.send(photo(), attach());
    f.send(photo(), attach());
    let out = f.send(photo(), attach());
    assert!(shown(&out).contains("at most 2"), "{}", shown(&out));
    // An oversize file is explained; the photos already added stay.
    let out = f.send(
        photo(),
        Some(Attachment::Refused(ImageRefusal::TooLarge {
            size: 30 * 1024 * 1024,
            max: 20 * 1024 * 1024,
        })),
    );
    assert!(shown(&out).contains("too large (30.0 M"), "{}", shown(&out));
    let draft = f.draft.clone().expect("draft kept");
    assert_eq!(draft.photos.len(), 2);
    assert_eq!(draft.address.as_deref(), Some("Kouter 12"));
    assert_eq!(draft.description, "Bike stolen from the rack");
    // A second report while one is in progress: continue or restart.
    let out = f.send(press("rep"), None);
    assert!(buttons(&out).contains(&"rr".to_owned()));
    assert_eq!(f.draft.as_ref().map(|d| d.photos.len()), Some(2));
    f.send(press("rr"), None);
    assert_eq!(f.step(), Some(Step::Photos));
    // That question's old "start again" button no longer throws the
    // draft away.
    let out = f.send(press("rR"), None);
    assert!(shown(&out).contains("no longer valid"), "{}", shown(&out));
    assert_eq!(f.draft.as_ref().map(|d| d.photos.len()), Some(2));
    // Back to the description: the new text replaces the old one.
    f.send(press("rb:p"), None);
    assert_eq!(f.step(), Some(Step::What));
    f.send(text("Two bikes stolen from the rack"), None);
    assert_eq!(
        f.draft.as_ref().map(|d| d.description.as_str()),
        Some("Two bikes stolen from the rack")
    );
    // Cancel deletes it; its buttons are then answered as stale.
    f.send(press("rq"), None);
    assert_eq!(f.draft, None);
    let out = f.send(press("rp"), None);
    assert!(
        shown(&out).contains("no longer in progress"),
        "{}",
        shown(&out)
    );
}

#[test]
fn danger_ends_the_flow_with_the_emergency_number() {
    let mut f = Flow::new();
    f.send(press("rep"), None);
    f.send(press("rc:hate"), None);
    let out = f.send(press("rd:y"), None);
    let text = shown(&out);
    assert!(text.contains("Call 112 now"), "{text}");
    assert!(
        text.contains("safe place"),
        "the category's own text: {text}"
    );
    assert_eq!(f.draft, None);
}

#[test]
fn a_photo_location_is_used_only_with_consent_and_routing_uses_the_category() {
    let mut f = Flow::new();
    f.send(press("rep"), None);
    f.send(press("rc:hate"), None);
    f.send(press("rd:n"), None);
    f.send(press("rw:n"), None);
    let gps = GeoPoint {
        latitude: 51.06,
        longitude: 3.71,
    };
    let out = f.send(
        photo_msg(Some("Slogans on the mosque wall")),
        Some(Attachment::Image {
            image: image(),
            location: Some(gps),
        }),
    );
    assert!(buttons(&out).contains(&"rg:y".to_owned()));
    assert_eq!(
        f.draft.as_ref().and_then(|d| d.location),
        None,
        "not without consent"
    );
    f.send(press("rg:y"), None);
    let d = f.draft.clone().expect("draft");
    assert_eq!(d.location, Some(gps));
    assert_eq!(d.area_id.as_deref(), Some("north"));
    assert_eq!(d.step, Step::What, "the Where step is answered");
    f.send(text("Painted last night"), None);
    f.send(press("rp"), None);
    f.send(press("rn"), None);
    f.send(text("Samira, 0470 12 34 56"), None);
    // Edit the category from the summary, then come back to it.
    f.send(press("re"), None);
    f.send(press("re:c"), None);
    f.send(press("rc:hate"), None);
    assert_eq!(f.step(), Some(Step::Summary));
    let out = f.send(press("rok"), None);
    assert!(
        matches!(opened(&out), Some(NewTicket { room_id, .. }) if room_id == "!hate:hs"),
        "routed by category"
    );
    let card = sends(&out)
        .into_iter()
        .find_map(|o| match (&o.placement, &o.body) {
            (Placement::TicketRoot, MessageBody::Text { text }) => {
                Some(text.replace(['\u{2068}', '\u{2069}'], ""))
            }
            _ => None,
        })
        .expect("card");
    assert!(card.contains("Samira, 0470 12 34 56"), "{card}");
    assert!(card.contains("Slogans on the mosque wall"), "{card}");
}

#[test]
fn claiming_and_closing_a_report_tell_the_resident_about_their_report() {
    use crate::domain::OfficerMessage;
    let loc = Localizer::builtin("en").expect("locales");
    let settings = settings();
    let engine = Engine::new(&settings, &loc);
    let resident = resident();
    let mut ticket = Ticket {
        kind: TicketKind::Report,
        queue_id: "general".into(),
        room_id: "!q:hs".into(),
        root_event_id: Some("$card".into()),
        category: Some("vandalism".into()),
        card: "🗂️ R-2026-00043 · new report".into(),
        ..crate::features::fixtures::ticket(43)
    };
    let officer = |body: &str| OfficerMessage {
        room_id: "!q:hs".into(),
        event_id: format!("${body}"),
        sender: "@lotte:hs".into(),
        thread_root: Some("$card".into()),
        body: body.into(),
        via_reaction: false,
        sender_name: None,
    };
    let to_resident = |out: &[Change]| -> Vec<String> {
        sends(out)
            .into_iter()
            .filter(|o| o.destination == resident.chat_id)
            .filter_map(|o| match &o.body {
                MessageBody::Text { text } => Some(text.replace(['\u{2068}', '\u{2069}'], "")),
                _ => None,
            })
            .collect()
    };
    let out = engine.officer_said(Some((&ticket, &resident)), &[], &officer("!claim"));
    assert_eq!(status(&out), Some((43, TicketStatus::Claimed)));
    assert_eq!(
        to_resident(&out),
        ["👮 A community officer is now handling R-2026-00043. You will hear from them here."]
    );
    ticket.status = TicketStatus::Claimed;
    let out = engine.officer_said(Some((&ticket, &resident)), &[], &officer("!claim"));
    assert!(to_resident(&out).is_empty(), "the resident is told once");
    let out = engine.officer_said(
        Some((&ticket, &resident)),
        &[],
        &officer("!close The graffiti has been removed."),
    );
    let told = to_resident(&out).join("\n");
    assert!(
        told.contains("Your report R-2026-00043 has been closed")
            && told.contains("The graffiti has been removed."),
        "{told}"
    );
}

trait IntoCommand {
    fn content_into_command(self) -> ResidentMessage;
}
impl IntoCommand for ResidentMessage {
    fn content_into_command(mut self) -> ResidentMessage {
        if let ResidentContent::Text { text } = &self.content {
            self.content = ResidentContent::from_text(text);
        }
        self
    }
}
