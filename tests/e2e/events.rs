//! Events end to end: residents subscribe at onboarding; a coordinator
//! creates an event in the coordination room and publishes it; the invite
//! reaches the subscribers with answer buttons; answers update the event's
//! card; a full event puts residents on a waiting list and a freed place is
//! offered to the next in line; the calendar file comes on request; a
//! cancellation reaches everyone who answered, with a calendar
//! cancellation; the broadcast's card shows its progress to the end.

use crate::support::telegram::{SentMessage, TgUser};
use crate::support::{WAIT, World, body, eventually};

fn plain(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

fn data(message: &SentMessage) -> Vec<String> {
    message
        .reply_markup
        .as_ref()
        .and_then(|m| m.get("inline_keyboard"))
        .and_then(|k| k.as_array())
        .map(|rows| {
            rows.iter()
                .filter_map(|row| row.as_array())
                .flatten()
                .filter_map(|b| b["callback_data"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// The first message to `chat` that `pred` accepts.
async fn wait_msg(
    world: &World,
    chat: i64,
    what: &str,
    pred: impl Fn(&SentMessage) -> bool,
) -> SentMessage {
    let mut found = None;
    eventually(WAIT, &format!("a message to {chat}: {what}"), async || {
        found = world.tg.sent_to(chat).into_iter().find(|m| pred(m));
        found.is_some()
    })
    .await;
    found.expect("found")
}

/// The first message to `chat` whose text contains `needle`.
async fn wait_text(world: &World, chat: i64, needle: &str) -> SentMessage {
    wait_msg(world, chat, needle, |m| {
        m.text.as_deref().is_some_and(|t| plain(t).contains(needle))
    })
    .await
}

/// A resident who went through onboarding and pressed "invite me".
async fn subscribed(world: &World, id: i64, name: &str, lang: &str) -> TgUser {
    let user = world.tg.user(id, name, Some(lang));
    world.tg.send_text(&user, "/start");
    let welcome = world.tg.wait_sent(id, 1, WAIT).await;
    world.tg.press_button(&user, welcome[0].message_id, "go");
    let done = world.tg.wait_sent(id, 2, WAIT).await;
    assert!(
        data(&done[1]).contains(&"st:events".to_owned()),
        "onboarding offers the invitations: {:?}",
        done[1]
    );
    world
        .tg
        .press_button(&user, done[1].message_id, "st:events");
    world.tg.wait_sent(id, 3, WAIT).await;
    user
}

/// The coordinators' room message containing `needle` (edits included).
async fn in_coordination(world: &World, needle: &str) -> String {
    let found = world
        .officer
        .wait_for(&world.coordination, WAIT, |e| {
            if e["sender"] != world.bot.user_id.as_str() {
                return false;
            }
            let new = e["content"]["m.new_content"]["body"].as_str();
            new.or_else(|| body(e))
                .is_some_and(|b| plain(b).contains(needle))
        })
        .await;
    let text = found["content"]["m.new_content"]["body"]
        .as_str()
        .or_else(|| body(&found))
        .unwrap_or_default();
    plain(text)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Synapse: run scripts/test.sh (it installs and starts one)"]
async fn an_event_is_announced_answered_waitlisted_and_cancelled() {
    let _ = tracing_subscriber::fmt()
        .with_env_filter("koban=debug")
        .try_init();
    let world = World::new().await;
    let koban = world.start().await;
    let ana = subscribed(&world, 8101, "Ana", "en").await;
    let ben = subscribed(&world, 8102, "Ben", "de").await;
    // Someone who did not subscribe hears nothing.
    let cem = world.tg.user(8103, "Cem", Some("tr"));
    world.tg.send_text(&cem, "/start");
    world.tg.wait_sent(8103, 1, WAIT).await;

    world
        .officer
        .send_text(
            &world.coordination,
            "!event new\ntitle: Coffee with a cop\ntitle.de: Kaffee mit der Polizei\n\
             when: 2031-06-12 17:00\nuntil: 18:30\nwhere: Market square 1\n\
             geo: 52.52, 13.40\ncapacity: 1\nabout: A free coffee and a chat.",
        )
        .await;
    let saved = in_coordination(&world, "saved as a draft").await;
    let id: i64 = saved
        .split('#')
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .and_then(|s| s.parse().ok())
        .expect("an event number");
    in_coordination(&world, &format!("Event #{id} (draft)")).await;
    // A preview in German before publishing.
    world
        .officer
        .send_text(&world.coordination, &format!("!event show {id} de"))
        .await;
    let preview = in_coordination(&world, "Preview (de)").await;
    assert!(preview.contains("Kaffee mit der Polizei"), "{preview}");
    assert_eq!(world.tg.sent_to(8101).len(), 3, "nothing before publishing");

    world
        .officer
        .send_text(&world.coordination, &format!("!event publish {id}"))
        .await;
    in_coordination(&world, "published").await;
    let invite = wait_text(&world, 8101, "You are invited").await;
    let text = plain(invite.text.as_deref().unwrap_or_default());
    // In the zone's time (summer time in Berlin), with the place.
    assert!(
        text.contains("17:00–18:30") && text.contains("Market square 1"),
        "{text}"
    );
    let answer = |a: &str| format!("ea:{id}:{a}");
    assert!(data(&invite).contains(&answer("g")), "{:?}", data(&invite));
    let einladung = wait_msg(&world, 8102, "the invite", |m| {
        data(m).contains(&answer("g"))
    })
    .await;
    assert!(
        plain(einladung.text.as_deref().unwrap_or_default()).contains("Kaffee mit der Polizei"),
        "in German: {einladung:?}"
    );
    assert!(
        data(&einladung).contains(&answer("m")),
        "{einladung:?}\n{}",
        world.tg.dump()
    );

    // Ana takes the only place; Ben waits; the card counts both.
    world.tg.press_button(&ana, invite.message_id, &answer("g"));
    wait_text(&world, 8101, "You are on the list").await;
    in_coordination(&world, "1 going").await;
    world
        .tg
        .press_button(&ben, einladung.message_id, &answer("g"));
    wait_text(&world, 8102, "Sie sind Nummer 1 auf der Warteliste").await;
    in_coordination(&world, "1 waiting").await;

    // The calendar file on request.
    world
        .tg
        .press_button(&ana, invite.message_id, &format!("ec:{id}"));
    let mut ics = String::new();
    eventually(WAIT, "the calendar file", async || {
        if let Some(doc) = world
            .tg
            .sent_to(8101)
            .into_iter()
            .find(|m| m.method == "senddocument")
        {
            ics = String::from_utf8(doc.file.unwrap_or_default()).unwrap_or_default();
        }
        !ics.is_empty()
    })
    .await;
    assert!(
        ics.contains("BEGIN:VCALENDAR") && ics.contains(&format!("UID:event-{id}@")),
        "{ics}"
    );
    assert!(
        ics.contains("DTSTART:20310612T150000Z"),
        "UTC, 17:00 CEST: {ics}"
    );

    // Ana gives her place back: it is offered to Ben.
    world.tg.press_button(&ana, invite.message_id, &answer("n"));
    let offer = wait_text(&world, 8102, "🎟").await;
    assert!(data(&offer).contains(&answer("g")), "{offer:?}");

    world
        .officer
        .send_text(&world.coordination, &format!("!attendees {id}"))
        .await;
    let list = in_coordination(&world, &format!("Answers to event #{id}")).await;
    assert!(list.contains("Resident "), "pseudonyms: {list}");
    assert!(!list.contains("Ana") && !list.contains("8101"), "{list}");

    // The invitation broadcast finished: both subscribers reached.
    in_coordination(&world, "finished: 2 of 2 sent").await;

    // Cancelled: Ben (holding the offered place) is told with a calendar
    // cancellation; Ana (not going) is not.
    let ana_before = world.tg.sent_to(8101).len();
    world
        .officer
        .send_text(&world.coordination, &format!("!event cancel {id}"))
        .await;
    wait_text(&world, 8102, "Abgesagt").await;
    let mut cancel = String::new();
    eventually(WAIT, "the calendar cancellation", async || {
        cancel = world
            .tg
            .sent_to(8102)
            .into_iter()
            .filter(|m| m.method == "senddocument")
            .filter_map(|m| String::from_utf8(m.file.unwrap_or_default()).ok())
            .find(|f| f.contains("METHOD:CANCEL"))
            .unwrap_or_default();
        !cancel.is_empty()
    })
    .await;
    assert!(
        cancel.contains(&format!("UID:event-{id}@")) && cancel.contains("SEQUENCE:1"),
        "{cancel}"
    );
    in_coordination(&world, "finished: 1 of 1 sent").await;
    assert_eq!(
        world.tg.sent_to(8101).len(),
        ana_before,
        "Ana was not going"
    );
    assert_eq!(world.tg.sent_to(8103).len(), 1, "Cem never subscribed");
    koban.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Synapse: run scripts/test.sh (it installs and starts one)"]
async fn residents_find_events_from_the_menu_and_a_poster_link_and_can_leave() {
    let world = World::new().await;
    let koban = world.start().await;
    let ana = subscribed(&world, 8201, "Ana", "en").await;
    world
        .officer
        .send_text(
            &world.coordination,
            "!event new\ntitle: Street briefing\nwhen: 2031-03-05 10:00\nwhere: Station square",
        )
        .await;
    let saved = in_coordination(&world, "saved as a draft").await;
    let id: i64 = saved
        .split('#')
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .and_then(|s| s.parse().ok())
        .expect("an event number");
    // A poster's link to a draft shows nothing yet.
    world.tg.send_text(&ana, &format!("/start event_{id}"));
    wait_text(&world, 8201, "does not exist").await;
    world
        .officer
        .send_text(&world.coordination, &format!("!event publish {id}"))
        .await;
    wait_text(&world, 8201, "You are invited").await;
    // /events lists it; the poster link opens it.
    world.tg.send_text(&ana, "/events");
    let list = wait_text(&world, 8201, "Upcoming events").await;
    assert!(data(&list).contains(&format!("e:{id}")), "{list:?}");
    let before = world.tg.sent_to(8201).len();
    world.tg.send_text(&ana, &format!("/start event_{id}"));
    let shown = world.tg.wait_sent(8201, before + 1, WAIT).await;
    let shown = shown.last().expect("shown");
    assert!(plain(shown.text.as_deref().unwrap_or_default()).contains("Street briefing"));
    // Leaving every subscription: the next event does not reach her.
    world.tg.send_text(&ana, "/subscriptions");
    let subs = wait_text(&world, 8201, "What would you like to hear about").await;
    world.tg.press_button(&ana, subs.message_id, "S!");
    wait_text(&world, 8201, "will not receive any announcements").await;
    world
        .officer
        .send_text(
            &world.coordination,
            "!event new\ntitle: District meeting\nwhen: 2031-03-09 19:00",
        )
        .await;
    let saved = in_coordination(&world, "District meeting").await;
    let second: i64 = saved
        .split('#')
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .and_then(|s| s.parse().ok())
        .expect("an event number");
    let after = world.tg.sent_to(8201).len();
    world
        .officer
        .send_text(&world.coordination, &format!("!event publish {second}"))
        .await;
    in_coordination(&world, "finished: 0 of 0 sent").await;
    assert_eq!(world.tg.sent_to(8201).len(), after, "she left");
    koban.stop().await;
}
