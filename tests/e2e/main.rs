//! End-to-end: koban against the Telegram Bot API emulator and a real Synapse.
//! These need the homeserver that `scripts/test.sh` installs and starts.

// A failed unwrap is a failed test.
#![allow(clippy::unwrap_used)]

#[path = "../support/mod.rs"]
mod support;

#[path = "../support/db.rs"]
mod db;

mod cluster;
mod desk;
mod events;
mod hardening;
mod moderation;
mod privacy;
mod report;

use std::time::Duration;

use support::telegram::Failure;
use support::telegram::SentMessage;
use support::{WAIT, World, body, event_id, eventually, thread_root};

fn buttons(message: &SentMessage) -> Vec<(String, String)> {
    message
        .reply_markup
        .as_ref()
        .and_then(|m| m.get("inline_keyboard"))
        .and_then(|k| k.as_array())
        .map(|rows| {
            rows.iter()
                .filter_map(|row| row.as_array())
                .flatten()
                .map(|b| {
                    (
                        b["text"].as_str().unwrap_or_default().to_owned(),
                        b["callback_data"].as_str().unwrap_or_default().to_owned(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn button_data(message: &SentMessage) -> Vec<String> {
    buttons(message).into_iter().map(|(_, d)| d).collect()
}

fn button_labels(message: &SentMessage) -> Vec<String> {
    buttons(message).into_iter().map(|(l, _)| l).collect()
}

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
    let datas = button_data(&welcome[0]);
    assert!(
        datas.contains(&"l:nl".to_owned()) && datas.contains(&"go".to_owned()),
        "{datas:?}"
    );
    assert!(
        button_labels(&welcome[0])
            .iter()
            .any(|l| l == "✓ Nederlands"),
        "Telegram's language is preselected: {:?}",
        button_labels(&welcome[0])
    );
    world
        .tg
        .press_button(&resident, welcome[0].message_id, "go");
    let sent = world.tg.wait_sent(7001, 2, WAIT).await;
    let privacy = sent[1].text.clone().unwrap_or_default();
    assert!(
        privacy.contains("112"),
        "emergency note after onboarding: {privacy}"
    );
    assert!(
        privacy.contains("365"),
        "retention in the privacy notice: {privacy}"
    );

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

    let sent = world.tg.wait_sent(7001, 3, WAIT).await;
    let opened = sent[2].text.clone().unwrap_or_default();
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
    let sent = world.tg.wait_sent(7001, 4, WAIT).await;
    let reply = sent[3].text.clone().unwrap_or_default();
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
    assert_eq!(world.tg.sent_to(7001).len(), 4);
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
            e["sender"] == bot_id.as_str()
                && body(e).is_some_and(|b| b.contains("community police"))
        })
        .await;
    // No buttons on Matrix: a numbered list; "Continue" comes after the
    // eight languages.
    let welcome_text = body(&welcome).unwrap_or_default().to_owned();
    assert!(welcome_text.contains("9. Continue"), "{welcome_text}");
    assert!(
        welcome_text.contains("112"),
        "emergency note in the welcome: {welcome_text}"
    );
    resident.send_text(&dm, "9").await;
    let bot_id = world.bot.user_id.clone();
    let menu = resident
        .wait_for(&dm, WAIT, |e| {
            e["sender"] == bot_id.as_str()
                && body(e).is_some_and(|b| b.contains("112") && b.contains("Prevention advice"))
        })
        .await;
    let menu_text = body(&menu).unwrap_or_default().to_owned();
    assert!(menu_text.contains("Prevention advice"), "{menu_text}");
    // The advice list is option 3 of the main menu.
    resident.send_text(&dm, "3").await;
    let bot_id = world.bot.user_id.clone();
    resident
        .wait_for(&dm, WAIT, |e| {
            e["sender"] == bot_id.as_str()
                && body(e).is_some_and(|b| b.contains("Crime prevention advice"))
        })
        .await;

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
    let webp = support::corpus::webp_with_metadata(120, 80);
    assert!(koban::media::has_metadata_markers(&webp));
    world
        .tg
        .send_document(&resident, webp, "sticker-like.webp", "image/webp");

    let root_for_wait = root.clone();
    let officer = world.officer.clone();
    let queue = world.queue.clone();
    eventually(WAIT, "four images in the thread", async || {
        let events = officer.messages(&queue).await;
        events
            .iter()
            .filter(|e| {
                thread_root(e) == Some(root_for_wait.as_str())
                    && e.pointer("/content/msgtype").and_then(|m| m.as_str()) == Some("m.image")
            })
            .count()
            >= 4
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
    assert_eq!(images.len(), 4, "JPEG as photo and as file, PNG, WebP");
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
    let resident = world.tg.user(7201, "Amani", Some("sw"));
    world.tg.send_text(&resident, "/start");
    let sent = world.tg.wait_sent(7201, 1, WAIT).await;
    // English fallback: no Swahili locale.
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

    let needles: Vec<String> = (0..total).map(|i| format!("kill-{i:03}")).collect();
    let problems = world
        .each_once_in_queue(&needles, Duration::from_secs(90))
        .await;
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
    // The officers are told in the ticket's thread.
    world
        .in_thread(&event_id(&card), |e| {
            body(e).is_some_and(|b| b.contains("blocked koban on Telegram"))
        })
        .await;
    koban.stop().await;
}

/// Presses `data` on `message` and returns the bot's next message.
async fn press(
    world: &World,
    user: &support::telegram::TgUser,
    message: &SentMessage,
    data: &str,
) -> SentMessage {
    let before = world.tg.sent_to(user.id).len();
    world.tg.press_button(user, message.message_id, data);
    let sent = world.tg.wait_sent(user.id, before + 1, WAIT).await;
    sent[before].clone()
}

/// Checks a screen: localized text (no raw message id, nothing left
/// untranslated by falling back to English) and the buttons it must offer.
fn check_screen(
    lang: &str,
    what: &str,
    message: &SentMessage,
    english: Option<&str>,
    needs: &[&str],
) {
    let text = message.text.clone().unwrap_or_default();
    assert!(text.trim().len() > 10, "[{lang}] {what}: empty text");
    for raw in [
        "advice-",
        "rights-",
        "menu-",
        "contact-",
        "area-",
        "privacy-notice",
        "button-",
    ] {
        assert!(
            !text.contains(raw),
            "[{lang}] {what}: raw id {raw} in {text:?}"
        );
    }
    if let Some(english) = english
        && lang != "en"
    {
        assert_ne!(text, english, "[{lang}] {what} is the English text");
    }
    let data = button_data(message);
    for need in needs {
        assert!(
            data.iter().any(|d| d == need),
            "[{lang}] {what}: no {need} button in {data:?}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Synapse: run scripts/test.sh (it installs and starts one)"]
async fn a_resident_can_walk_every_menu_in_every_locale() {
    use koban::domain::menu::{ADVICE_TOPICS, RIGHTS_TOPICS};
    let world = World::new().await;
    let koban = world.start().await;
    let langs = ["en", "nl", "fr", "de", "ar", "tr", "uk", "ro"];

    // English first: its texts are what the other locales must not equal.
    let mut english: std::collections::HashMap<String, String> = Default::default();
    let walk = async |lang: &str, id: i64, english: &std::collections::HashMap<String, String>| {
        let mut seen = std::collections::HashMap::new();
        let user = world.tg.user(id, "Walker", Some(lang));
        world.tg.send_text(&user, "/start");
        let welcome = world.tg.wait_sent(id, 1, WAIT).await[0].clone();
        check_screen(
            lang,
            "welcome",
            &welcome,
            english.get("welcome").map(String::as_str),
            &["go", "l:en", "l:ar"],
        );
        let menu = press(&world, &user, &welcome, "go").await;
        check_screen(
            lang,
            "menu",
            &menu,
            None,
            &["rep", "q", "A", "R", "c", "Z", "ev", "L", "p"],
        );
        let advice = press(&world, &user, &menu, "A").await;
        check_screen(
            lang,
            "advice list",
            &advice,
            english.get("A").map(String::as_str),
            &["m"],
        );
        seen.insert("A".to_owned(), advice.text.clone().unwrap_or_default());
        for topic in ADVICE_TOPICS {
            let data = format!("a:{topic}");
            let page = press(&world, &user, &advice, &data).await;
            check_screen(
                lang,
                &data,
                &page,
                english.get(&data).map(String::as_str),
                &["A", "m"],
            );
            seen.insert(data, page.text.clone().unwrap_or_default());
        }
        let rights = press(&world, &user, &menu, "R").await;
        check_screen(
            lang,
            "rights list",
            &rights,
            english.get("R").map(String::as_str),
            &["m"],
        );
        for topic in RIGHTS_TOPICS {
            let data = format!("r:{topic}");
            let page = press(&world, &user, &rights, &data).await;
            check_screen(
                lang,
                &data,
                &page,
                english.get(&data).map(String::as_str),
                &["R", "m"],
            );
            seen.insert(data, page.text.clone().unwrap_or_default());
        }
        // Contacts without an area ask for the area first.
        let contact = press(&world, &user, &menu, "c").await;
        check_screen(
            lang,
            "contact (no area)",
            &contact,
            None,
            &["z:north", "z:south", "m"],
        );
        let chosen = press(&world, &user, &contact, "z:north").await;
        check_screen(lang, "area chosen", &chosen, None, &["Z", "m"]);
        let chosen_text = chosen.text.clone().unwrap_or_default();
        assert!(
            chosen_text.contains("Lotte Peeters"),
            "[{lang}] officer listed: {chosen_text}"
        );
        assert!(
            chosen_text.contains("Kouter 1"),
            "[{lang}] station listed: {chosen_text}"
        );
        let contact = press(&world, &user, &menu, "c").await;
        assert!(
            contact
                .text
                .clone()
                .unwrap_or_default()
                .contains("Lotte Peeters"),
            "[{lang}] area remembered"
        );
        for (data, needs) in [
            ("Z", &["z:north", "m"][..]),
            ("p", &["m"]),
            ("q", &["m"]),
            ("rep", &["rc:theft", "rc:hate", "rq"]),
            ("ev", &["m"]),
            ("L", &["l:nl", "m"]),
        ] {
            let page = press(&world, &user, &menu, data).await;
            check_screen(lang, data, &page, None, needs);
        }
        // A button on an old message still works.
        let again = press(&world, &user, &welcome, "go").await;
        check_screen(lang, "old welcome button", &again, None, &["A"]);
        seen
    };
    english.extend(walk("en", 8000, &english).await);
    let walks = langs[1..]
        .iter()
        .enumerate()
        .map(|(i, lang)| walk(lang, 8001 + i as i64, &english));
    futures::future::join_all(walks).await;

    // Every press was answered (no endless spinner).
    let presses = 1 + 1 + 8 + 1 + 6 + 3 + 6 + 1;
    assert!(
        world.tg.callback_answers().len() >= presses * langs.len(),
        "{} answers",
        world.tg.callback_answers().len()
    );
    koban.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Synapse: run scripts/test.sh (it installs and starts one)"]
async fn deep_links_locations_and_language_change() {
    let world = World::new().await;
    let koban = world.start().await;
    let user = world.tg.user(8100, "Sam", Some("en"));

    world.tg.send_text(&user, "/start advice_bicycle");
    let page = world.tg.wait_sent(8100, 1, WAIT).await[0].clone();
    assert!(
        button_data(&page).contains(&"A".to_owned()),
        "an advice page with a back button"
    );
    world.tg.send_text(&user, "/start area_south");
    let south = world.tg.wait_sent(8100, 2, WAIT).await[1].clone();
    assert!(
        south.text.clone().unwrap_or_default().contains("South"),
        "{:?}",
        south.text
    );
    world.tg.send_text(&user, "/start not_a_topic");
    let unknown = world.tg.wait_sent(8100, 3, WAIT).await[2].clone();
    assert!(
        unknown
            .text
            .clone()
            .unwrap_or_default()
            .contains("not valid"),
        "{:?}",
        unknown.text
    );

    // A location inside North's boundary selects North; far away does not.
    world.tg.send_location(&user, 51.07, 3.72);
    let north = world.tg.wait_sent(8100, 4, WAIT).await[3].clone();
    assert!(
        north.text.clone().unwrap_or_default().contains("North"),
        "{:?}",
        north.text
    );
    world.tg.send_location(&user, 48.85, 2.35);
    let outside = world.tg.wait_sent(8100, 5, WAIT).await[4].clone();
    assert!(
        outside.text.clone().unwrap_or_default().contains("outside"),
        "{:?}",
        outside.text
    );

    // Changing the language changes every later text.
    world.tg.send_text(&user, "/language");
    let picker = world.tg.wait_sent(8100, 6, WAIT).await[5].clone();
    let changed = press(&world, &user, &picker, "l:fr").await;
    assert!(
        changed
            .text
            .clone()
            .unwrap_or_default()
            .contains("français"),
        "{:?}",
        changed.text
    );
    world.tg.send_text(&user, "/menu");
    let menu = world.tg.wait_sent(8100, 8, WAIT).await[7].clone();
    assert!(
        button_labels(&menu)
            .iter()
            .any(|l| l.contains("Vos droits")),
        "{:?}",
        button_labels(&menu)
    );

    // One command menu per locale.
    for lang in ["en", "nl", "fr", "de", "ar", "tr", "uk", "ro"] {
        let commands = world
            .tg
            .commands(Some(lang))
            .unwrap_or_else(|| panic!("no commands for {lang}"));
        assert_eq!(
            commands.as_array().map(Vec::len),
            Some(koban::telegram::COMMANDS.len()),
            "{lang}: {commands}"
        );
    }
    koban.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Synapse: run scripts/test.sh (it installs and starts one)"]
async fn internal_notes_stay_internal_and_closing_tells_the_resident() {
    let world = World::new().await;
    let koban = world.start().await;
    let resident = world.tg.user(8200, "Nadia", Some("fr"));
    world
        .tg
        .send_text(&resident, "Mon vélo a disparu devant la gare.");
    let card = world.card("Mon vélo a disparu").await;
    let root = event_id(&card);
    world.tg.wait_sent(8200, 1, WAIT).await;

    let officer = &world.officer;
    officer
        .send_thread_reply(
            &world.queue,
            &root,
            "!note Same bike seen at the market, owner known to us",
        )
        .await;
    world
        .in_thread(&root, |e| {
            body(e).is_some_and(|b| b.contains("Internal note saved"))
        })
        .await;
    officer
        .send_thread_reply(&world.queue, &root, "!frobnicate")
        .await;
    world
        .in_thread(&root, |e| {
            body(e).is_some_and(|b| b.contains("Unknown command"))
        })
        .await;
    officer
        .send_thread_reply(
            &world.queue,
            &root,
            "!close Vélo retrouvé, vous pouvez le récupérer au commissariat.",
        )
        .await;
    let sent = world.tg.wait_sent(8200, 2, WAIT).await;
    let closed = sent[1].text.clone().unwrap_or_default();
    assert!(
        closed.contains("clôturée") && closed.contains("Vélo retrouvé"),
        "{closed}"
    );
    for m in &sent {
        assert!(
            !m.text.clone().unwrap_or_default().contains("market"),
            "an internal note reached the resident"
        );
    }
    officer
        .send_thread_reply(&world.queue, &root, "!close")
        .await;
    world
        .in_thread(&root, |e| {
            body(e).is_some_and(|b| b.contains("already closed"))
        })
        .await;

    // The history keeps the note; the next question opens a new ticket.
    let store = world.store().await;
    let reference = body(&card).unwrap_or_default().to_owned();
    let id: i64 = reference
        .split("Q-")
        .nth(1)
        .and_then(|r| r.get(5..10))
        .and_then(|n| n.parse().ok())
        .expect("ticket number on the card");
    let ticket = store.ticket_get(id).await.expect("read").expect("ticket");
    assert_eq!(ticket.status, koban::domain::TicketStatus::Closed);
    let history = store.ticket_history(id).await.expect("history");
    assert!(
        history
            .iter()
            .any(|h| h.author.to_string().starts_with("note:") && h.body.contains("market"))
    );
    world.tg.send_text(
        &resident,
        "Autre question : où déposer des objets trouvés ?",
    );
    let second = world.card("objets trouvés").await;
    assert_ne!(event_id(&second), root, "a new ticket");
    let sent = world.tg.wait_sent(8200, 4, WAIT).await;
    assert!(
        sent[3].text.as_deref().is_some_and(|t| t.contains("Q-")),
        "the new question's confirmation: {:?}",
        sent[3].text
    );
    assert_eq!(
        world.tg.sent_to(8200).len(),
        4,
        "closing message, rating question and the new confirmation only"
    );
    koban.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Synapse: run scripts/test.sh (it installs and starts one)"]
async fn only_members_with_enough_power_may_answer() {
    let world = World::new().await;
    let koban = world.start().await;
    let intern = world.hs.register("intern").await;
    world.officer.invite(&world.queue, &intern.user_id).await;
    intern.join(&world.queue).await;
    let resident = world.tg.user(8300, "Lea", Some("en"));
    world
        .tg
        .send_text(&resident, "Who do I ask about a parking permit?");
    let card = world.card("parking permit").await;
    let root = event_id(&card);
    world.tg.wait_sent(8300, 1, WAIT).await;

    // A member with the default power level 0: refused, nothing reaches the resident.
    intern
        .send_thread_reply(&world.queue, &root, "Try the town hall, I think.")
        .await;
    let intern_id = intern.user_id.clone();
    world
        .in_thread(&root, move |e| {
            body(e).is_some_and(|b| b.contains("may not act") && b.contains(&intern_id))
        })
        .await;
    intern
        .send_thread_reply(&world.queue, &root, "!close")
        .await;
    let intern_id = intern.user_id.clone();
    eventually(WAIT, "two refusals", async || {
        world
            .officer
            .messages(&world.queue)
            .await
            .iter()
            .filter(|e| {
                body(e).is_some_and(|b| b.contains("may not act") && b.contains(&intern_id))
            })
            .count()
            == 2
    })
    .await;
    assert_eq!(
        world.tg.sent_to(8300).len(),
        1,
        "nothing from the intern reached the resident"
    );

    // Given the power level, the same member may answer.
    world
        .officer
        .set_power_level(&world.queue, &intern.user_id, 50)
        .await;
    intern
        .send_thread_reply(
            &world.queue,
            &root,
            "The town hall's mobility desk issues them.",
        )
        .await;
    let sent = world.tg.wait_sent(8300, 2, WAIT).await;
    assert!(
        sent[1]
            .text
            .clone()
            .unwrap_or_default()
            .contains("mobility desk")
    );
    koban.stop().await;
}
