//! End-to-end: koban against the Telegram Bot API emulator and a real Synapse.
//! These need the homeserver that `scripts/test.sh` installs and starts.

#[path = "../support/mod.rs"]
mod support;

use std::time::Duration;

use support::telegram::Failure;
use support::{WAIT, World, body, event_id, eventually, thread_root};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Synapse: run scripts/test.sh (it installs and starts one)"]
async fn telegram_question_reaches_queue_and_officer_reply_returns() {
    let world = World::new().await;
    let koban = world.start().await;
    let resident = world.tg.user(7001, "Amina", Some("nl"));

    world.tg.send_text(&resident, "/start");
    let welcome = world.tg.wait_sent(7001, 1, WAIT).await;
    let text = welcome[0].text.clone().unwrap_or_default();
    assert!(
        text.contains("wijkagenten"),
        "Dutch welcome expected: {text}"
    );
    assert!(text.contains("112"), "emergency note expected: {text}");

    world.tg.send_text(
        &resident,
        "Er staat al drie dagen een verlaten fiets voor nummer 12.",
    );
    let card = world.card("verlaten fiets").await;
    let card_body = body(&card).expect("card body").to_owned();
    assert!(
        card_body.contains("Q-"),
        "reference on the card: {card_body}"
    );
    assert!(
        card_body.contains("Resident "),
        "pseudonym on the card: {card_body}"
    );
    assert!(
        card_body.contains("Telegram") && card_body.contains("nl"),
        "{card_body}"
    );
    assert!(
        !card_body.contains("7001") && !card_body.contains("Amina"),
        "the officer must not see the resident's id or name: {card_body}"
    );
    let root = event_id(&card);

    let sent = world.tg.wait_sent(7001, 2, WAIT).await;
    let opened = sent[1].text.clone().unwrap_or_default();
    assert!(
        opened.contains("Q-"),
        "reference sent to the resident: {opened}"
    );

    // A follow-up lands in the ticket's thread.
    world.tg.send_text(&resident, "Het slot is doorgeknipt.");
    world
        .in_thread(&root, |e| {
            body(e).is_some_and(|b| b.contains("doorgeknipt"))
        })
        .await;

    // The officer answers in the thread; the resident gets it in Dutch framing.
    world
        .officer
        .send_thread_reply(&world.queue, &root, "Dank u, we komen vandaag kijken.")
        .await;
    let sent = world.tg.wait_sent(7001, 3, WAIT).await;
    let reply = sent[2].text.clone().unwrap_or_default();
    assert!(
        reply.contains("Dank u, we komen vandaag kijken."),
        "{reply}"
    );
    assert!(
        reply.contains("Wijkagent"),
        "role label in the resident's language: {reply}"
    );
    assert!(
        !reply.contains(&world.officer.user_id),
        "officer id must not leak: {reply}"
    );

    // A plain message in the queue room (not in a thread) is not sent anywhere.
    world
        .officer
        .send_text(&world.queue, "coffee anyone?")
        .await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(world.tg.sent_to(7001).len(), 3);
    koban.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Synapse: run scripts/test.sh (it installs and starts one)"]
async fn matrix_resident_question_and_reply() {
    let world = World::new().await;
    let koban = world.start().await;
    let (resident, dm) = world.matrix_resident().await;

    resident.send_text(&dm, "!start").await;
    let bot_id = world.bot.user_id.clone();
    let welcome = resident
        .wait_for(&dm, WAIT, |e| {
            e["sender"] == bot_id.as_str() && body(e).is_some_and(|b| b.contains("112"))
        })
        .await;
    assert!(
        body(&welcome)
            .unwrap_or_default()
            .contains("community police")
    );

    resident
        .send_text(
            &dm,
            "Someone is dealing near the school gate every afternoon.",
        )
        .await;
    let card = world.card("school gate").await;
    let card_body = body(&card).expect("card body");
    assert!(card_body.contains("Matrix"), "{card_body}");
    assert!(
        !card_body.contains(&resident.user_id),
        "the officer must not see the Matrix id: {card_body}"
    );

    world
        .officer
        .send_thread_reply(
            &world.queue,
            &event_id(&card),
            "Thank you, we will patrol there.",
        )
        .await;
    let bot_id = world.bot.user_id.clone();
    resident
        .wait_for(&dm, WAIT, |e| {
            e["sender"] == bot_id.as_str()
                && body(e).is_some_and(|b| b.contains("we will patrol there"))
        })
        .await;
    koban.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Synapse: run scripts/test.sh (it installs and starts one)"]
async fn photos_reach_the_thread_without_any_metadata() {
    let world = World::new().await;
    let koban = world.start().await;
    let resident = world.tg.user(7101, "Jan", Some("fr"));

    let jpeg = support::jpeg_with_gps(320, 240);
    assert!(koban::media::has_metadata_markers(&jpeg));
    world
        .tg
        .send_photo(&resident, jpeg, Some("Tag sur la porte de l'école"));
    let card = world.card("Tag sur la porte").await;
    let root = event_id(&card);

    // The same photo, sent "as a file" (Telegram keeps every byte then), and a PNG.
    let png = support::png_with_metadata(200, 100);
    assert!(koban::media::has_metadata_markers(&png));
    world.tg.send_document(
        &resident,
        support::jpeg_with_gps(320, 240),
        "IMG_0042.JPG",
        "image/jpeg",
    );
    world
        .tg
        .send_document(&resident, png, "screenshot.png", "image/png");

    let root_for_wait = root.clone();
    let officer = world.officer.clone();
    let queue = world.queue.clone();
    eventually(WAIT, "three images in the thread", async || {
        let events = officer.messages(&queue).await;
        events
            .iter()
            .filter(|e| {
                thread_root(e) == Some(root_for_wait.as_str())
                    && e.pointer("/content/msgtype").and_then(|m| m.as_str()) == Some("m.image")
            })
            .count()
            >= 3
    })
    .await;
    let images: Vec<_> = world
        .officer
        .messages(&world.queue)
        .await
        .into_iter()
        .filter(|e| {
            thread_root(e) == Some(root.as_str())
                && e.pointer("/content/msgtype").and_then(|m| m.as_str()) == Some("m.image")
        })
        .collect();
    assert_eq!(images.len(), 3);
    for image in images {
        let url = image
            .pointer("/content/url")
            .and_then(|u| u.as_str())
            .expect("mxc url");
        let bytes = world.officer.download(url).await;
        assert!(
            !koban::media::has_metadata_markers(&bytes),
            "metadata reached Matrix"
        );
        for needle in [&b"GPS"[..], b"51.0543", b"Janssens", b"PhoneCo", b"Kouter"] {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle),
                "{:?} reached Matrix",
                String::from_utf8_lossy(needle)
            );
        }
        let decoded = image::load_from_memory(&bytes).expect("a real image arrives");
        assert!(decoded.width() > 0);
    }

    // Not an image, whatever the name says: refused with a French message.
    world.tg.send_document(
        &resident,
        b"%PDF-1.7 definitely not a photo".to_vec(),
        "photo.jpg",
        "image/jpeg",
    );
    eventually(WAIT, "refusal in French", async || {
        world.tg.sent_to(7101).iter().any(|m| {
            m.text
                .as_deref()
                .is_some_and(|t| t.contains("n'est pas une image"))
        })
    })
    .await;
    koban.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Synapse: run scripts/test.sh (it installs and starts one)"]
async fn telegram_429_is_waited_out_and_the_message_arrives_once() {
    let world = World::new().await;
    world.tg.fail_next(
        "sendMessage",
        2,
        Failure::TooManyRequests { retry_after: 1 },
    );
    let koban = world.start().await;
    let resident = world.tg.user(7201, "Olena", Some("uk"));
    world.tg.send_text(&resident, "/start");
    let sent = world.tg.wait_sent(7201, 1, WAIT).await;
    // English fallback: no Ukrainian locale yet.
    assert!(
        sent[0]
            .text
            .as_deref()
            .unwrap_or_default()
            .contains("community police")
    );
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(world.tg.sent_to(7201).len(), 1, "exactly one welcome");
    assert!(
        world.tg.calls("sendMessage") >= 3,
        "two 429s then a success"
    );
    koban.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Synapse: run scripts/test.sh (it installs and starts one)"]
async fn limited_sync_after_downtime_is_paged_back() {
    let world = World::new().await;
    let koban = world.start().await;
    let (resident, dm) = world.matrix_resident().await;
    resident.send_text(&dm, "first question: marker-0").await;
    let card = world.card("marker-0").await;
    let root = event_id(&card);
    koban.stop().await;

    // While koban is down, more than a sync timeline's worth (10) arrives.
    for i in 1..=25 {
        resident
            .send_text(&dm, &format!("follow-up <marker-{i:02}>"))
            .await;
    }
    let koban = world.start().await;
    let officer = world.officer.clone();
    let queue = world.queue.clone();
    eventually(
        Duration::from_secs(60),
        "all 25 follow-ups in the thread",
        async || {
            let events = officer.messages(&queue).await;
            (1..=25).all(|i| {
                let needle = format!("<marker-{i:02}>");
                events.iter().any(|e| {
                    thread_root(e) == Some(root.as_str())
                        && body(e).is_some_and(|b| b.contains(&needle))
                })
            })
        },
    )
    .await;
    let events = world.officer.messages(&world.queue).await;
    for i in 1..=25 {
        let needle = format!("<marker-{i:02}>");
        let n = events
            .iter()
            .filter(|e| body(e).is_some_and(|b| b.contains(&needle)))
            .count();
        assert_eq!(n, 1, "{needle} must appear exactly once");
    }
    koban.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Synapse: run scripts/test.sh (it installs and starts one)"]
async fn sigkill_at_several_points_loses_and_duplicates_nothing() {
    let world = World::new().await;
    let residents: Vec<_> = (0..3)
        .map(|i| world.tg.user(7300 + i, &format!("R{i}"), Some("en")))
        .collect();
    let total = 36;
    let mut child = world.spawn_binary();
    world
        .officer
        .wait_joined(&world.queue, &world.bot.user_id, WAIT)
        .await;

    // Messages flow in while the process is killed (SIGKILL) at several
    // points: right after start, mid-stream, and right after a burst.
    let kill_after_ms = [150u64, 600, 40, 1200, 300];
    let mut next = 0usize;
    for (round, delay) in kill_after_ms.iter().enumerate() {
        for _ in 0..(total / kill_after_ms.len()).max(1) {
            if next < total {
                let r = &residents[next % residents.len()];
                world
                    .tg
                    .send_text(r, &format!("report line kill-{next:03}"));
                next += 1;
            }
        }
        tokio::time::sleep(Duration::from_millis(*delay)).await;
        child.kill().expect("SIGKILL koban");
        child.wait().expect("reap koban");
        assert!(round < 10);
        child = world.spawn_binary();
    }
    while next < total {
        let r = &residents[next % residents.len()];
        world
            .tg
            .send_text(r, &format!("report line kill-{next:03}"));
        next += 1;
    }

    let officer = world.officer.clone();
    let queue = world.queue.clone();
    eventually(
        Duration::from_secs(90),
        "every message in the queue room",
        async || {
            let events = officer.messages(&queue).await;
            (0..total).all(|i| {
                let needle = format!("kill-{i:03}");
                events
                    .iter()
                    .any(|e| body(e).is_some_and(|b| b.contains(&needle)))
            })
        },
    )
    .await;
    // Let any in-flight duplicate surface before counting.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let events = world.officer.messages(&world.queue).await;
    let mut problems = Vec::new();
    for i in 0..total {
        let needle = format!("kill-{i:03}");
        let n = events
            .iter()
            .filter(|e| body(e).is_some_and(|b| b.contains(&needle)))
            .count();
        if n != 1 {
            problems.push(format!("{needle}: {n} times"));
        }
    }
    // Graceful stop (SIGTERM) of the last process.
    let pid = child.id().to_string();
    let status = std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("send SIGTERM");
    assert!(status.success());
    let exit = child.wait().expect("koban exits on SIGTERM");
    assert!(
        problems.is_empty(),
        "not exactly once: {problems:?}\n{}",
        world.log()
    );
    assert!(
        exit.success(),
        "clean exit on SIGTERM: {exit:?}\n{}",
        world.log()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Synapse: run scripts/test.sh (it installs and starts one)"]
async fn bad_input_gets_a_localized_answer() {
    let world = World::new().await;
    let koban = world.start().await;
    let resident = world.tg.user(7401, "Karim", Some("ar"));
    world.tg.send_sticker(&resident);
    world.tg.send_text(&resident, "/doesnotexist");
    world.tg.send_voice(&resident, vec![1, 2, 3, 4]);
    let sent = world.tg.wait_sent(7401, 3, WAIT).await;
    let texts: Vec<String> = sent
        .iter()
        .map(|m| m.text.clone().unwrap_or_default())
        .collect();
    assert!(
        texts[0].contains("عذرًا"),
        "Arabic answer to a sticker: {}",
        texts[0]
    );
    assert!(
        texts[1].contains("/doesnotexist"),
        "names the unknown command: {}",
        texts[1]
    );
    // The command is an argument inside right-to-left text: isolated.
    assert!(
        texts[1].contains('\u{2068}') && texts[1].contains('\u{2069}'),
        "{:?}",
        texts[1]
    );
    assert!(texts[2].contains("عذرًا"), "{}", texts[2]);
    koban.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Synapse: run scripts/test.sh (it installs and starts one)"]
async fn reply_to_a_resident_who_blocked_the_bot_is_kept_as_failed() {
    let world = World::new().await;
    let koban = world.start().await;
    let resident = world.tg.user(7501, "Petra", Some("en"));
    world
        .tg
        .send_text(&resident, "Is the station open on Sunday?");
    let card = world.card("station open on Sunday").await;
    world.tg.wait_sent(7501, 1, WAIT).await;
    world.tg.block_bot(&resident, true);
    world
        .officer
        .send_thread_reply(&world.queue, &event_id(&card), "Yes, from 10 to 16.")
        .await;

    let store = world.store().await;
    eventually(WAIT, "the reply marked failed", async || {
        store.outbox_counts().await.expect("counts").failed == 1
    })
    .await;
    assert_eq!(
        world.tg.sent_to(7501).len(),
        1,
        "nothing more reached the blocked chat"
    );
    assert!(
        world.tg.calls("sendMessage") >= 2,
        "the reply was attempted"
    );
    koban.stop().await;
}
