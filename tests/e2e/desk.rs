//! The officers' desk over Synapse and the Telegram emulator: the card kept
//! current by edits, labels, a template in the resident's language, a
//! transfer to another queue room, closing, and the resident's rating and
//! comment on the card.

use serde_json::Value;

use super::support::{self, WAIT, World, body, event_id, thread_root};
use super::{button_data, press};

/// The newest text of the card `root` in `room`: its last `m.replace` edit.
fn edited(events: &[Value], root: &str) -> Option<String> {
    events
        .iter()
        .filter(|e| {
            e.pointer("/content/m.relates_to/rel_type")
                .and_then(Value::as_str)
                == Some("m.replace")
                && e.pointer("/content/m.relates_to/event_id")
                    .and_then(Value::as_str)
                    == Some(root)
        })
        .filter_map(|e| {
            e.pointer("/content/m.new_content/body")
                .and_then(Value::as_str)
        })
        .map(|b| b.replace(['\u{2068}', '\u{2069}'], ""))
        .next_back()
}

async fn wait_card_edit(world: &World, room: &str, root: &str, needle: &str) -> String {
    let officer = world.officer.clone();
    let (room, root, needle) = (room.to_owned(), root.to_owned(), needle.to_owned());
    let mut last = None;
    support::eventually(WAIT, &format!("card edit with {needle}"), async || {
        last = edited(&officer.messages(&room).await, &root);
        last.as_deref().is_some_and(|t| t.contains(&needle))
    })
    .await;
    last.unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Synapse: run scripts/test.sh (it installs and starts one)"]
async fn a_ticket_goes_through_the_desk_and_is_rated() {
    let world = World::new().await;
    let koban = world.start().await;
    let resident = world.tg.user(9300, "Karim", Some("ar"));
    world
        .tg
        .send_text(&resident, "هناك كتابات على جدار المدرسة في شارعنا");
    let card = world.card("كتابات على جدار المدرسة").await;
    let root = event_id(&card);
    assert!(
        body(&card).is_some_and(|b| b.contains("Status: new")),
        "{card}"
    );
    world.tg.wait_sent(9300, 1, WAIT).await;

    let reply = |text: &'static str| {
        let world = &world;
        let root = root.clone();
        async move {
            world
                .officer
                .send_thread_reply(&world.queue, &root, text)
                .await;
        }
    };
    reply("!label graffiti school").await;
    let text = wait_card_edit(&world, &world.queue, &root, "#graffiti #school").await;
    assert!(text.contains("Status: new"), "{text}");

    // A template reaches the resident in Arabic; the room sees what it said.
    reply("!template patrol").await;
    world
        .in_thread(&root, |e| {
            body(e).is_some_and(|b| b.contains("Template") && b.contains("patrol"))
        })
        .await;
    let sent = world.tg.wait_sent(9300, 2, WAIT).await;
    let template = sent[1].text.clone().unwrap_or_default();
    assert!(
        template
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "in Arabic: {template}"
    );
    assert!(!template.contains("A patrol will pass"), "{template}");
    assert!(!template.contains("officer@"), "no officer id");

    // The first answer takes the ticket.
    reply("We will have it removed this week.").await;
    wait_card_edit(&world, &world.queue, &root, "handled by @officer").await;

    // A queue room koban is not in: refused, the ticket stays.
    reply("!transfer west").await;
    world
        .in_thread(&root, |e| {
            body(e).is_some_and(|b| b.contains("koban is not in the room of the queue"))
        })
        .await;

    // Transfer: a new card in the south room; the old card says so.
    reply("!transfer south").await;
    let south_card = world
        .officer
        .wait_for(&world.south, WAIT, |e| {
            body(e).is_some_and(|b| b.contains("كتابات على جدار") && b.contains("Moved here"))
                && thread_root(e).is_none()
        })
        .await;
    let south_root = event_id(&south_card);
    let old = wait_card_edit(&world, &world.queue, &root, "Moved to the queue south").await;
    assert!(old.contains("كتابات"), "{old}");
    // The resident's next message goes to the new thread.
    world.tg.send_text(&resident, "شكرا جزيلا");
    world
        .officer
        .wait_for(&world.south, WAIT, |e| {
            thread_root(e) == Some(south_root.as_str())
                && body(e).is_some_and(|b| b.contains("شكرا جزيلا"))
        })
        .await;

    // Closing asks for a rating; rating and comment reach the card.
    let before = world.tg.sent_to(9300).len();
    world
        .officer
        .send_thread_reply(
            &world.south,
            &south_root,
            "!close The wall has been cleaned.",
        )
        .await;
    let sent = world.tg.wait_sent(9300, before + 2, WAIT).await;
    let rating = sent[before + 1].clone();
    let five = button_data(&rating)
        .into_iter()
        .find(|d| d.starts_with("rt:") && d.ends_with(":5"))
        .expect("five-star button");
    press(&world, &resident, &rating, &five).await;
    wait_card_edit(&world, &world.south, &south_root, "★★★★★ (5/5)").await;
    world.tg.send_text(&resident, "خدمة ممتازة");
    let text = wait_card_edit(&world, &world.south, &south_root, "خدمة ممتازة").await;
    assert!(text.contains("Status: closed"), "{text}");
    koban.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Synapse: run scripts/test.sh (it installs and starts one)"]
async fn coordinators_see_stats_and_hand_tickets_over() {
    let world = World::new().await;
    let koban = world.start().await;
    let resident = world.tg.user(9400, "Ines", Some("en"));
    world
        .tg
        .send_text(&resident, "The playground gate is broken again");
    let card = world.card("playground gate").await;
    let root = event_id(&card);
    // 👀 on the card takes the ticket.
    world.officer.react(&world.queue, &root, "👀").await;
    wait_card_edit(&world, &world.queue, &root, "handled by @officer").await;

    world.officer.send_text(&world.coordination, "!stats").await;
    let stats = world
        .officer
        .wait_for(&world.coordination, WAIT, |e| {
            body(e).is_some_and(|b| b.contains("Tickets opened in the last"))
        })
        .await;
    let stats = body(&stats)
        .unwrap_or_default()
        .replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        stats.contains("north: 1 opened (0 reports) · 0 new · 1 in progress"),
        "{stats}"
    );
    assert!(stats.contains("south: 0 opened"), "{stats}");

    // A colleague without power in the coordination room is refused.
    let intern = world.hs.register("intern").await;
    world
        .officer
        .invite(&world.coordination, &intern.user_id)
        .await;
    intern.join(&world.coordination).await;
    intern.send_text(&world.coordination, "!stats").await;
    world
        .officer
        .wait_for(&world.coordination, WAIT, |e| {
            body(e).is_some_and(|b| b.contains("may not use coordination commands"))
        })
        .await;

    let handover = format!("!handover {} @colleague:localhost", world.officer.user_id);
    world
        .officer
        .send_text(&world.coordination, &handover)
        .await;
    world
        .officer
        .wait_for(&world.coordination, WAIT, |e| {
            body(e).is_some_and(|b| {
                b.replace(['\u{2068}', '\u{2069}'], "")
                    .contains("Done: 1 open ticket went")
            })
        })
        .await;
    world
        .officer
        .wait_for(&world.queue, WAIT, |e| {
            body(e).is_some_and(|b| b.contains("Handover") && b.contains("Q-2026-"))
        })
        .await;
    wait_card_edit(
        &world,
        &world.queue,
        &root,
        "handled by @colleague:localhost",
    )
    .await;
    // The outgoing officer was North's contact: residents now see the
    // incoming officer there, without the old phone number.
    world
        .officer
        .wait_for(&world.coordination, WAIT, |e| {
            body(e).is_some_and(|b| b.contains("now see"))
        })
        .await;
    let before = world.tg.sent_to(9400).len();
    world.tg.send_text(&resident, "/start area_north");
    let sent = world.tg.wait_sent(9400, before + 1, WAIT).await;
    let contacts = sent[before]
        .text
        .clone()
        .unwrap_or_default()
        .replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        contacts.contains("@colleague:localhost – Community officer"),
        "{contacts}"
    );
    assert!(
        !contacts.contains("Lotte") && !contacts.contains("+32 9 266"),
        "{contacts}"
    );
    koban.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Synapse: run scripts/test.sh (it installs and starts one)"]
async fn edits_and_deletions_cross_over_and_the_history_keeps_both() {
    let world = World::new().await;
    let koban = world.start().await;
    let resident = world.tg.user(9500, "Tom", Some("en"));
    let original = world
        .tg
        .send_text(&resident, "A red van parks on the cycle path every morning");
    let card = world.card("red van").await;
    let root = event_id(&card);
    world.tg.wait_sent(9500, 1, WAIT).await;

    // The resident corrects their message: the thread shows both texts.
    world.tg.edit_text(
        &resident,
        original,
        "A blue van parks on the cycle path every morning",
    );
    world
        .in_thread(&root, |e| {
            body(e).is_some_and(|b| {
                b.contains("edited a message")
                    && b.contains("A blue van")
                    && b.contains("A red van")
            })
        })
        .await;

    // The officer corrects and then withdraws an answer.
    let answer = world
        .officer
        .send_thread_reply(&world.queue, &root, "We will send a patrol on Monday.")
        .await;
    let sent = world.tg.wait_sent(9500, 2, WAIT).await;
    let copy = sent[1].message_id;
    world
        .officer
        .edit(&world.queue, &answer, "We will send a patrol on Tuesday.")
        .await;
    let tg = &world.tg;
    support::eventually(WAIT, "the resident's copy is edited", async || {
        tg.message(9500, copy)
            .and_then(|m| m["text"].as_str().map(|t| t.contains("on Tuesday")))
            .unwrap_or(false)
    })
    .await;
    world.officer.redact(&world.queue, &answer).await;
    support::eventually(WAIT, "the resident's copy is deleted", async || {
        tg.is_deleted(9500, copy)
    })
    .await;
    world
        .in_thread(&root, |e| {
            body(e).is_some_and(|b| b.contains("also deleted in the resident's chat"))
        })
        .await;

    // The history keeps every version.
    let store = world.store().await;
    let ticket = store
        .ticket_open_for(
            store
                .resident_upsert(
                    &koban::storage::NewResident {
                        channel: koban::domain::Channel::Telegram,
                        external_id: "9500".into(),
                        chat_id: "9500".into(),
                        language: "en".into(),
                        platform_language: None,
                    },
                    0,
                )
                .await
                .expect("resident")
                .id,
        )
        .await
        .expect("read")
        .expect("open ticket");
    let history: Vec<String> = store
        .ticket_history(ticket.id)
        .await
        .expect("history")
        .into_iter()
        .map(|h| {
            format!(
                "{}|{}",
                h.author.to_string().split(':').next().unwrap_or(""),
                h.body
            )
        })
        .collect();
    for needle in [
        "resident|A red van",
        "resident-edit|A blue van",
        "officer|We will send a patrol on Monday.",
        "officer-edit|We will send a patrol on Tuesday.",
        "officer-redacted|",
    ] {
        assert!(
            history.iter().any(|h| h.starts_with(needle)),
            "{needle} missing from {history:?}"
        );
    }
    koban.stop().await;
}
