//! Residents' data rights over the Telegram emulator and Synapse: `/mydata`
//! shows what koban keeps, `/erase` deletes it after a confirmation and
//! koban's copies in the queue room are redacted; `!erase` by an officer.

use serde_json::Value;

use super::press;
use super::support::{WAIT, World, body, event_id};

fn plain(text: &Option<String>) -> String {
    text.clone()
        .unwrap_or_default()
        .replace(['\u{2068}', '\u{2069}'], "")
}

/// Whether the event `id` in `room` has been redacted.
async fn redacted(world: &World, room: &str, id: &str) -> bool {
    world
        .officer
        .messages(room)
        .await
        .iter()
        .find(|e| e["event_id"] == id)
        .is_some_and(|e| {
            e.pointer("/unsigned/redacted_because").is_some()
                || e.get("content")
                    .and_then(Value::as_object)
                    .is_some_and(|c| c.is_empty())
        })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Synapse: run scripts/test.sh (it installs and starts one)"]
async fn residents_see_and_erase_their_data() {
    let world = World::new().await;
    let koban = world.start().await;
    let resident = world.tg.user(9600, "Lina", Some("en"));
    world
        .tg
        .send_text(&resident, "Someone keeps ringing my doorbell at night");
    let card = world.card("ringing my doorbell").await;
    let root = event_id(&card);
    world.tg.wait_sent(9600, 1, WAIT).await;
    world
        .officer
        .send_thread_reply(
            &world.queue,
            &root,
            "!note neighbour dispute, known address",
        )
        .await;
    world
        .officer
        .send_thread_reply(
            &world.queue,
            &root,
            "Thank you, we will talk to the neighbours.",
        )
        .await;
    world.tg.wait_sent(9600, 2, WAIT).await;

    // What koban keeps: their words and the answer, not the internal note.
    world.tg.send_text(&resident, "/mydata");
    let sent = world.tg.wait_sent(9600, 3, WAIT).await;
    let export = plain(&sent[2].text);
    assert!(
        export.contains("You: Someone keeps ringing my doorbell"),
        "{export}"
    );
    assert!(
        export.contains("Officer: Thank you, we will talk"),
        "{export}"
    );
    assert!(
        !export.contains("neighbour dispute"),
        "internal notes stay internal"
    );

    // The answer edited the card: the edit carries the resident's words too.
    let queue = world.queue.clone();
    super::support::eventually(WAIT, "the card is edited", async || {
        world.officer.messages(&queue).await.iter().any(|e| {
            e.pointer("/content/m.relates_to/rel_type") == Some(&Value::from("m.replace"))
                && e["content"].to_string().contains("ringing my doorbell")
        })
    })
    .await;

    // Erase: a confirmation first, then everything goes.
    world.tg.send_text(&resident, "/erase");
    let sent = world.tg.wait_sent(9600, 4, WAIT).await;
    assert!(plain(&sent[3].text).contains("cannot be undone"));
    let done = press(&world, &resident, &sent[3], "er!").await;
    assert!(
        plain(&done.text).contains("has been deleted"),
        "{:?}",
        done.text
    );
    super::support::eventually(WAIT, "the card is redacted", async || {
        redacted(&world, &queue, &root).await
    })
    .await;
    super::support::eventually(
        WAIT,
        "no event in the room, original or edit, keeps their words",
        async || {
            world
                .officer
                .messages(&queue)
                .await
                .iter()
                .all(|e| !e["content"].to_string().contains("ringing my doorbell"))
        },
    )
    .await;
    let store = world.store().await;
    assert_eq!(
        store.tickets_created_since(0).await.expect("read").len(),
        0,
        "no ticket left"
    );
    // Writing again starts afresh: a new pseudonym, a new ticket.
    world.tg.send_text(&resident, "One more thing");
    let again = world.card("One more thing").await;
    assert_ne!(event_id(&again), root);
    let pseudonym = |card: &Value| {
        body(card)
            .and_then(|b| b.split("From: ").nth(1))
            .and_then(|b| b.split(" · ").next())
            .map(str::to_owned)
    };
    assert!(pseudonym(&again).is_some());
    assert_ne!(pseudonym(&again), pseudonym(&card), "a new pseudonym");

    // An officer erases on request.
    world
        .officer
        .send_thread_reply(&world.queue, &event_id(&again), "!erase")
        .await;
    world
        .officer
        .wait_for(&world.queue, WAIT, |e| {
            body(e).is_some_and(|b| b.contains("deleted all of their data"))
        })
        .await;
    let queue = world.queue.clone();
    let again_id = event_id(&again);
    super::support::eventually(WAIT, "the second card is redacted", async || {
        redacted(&world, &queue, &again_id).await
    })
    .await;
    koban.stop().await;
}
