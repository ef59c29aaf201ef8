//! Events end to end: residents subscribe at onboarding; a coordinator
//! creates an event in the coordination room and publishes it; the invite
//! reaches the subscribers with answer buttons; answers update the event's
//! card; a full event puts residents on a waiting list and a freed place is
//! offered to the next in line; the calendar file comes on request; a
//! cancellation reaches everyone who answered, with a calendar
//! cancellation; the broadcast's card shows its progress to the end.

use crate::button_data as data;
use crate::support::telegram::{SentMessage, TgUser};
use crate::support::{WAIT, World, body, eventually};

fn plain(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
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

/// The number after the first `#` in a reply ("Event #12 saved …").
fn number(reply: String) -> i64 {
    reply
        .split('#')
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("a number in {reply:?}"))
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

/// A coordinator's `!event new` for `title` with more `fields`; the new
/// draft's number, read off its card, once koban said it is saved.
async fn new_event(world: &World, title: &str, fields: &str) -> i64 {
    world
        .officer
        .send_text(
            &world.coordination,
            &format!("!event new\ntitle: {title}\n{fields}"),
        )
        .await;
    let id = number(in_coordination(world, &format!("(draft): {title}")).await);
    in_coordination(world, &format!("Event #{id} saved as a draft")).await;
    id
}

/// A coordinator's `!event publish <id>` (now).
async fn publish(world: &World, id: i64) {
    world
        .officer
        .send_text(&world.coordination, &format!("!event publish {id}"))
        .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Synapse: run scripts/test.sh (it installs and starts one)"]
async fn an_event_is_announced_answered_waitlisted_and_cancelled() {
    let world = World::new().await;
    let koban = world.start().await;
    let ana = subscribed(&world, 8101, "Ana", "en").await;
    let ben = subscribed(&world, 8102, "Ben", "de").await;
    // Someone who did not subscribe hears nothing.
    let cem = world.tg.user(8103, "Cem", Some("tr"));
    world.tg.send_text(&cem, "/start");
    world.tg.wait_sent(8103, 1, WAIT).await;

    let id = new_event(
        &world,
        "Coffee with a cop",
        "title.de: Kaffee mit der Polizei\n\
         when: 2031-06-12 17:00\nuntil: 18:30\nwhere: Market square 1\n\
         geo: 52.52, 13.40\ncapacity: 1\nabout: A free coffee and a chat.",
    )
    .await;
    in_coordination(&world, &format!("Event #{id} (draft)")).await;
    // A preview in German before publishing.
    world
        .officer
        .send_text(&world.coordination, &format!("!event show {id} de"))
        .await;
    let preview = in_coordination(&world, "Preview (de)").await;
    assert!(preview.contains("Kaffee mit der Polizei"), "{preview}");
    assert_eq!(world.tg.sent_to(8101).len(), 3, "nothing before publishing");

    publish(&world, id).await;
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
    let id = new_event(
        &world,
        "Street briefing",
        "when: 2031-03-05 10:00\nwhere: Station square\ngeo: 52.52, 13.405",
    )
    .await;
    // A poster's link to a draft shows nothing yet.
    world.tg.send_text(&ana, &format!("/start event_{id}"));
    wait_text(&world, 8201, "does not exist").await;
    publish(&world, id).await;
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
    // "Where": a venue her Telegram opens on its map, then the address.
    assert!(data(shown).contains(&format!("ep:{id}")), "{shown:?}");
    world
        .tg
        .press_button(&ana, shown.message_id, &format!("ep:{id}"));
    let venue = wait_msg(&world, 8201, "a venue", |m| m.method == "sendvenue").await;
    let pin = venue.visible_text.as_deref().unwrap_or_default();
    assert!(
        pin.contains("Street briefing")
            && pin.contains("Station square")
            && pin.contains("52.52,13.405"),
        "{pin}"
    );
    wait_text(&world, 8201, "openstreetmap.org").await;
    // Leaving every subscription: the next event does not reach her.
    world.tg.send_text(&ana, "/subscriptions");
    let subs = wait_text(&world, 8201, "What would you like to hear about").await;
    world.tg.press_button(&ana, subs.message_id, "S!");
    wait_text(&world, 8201, "will not receive any announcements").await;
    let second = new_event(&world, "District meeting", "when: 2031-03-09 19:00").await;
    let after = world.tg.sent_to(8201).len();
    publish(&world, second).await;
    in_coordination(&world, "finished: 0 of 0 sent").await;
    assert_eq!(world.tg.sent_to(8201).len(), after, "she left");
    koban.stop().await;
}

/// Residents 1..=n (Telegram ids `base + i`), registered with the emulator
/// and subscribed to events, written straight into koban's database.
async fn seed_subscribers(world: &World, base: i64, n: i64) -> Vec<TgUser> {
    use koban::domain::event::{EventChange, EventTimer, Topic};
    use koban::domain::{Change, Channel, InboundEvent};
    use koban::storage::{NewInbox, NewResident};
    std::fs::create_dir_all(world.dir.path().join("data")).expect("data dir");
    let store = world.store().await;
    // Seen just now (an old resident would be removed by retention).
    #[allow(clippy::disallowed_methods)]
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64);
    let mut users = Vec::new();
    let mut changes = Vec::new();
    for i in 1..=n {
        let id = base + i;
        users.push(world.tg.user(id, &format!("R{i}"), Some("en")));
        let r = store
            .resident_upsert(
                &NewResident {
                    channel: Channel::Telegram,
                    external_id: id.to_string(),
                    chat_id: id.to_string(),
                    language: "en".into(),
                    platform_language: Some("en".into()),
                },
                now,
            )
            .await
            .expect("resident");
        changes.push(Change::Events(EventChange::Subscribe {
            resident_id: r.id,
            topic: Topic::Events,
        }));
    }
    let event = InboundEvent::Events(EventTimer::Progress { broadcast_id: 0 });
    let item = NewInbox::event("test", "seed".into(), &event, now).expect("json");
    store.inbox_record(&[item], &[]).await.expect("record");
    let seed = store
        .inbox_due(i64::MAX, 100)
        .await
        .expect("due")
        .into_iter()
        .find(|i| i.external_id == "seed")
        .expect("the seed event");
    store
        .commit(seed.id, &changes, now)
        .await
        .expect("subscribe");
    users
}

/// How many invites each chat got.
fn invites(world: &World) -> std::collections::HashMap<i64, usize> {
    let mut counts = std::collections::HashMap::new();
    for m in world.tg.sent() {
        if m.text
            .as_deref()
            .is_some_and(|t| plain(t).contains("You are invited"))
        {
            *counts.entry(m.chat_id).or_insert(0) += 1;
        }
    }
    counts
}

fn kill(child: &mut std::process::Child, signal: &str) {
    let _ = std::process::Command::new("kill")
        .args([signal, &child.id().to_string()])
        .status();
    let _ = child.wait();
}

/// A koban process that does not outlive a failed test.
struct Process(std::process::Child);

impl Drop for Process {
    fn drop(&mut self) {
        if let Ok(None) = self.0.try_wait() {
            kill(&mut self.0, "-KILL");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Synapse: run scripts/test.sh (it installs and starts one)"]
async fn a_broadcast_killed_halfway_reaches_everyone_after_the_restart() {
    const N: i64 = 5_000;
    const BLOCKED: i64 = 50;
    let world = World::new().await;
    // Fast enough for a test; the limits themselves are measured in
    // benches/broadcast.rs.
    world
        .tg_rate
        .store(200, std::sync::atomic::Ordering::SeqCst);
    let users = seed_subscribers(&world, 900_000, N).await;
    for u in users.iter().take(BLOCKED as usize) {
        world.tg.block_bot(u, true);
    }
    let mut koban = Process(world.spawn_binary());
    let started = tokio::time::Instant::now();
    while !world.log().contains("koban is running") {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(60),
            "koban did not start:\n{}",
            world.log()
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let id = new_event(&world, "District meeting", "when: 2031-09-01 19:00").await;
    publish(&world, id).await;
    let started = tokio::time::Instant::now();
    while invites(&world).len() < (N / 3) as usize {
        if started.elapsed() > std::time::Duration::from_secs(120) {
            let log = world.log();
            let tail: Vec<&str> = log.lines().rev().take(40).collect();
            panic!(
                "{} invites after 2 minutes; koban's log ends:\n{}",
                invites(&world).len(),
                tail.into_iter().rev().collect::<Vec<_>>().join("\n")
            );
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    kill(&mut koban.0, "-KILL");
    let at_kill = invites(&world).len();
    assert!(
        at_kill < (N - BLOCKED) as usize,
        "killed in the middle ({at_kill} sent)"
    );
    let mut koban = Process(world.spawn_binary());
    eventually(
        std::time::Duration::from_secs(240),
        "every reachable subscriber has the invite",
        async || invites(&world).len() >= (N - BLOCKED) as usize,
    )
    .await;
    let counts = invites(&world);
    let doubled: usize = counts.values().map(|c| c - 1).sum();
    // The Bot API has no idempotency key: sends in flight at the kill
    // (at most one per send slot of the worker) may go twice, nothing else.
    eprintln!("killed after {at_kill} of {N} invites; after the restart {doubled} went twice");
    assert!(
        doubled <= koban::delivery::CONCURRENCY,
        "{doubled} invites went twice (at most {} sends are in flight)",
        koban::delivery::CONCURRENCY
    );
    for u in users.iter().take(BLOCKED as usize) {
        assert!(!counts.contains_key(&u.id), "blocked chats get nothing");
    }
    let card = in_coordination(&world, "finished:").await;
    assert!(
        card.contains(&format!("{} of {N} sent", N - BLOCKED))
            && card.contains(&format!("{BLOCKED} unreachable")),
        "{card}"
    );
    kill(&mut koban.0, "-TERM");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Synapse: run scripts/test.sh (it installs and starts one)"]
async fn a_matrix_resident_answers_an_invite_by_number_and_gets_the_calendar_file_and_the_pin() {
    let world = World::new().await;
    let koban = world.start().await;
    let (resident, dm) = world.matrix_resident().await;
    let bot = world.bot.user_id.clone();
    let from_bot = |needle: &'static str| {
        let bot = bot.clone();
        move |e: &serde_json::Value| {
            e["sender"] == bot.as_str() && body(e).is_some_and(|b| plain(b).contains(needle))
        }
    };
    // `!subscriptions`: the topics numbered, the first is the events.
    resident.send_text(&dm, "!subscriptions").await;
    resident
        .wait_for(&dm, WAIT, from_bot("What would you like to hear about"))
        .await;
    resident.send_text(&dm, "1").await;
    resident
        .wait_for(&dm, WAIT, from_bot("Subscribed: Events in my area"))
        .await;

    let id = new_event(
        &world,
        "Youth football afternoon",
        "when: 2031-05-03 14:00\nwhere: Sports park\ngeo: 48.137, 11.575",
    )
    .await;
    publish(&world, id).await;
    let invite = resident
        .wait_for(&dm, WAIT, from_bot("You are invited"))
        .await;
    let text = plain(body(&invite).unwrap_or_default());
    assert!(
        text.contains("1.") && text.contains("Going") && text.contains("Add to calendar"),
        "numbered choices: {text}"
    );
    // 1: going.
    resident.send_text(&dm, "1").await;
    resident
        .wait_for(&dm, WAIT, from_bot("You are on the list"))
        .await;
    in_coordination(&world, "1 going").await;
    // Then 1 again: the calendar file, as an m.file.
    resident.send_text(&dm, "1").await;
    let file = resident
        .wait_for(&dm, WAIT, |e| {
            e["sender"] == bot.as_str() && e["content"]["msgtype"] == "m.file"
        })
        .await;
    assert_eq!(file["content"]["info"]["mimetype"], "text/calendar");
    let mxc = file["content"]["url"].as_str().expect("a file url");
    let ics = String::from_utf8(resident.download(mxc).await).expect("text");
    assert!(ics.contains("SUMMARY:Youth football afternoon"), "{ics}");
    // From the list, the event, then "Where": an m.location her client
    // shows on a map.
    resident.send_text(&dm, "!events").await;
    resident
        .wait_for(&dm, WAIT, from_bot("Upcoming events"))
        .await;
    let seen: Vec<serde_json::Value> = resident
        .messages(&dm)
        .await
        .iter()
        .map(|e| e["event_id"].clone())
        .collect();
    resident.send_text(&dm, "1").await;
    let shown = resident
        .wait_for(&dm, WAIT, |e| {
            !seen.contains(&e["event_id"]) && from_bot("📍 Where")(e)
        })
        .await;
    let shown = plain(body(&shown).unwrap_or_default());
    let choice = shown
        .lines()
        .find(|l| l.contains("📍 Where"))
        .and_then(|l| l.trim().split('.').next())
        .unwrap_or_else(|| panic!("a numbered \"Where\" in {shown}"))
        .trim()
        .to_owned();
    resident.send_text(&dm, &choice).await;
    let pin = resident
        .wait_for(&dm, WAIT, |e| {
            e["sender"] == bot.as_str() && e["content"]["msgtype"] == "m.location"
        })
        .await;
    assert_eq!(pin["content"]["geo_uri"], "geo:48.137,11.575");
    assert!(
        body(&pin).is_some_and(|b| b.contains("Sports park")),
        "{pin}"
    );
    koban.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Synapse: run scripts/test.sh (it installs and starts one)"]
async fn an_announcement_reaches_only_its_topic_and_languages() {
    let world = World::new().await;
    let koban = world.start().await;
    let ana = subscribed(&world, 8301, "Ana", "en").await;
    let ben = subscribed(&world, 8302, "Ben", "de").await;
    // Both also take prevention alerts.
    for (user, chat) in [(&ana, 8301), (&ben, 8302)] {
        world.tg.send_text(user, "/subscriptions");
        let subs = wait_msg(&world, chat, "the subscriptions", |m| {
            data(m).contains(&"st:prevention".to_owned())
        })
        .await;
        world
            .tg
            .press_button(user, subs.message_id, "st:prevention");
        wait_msg(&world, chat, "prevention on", |m| {
            m.message_id > subs.message_id && data(m).contains(&"S!".to_owned())
        })
        .await;
    }
    world
        .officer
        .send_text(
            &world.coordination,
            "!announce new\ntopic: prevention\nlanguages: de\n\
             text: Bicycle thefts near the station: lock your bike.\n\
             text.de: Fahrraddiebstähle am Bahnhof: Schließen Sie Ihr Rad an.",
        )
        .await;
    let saved = in_coordination(&world, "Announcement #").await;
    let id = number(saved);
    world
        .officer
        .send_text(&world.coordination, &format!("!announce show {id} de"))
        .await;
    let preview = in_coordination(&world, "Preview (de)").await;
    assert!(preview.contains("Fahrraddiebstähle"), "{preview}");
    let before = world.tg.sent_to(8301).len();
    world
        .officer
        .send_text(&world.coordination, &format!("!announce send {id}"))
        .await;
    wait_text(&world, 8302, "Fahrraddiebstähle am Bahnhof").await;
    in_coordination(&world, "finished: 1 of 1 sent").await;
    assert_eq!(world.tg.sent_to(8301).len(), before, "Ana speaks English");
    // Sent once: a second send is refused.
    world
        .officer
        .send_text(&world.coordination, &format!("!announce send {id}"))
        .await;
    in_coordination(&world, "sent or cancelled already").await;
    koban.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Synapse: run scripts/test.sh (it installs and starts one)"]
async fn a_coordinator_creates_an_event_question_by_question() {
    let world = World::new().await;
    let koban = world.start().await;
    let room = world.coordination.clone();
    let say = async |text: &str| world.officer.send_text(&room, text).await;
    say("!event new").await;
    let first = in_coordination(&world, "1/10").await;
    assert!(
        first.contains("step by step") && first.contains("What is the event called"),
        "{first}"
    );
    // A colleague's chat in between is not taken as an answer.
    let colleague = world.hs.register("colleague").await;
    world.officer.invite(&room, &colleague.user_id).await;
    colleague.join(&room).await;
    colleague.send_text(&room, "Who brings the coffee?").await;
    say("Neighbourhood walk").await;
    in_coordination(&world, "2/10").await;
    // A time that does not read is asked again, with the reason.
    say("next friday").await;
    let again = in_coordination(&world, "That did not work").await;
    assert!(
        again.contains("2/10") && again.contains("2026-12-10 17:00"),
        "{again}"
    );
    say("2031-04-02 18:00").await;
    in_coordination(&world, "3/10").await;
    say("60").await;
    in_coordination(&world, "4/10").await;
    say("Park entrance, Linden street").await;
    // An unknown area is refused with the known ones.
    in_coordination(&world, "5/10").await;
    say("atlantis").await;
    let area = in_coordination(&world, "\"atlantis\" is not configured").await;
    assert!(area.contains("north"), "{area}");
    say("north").await;
    for step in 6..=9 {
        in_coordination(&world, &format!("{step}/10")).await;
        say(if step == 6 { "25" } else { "skip" }).await;
    }
    in_coordination(&world, "10/10").await;
    say("An evening walk with your neighbourhood officers.").await;
    let id = number(in_coordination(&world, "(draft): Neighbourhood walk").await);
    in_coordination(&world, &format!("Event #{id} saved as a draft")).await;
    // The draft holds every answer.
    say(&format!("!event show {id}")).await;
    let preview = in_coordination(&world, "Preview (en)").await;
    for part in [
        "Neighbourhood walk",
        "18:00–19:00",
        "Park entrance, Linden street",
        "25 of 25 places",
        "An evening walk",
    ] {
        assert!(preview.contains(part), "{part:?} in {preview}");
    }
    // The dialogue is over: plain messages are chat again; a new one can
    // be stopped.
    let from_bot = async || {
        world
            .officer
            .messages(&room)
            .await
            .into_iter()
            .filter(|e| e["sender"] == world.bot.user_id.as_str())
            .filter(|e| e["content"]["m.relates_to"]["rel_type"] != "m.replace")
            .count()
    };
    let before = from_bot().await;
    say("Thanks all").await;
    say("!event new").await;
    eventually(WAIT, "the second dialogue's first question", async || {
        from_bot().await > before
    })
    .await;
    say("stop").await;
    in_coordination(&world, "Stopped; nothing was saved").await;
    assert_eq!(
        from_bot().await,
        before + 2,
        "only the question and the stop"
    );
    koban.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Synapse: run scripts/test.sh (it installs and starts one)"]
async fn news_channels_get_invitations_cancellations_and_announcements_once() {
    let world = World::new().await;
    const NORTH: i64 = -1_001_000_000_001;
    const SOUTH: i64 = -1_001_000_000_002;
    const NO_RIGHTS: i64 = -1_001_000_000_003;
    world.tg.channel(NORTH, "North news", true);
    world.tg.channel(SOUTH, "South news", true);
    world.tg.channel(NO_RIGHTS, "Zone news", false);
    let news = world
        .officer
        .create_room("Neuigkeiten", &[&world.bot.user_id])
        .await;
    let channel = |chat: String, language: &str, area: Option<&str>| koban::config::NewsChannel {
        chat,
        language: language.into(),
        area: area.map(str::to_owned),
    };
    let koban = world
        .start_with(|c| {
            c.events.channels = vec![
                channel(NORTH.to_string(), "en", Some("north")),
                channel(SOUTH.to_string(), "en", Some("south")),
                channel(NO_RIGHTS.to_string(), "en", None),
                channel(news.clone(), "de", None),
            ];
        })
        .await;
    world
        .officer
        .wait_joined(&news, &world.bot.user_id, WAIT)
        .await;
    subscribed(&world, 8401, "Ana", "en").await;
    let id = new_event(
        &world,
        "Bike marking",
        "when: 2031-06-01 10:00\nwhere: Station square\narea: north",
    )
    .await;
    publish(&world, id).await;
    // The north channel gets the invitation with a link that opens koban
    // on the event; the south one does not; the subscriber gets hers.
    let post = wait_text(&world, NORTH, "You are invited").await;
    let text = post.text.as_deref().unwrap_or_default();
    assert!(
        text.contains("Bike marking")
            && text.contains(&format!("https://t.me/koban_test_bot?start=event_{id}")),
        "{text}"
    );
    wait_text(&world, 8401, "You are invited").await;
    // The Matrix news room, in German (the texts fall back to English, said so).
    let bot = world.bot.user_id.clone();
    let posted = world
        .officer
        .wait_for(&news, WAIT, |e| {
            e["sender"] == bot.as_str()
                && body(e).is_some_and(|b| plain(b).contains("Sie sind eingeladen"))
        })
        .await;
    let posted = plain(body(&posted).unwrap_or_default());
    assert!(
        posted.contains("Bike marking") && posted.contains("matrix.to/#/@koban"),
        "{posted}"
    );
    // A channel where koban may not post is refused by Telegram; the others
    // are not held up by it, and the coordinators are told how to fix it.
    assert!(world.tg.sent_to(SOUTH).is_empty(), "south has its own news");
    assert!(world.tg.sent_to(NO_RIGHTS).is_empty());
    let notice = in_coordination(&world, "could not post in the news channel").await;
    assert!(
        notice.contains(&NO_RIGHTS.to_string()) && notice.contains("administrator"),
        "{notice}"
    );

    // An announcement for the channels only: posted once in each, not sent
    // to the subscribers.
    world
        .officer
        .send_text(
            &world.coordination,
            "!announce new\ntopic: news\narea: north\nvia: channels\n\
             text: Road works on Linden street from Monday.",
        )
        .await;
    let a = number(in_coordination(&world, "Announcement #").await);
    let before = world.tg.sent_to(8401).len();
    world
        .officer
        .send_text(&world.coordination, &format!("!announce send {a}"))
        .await;
    in_coordination(
        &world,
        &format!("Announcement #{a} posted in 3 news channels"),
    )
    .await;
    wait_text(&world, NORTH, "Road works on Linden street").await;
    world
        .officer
        .wait_for(&news, WAIT, |e| {
            body(e).is_some_and(|b| b.contains("Road works on Linden street"))
        })
        .await;
    assert_eq!(
        world.tg.sent_to(8401).len(),
        before,
        "not to each subscriber"
    );
    assert!(world.tg.sent_to(SOUTH).is_empty());

    // The cancellation follows the invitation into the channels.
    world
        .officer
        .send_text(&world.coordination, &format!("!event cancel {id}"))
        .await;
    wait_text(&world, NORTH, "Cancelled: Bike marking").await;
    world
        .officer
        .wait_for(&news, WAIT, |e| {
            body(e).is_some_and(|b| plain(b).contains("Abgesagt: Bike marking"))
        })
        .await;
    koban.stop().await;
}
