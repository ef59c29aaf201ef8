//! Moderation end to end: a held message waits in the moderation room and
//! reaches the queue only when released (with what waited behind it, in
//! order); a blocked sender reaches nobody by any path; rules change at
//! runtime; the audit log verifies.

use std::time::Duration;

use crate::support::{WAIT, World, body, event_id, eventually, thread_root};

/// A text without the isolation marks around the values in it.
fn plain(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

/// The number on a held message's card (`Held #12 · …`).
fn held_number(card: &str) -> i64 {
    let card = plain(card);
    let after = card.split("Held #").nth(1).expect("a held card");
    after
        .chars()
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .expect("a number")
}

/// Messages in the queue room whose body contains `needle`.
async fn in_queue(world: &World, needle: &str) -> usize {
    world
        .officer
        .messages(&world.queue)
        .await
        .iter()
        .filter(|e| body(e).is_some_and(|b| b.contains(needle)))
        .count()
}

async fn all_processed(world: &World) {
    let store = world.store().await;
    eventually(WAIT, "every inbound event is processed", async || {
        store.inbox_unprocessed().await.unwrap_or(1) == 0
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Synapse: run scripts/test.sh (it installs and starts one)"]
async fn a_held_message_waits_for_a_moderator_and_a_blocked_sender_reaches_nobody() {
    let world = World::new().await;
    let koban = world.start().await;
    let resident = world.tg.user(7301, "Sam", Some("en"));
    world.tg.send_text(&resident, "/start");
    let welcome = world.tg.wait_sent(7301, 1, WAIT).await;
    world
        .tg
        .press_button(&resident, welcome[0].message_id, "go");
    world.tg.wait_sent(7301, 2, WAIT).await;

    // A threat is held: its card is in the moderation room, nothing in the queue.
    let threat = world
        .tg
        .send_text(&resident, "Open the door or I will kill you, neighbour");
    let card = world
        .officer
        .wait_for(&world.moderation, WAIT, |e| {
            body(e).is_some_and(|b| b.contains("Held #"))
        })
        .await;
    let card_text = plain(body(&card).unwrap());
    assert!(
        card_text.contains("Open the door"),
        "the whole message: {card_text}"
    );
    assert!(
        card_text.contains("«I will kill»"),
        "the match marked: {card_text}"
    );
    assert!(card_text.contains("Resident "), "a pseudonym: {card_text}");
    assert!(
        !card_text.contains("7301") && !card_text.contains("Sam"),
        "{card_text}"
    );
    let number = held_number(&card_text);
    // A later message waits behind it, so the two arrive in order.
    let second = world
        .tg
        .send_text(&resident, "The second thing I wanted to say");
    all_processed(&world).await;
    assert_eq!(in_queue(&world, "Open the door").await, 0);
    assert_eq!(in_queue(&world, "The second thing").await, 0);
    assert_eq!(
        world.tg.sent_to(7301).len(),
        2,
        "the sender sees nothing unusual: {:?}",
        world.tg.sent_to(7301)
    );

    // Released in the card's thread: both reach the queue, in order.
    world
        .officer
        .send_thread_reply(&world.moderation, &event_id(&card), "!release")
        .await;
    let ticket = world.card("Open the door").await;
    world
        .in_thread(&event_id(&ticket), |e| {
            body(e).is_some_and(|b| b.contains("The second thing"))
        })
        .await;
    world
        .officer
        .wait_for(&world.moderation, WAIT, |e| {
            body(e).is_some_and(|b| plain(b).contains(&format!("#{number} released")))
        })
        .await;
    // The resident was answered as for any question.
    world.tg.wait_sent(7301, 3, WAIT).await;

    // An officer reports the resident from the ticket's thread; a moderator
    // warns them from the report's card.
    world
        .officer
        .send_thread_reply(&world.queue, &event_id(&ticket), "!report rude to officers")
        .await;
    world
        .in_thread(&event_id(&ticket), |e| {
            body(e).is_some_and(|b| b.contains("Passed on to the moderators"))
        })
        .await;
    let report = world
        .officer
        .wait_for(&world.moderation, WAIT, |e| {
            body(e).is_some_and(|b| plain(b).contains("Reported #"))
        })
        .await;
    let report_text = plain(body(&report).unwrap());
    assert!(
        report_text.contains("The second thing") && report_text.contains("rude to officers"),
        "{report_text}"
    );
    world
        .officer
        .send_thread_reply(
            &world.moderation,
            &event_id(&report),
            "!warn please stay polite",
        )
        .await;
    let warned = world.tg.wait_sent(7301, 4, WAIT).await;
    let warned = warned[3].text.clone().unwrap_or_default();
    assert!(warned.contains("please stay polite"), "{warned}");
    // Removing a delivered message takes it back on both platforms.
    world
        .officer
        .send_thread_reply(&world.moderation, &event_id(&report), "!remove")
        .await;
    eventually(
        WAIT,
        "the message is deleted in the Telegram chat",
        async || world.tg.is_deleted(7301, second),
    )
    .await;
    eventually(
        WAIT,
        "koban's copy is redacted in the queue room",
        async || in_queue(&world, "The second thing").await == 0,
    )
    .await;

    // Blocked: told once, in their language, with where to appeal.
    world
        .officer
        .send_text(&world.moderation, &format!("!block {number} threats"))
        .await;
    let sent = world.tg.wait_sent(7301, 5, WAIT).await;
    let told = sent.last().and_then(|m| m.text.clone()).unwrap_or_default();
    assert!(
        told.contains("blocked") && told.contains("comitep"),
        "{told}"
    );
    let before = world.tg.sent_to(7301).len();
    let answers_before = world.tg.callback_answers().len();
    let queue_before = world.officer.messages(&world.queue).await.len();

    // Nothing of theirs gets through: text, photo, an edit, a button.
    world.tg.send_text(&resident, "Are you still there?");
    world.tg.send_photo(
        &resident,
        crate::support::jpeg_with_gps(64, 48),
        Some("look at this"),
    );
    world
        .tg
        .edit_text(&resident, threat, "I take it back, officer");
    world.tg.send_text(&resident, "/report");
    world
        .tg
        .press_button(&resident, welcome[0].message_id, "go");
    all_processed(&world).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let queue_after = world.officer.messages(&world.queue).await;
    assert_eq!(
        queue_after.len(),
        queue_before,
        "nothing reached the queue room: {:?}",
        queue_after.iter().filter_map(body).collect::<Vec<_>>()
    );
    assert_eq!(
        world.tg.sent_to(7301).len(),
        before,
        "they were told once, not at every message"
    );
    assert_eq!(
        world.tg.callback_answers().len(),
        answers_before + 1,
        "the button press was answered, so the client stops waiting"
    );
    // Their data rights stay: /mydata still answers.
    world.tg.send_text(&resident, "/mydata");
    world.tg.wait_sent(7301, before + 1, WAIT).await;

    // Unblocked: they hear it, and their words reach the queue again.
    let pseudonym = card_text
        .split("Resident ")
        .nth(1)
        .map(|s| {
            s.chars()
                .take_while(char::is_ascii_alphanumeric)
                .collect::<String>()
        })
        .unwrap();
    world
        .officer
        .send_text(&world.moderation, &format!("!unblock Resident {pseudonym}"))
        .await;
    world.tg.wait_sent(7301, before + 2, WAIT).await;
    world.tg.send_text(&resident, "Thank you for unblocking me");
    world
        .in_thread(&event_id(&ticket), |e| {
            body(e).is_some_and(|b| b.contains("Thank you for unblocking me"))
        })
        .await;
    assert!(thread_root(&ticket).is_none());
    koban.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Synapse: run scripts/test.sh (it installs and starts one)"]
async fn moderators_change_rules_at_runtime_and_the_audit_log_verifies() {
    let world = World::new().await;
    let koban = world.start().await;
    let say = async |text: &str| world.officer.send_text(&world.moderation, text).await;
    let reply = async |needle: &str| {
        let needle = needle.to_owned();
        world
            .officer
            .wait_for(&world.moderation, WAIT, move |e| {
                body(e).is_some_and(|b| plain(b).contains(&needle))
            })
            .await
    };

    say("!rule add scam hold words gift card, free iphone").await;
    reply("Rule scam added").await;
    say("!rule add slur block words vermin").await;
    reply("Rule slur added").await;
    say("!rule add broken hold pattern (unclosed").await;
    reply("The rule was not added").await;
    say("!test Get your GIFT CARD here").await;
    let tested = reply("would be: hold").await;
    assert!(plain(body(&tested).unwrap()).contains("scam"), "{tested}");

    let resident = world.tg.user(7302, "Kim", Some("en"));
    world.tg.send_text(&resident, "/start");
    let welcome = world.tg.wait_sent(7302, 1, WAIT).await;
    world
        .tg
        .press_button(&resident, welcome[0].message_id, "go");
    world.tg.wait_sent(7302, 2, WAIT).await;

    // A block rule: the sender is told, nobody else sees it.
    world.tg.send_text(&resident, "those people are vermin");
    let refused = world.tg.wait_sent(7302, 3, WAIT).await;
    let refused = refused[2].text.clone().unwrap_or_default();
    assert!(
        refused.contains("not passed on") && refused.contains("112"),
        "{refused}"
    );

    // A hold rule added a minute ago holds; removing the message deletes
    // it from the resident's Telegram chat too.
    let scam = world.tg.send_text(&resident, "I sell a gift card cheap");
    let card = reply("Rule: scam").await;
    let number = held_number(body(&card).unwrap());
    say(&format!("!remove {number} advertising")).await;
    reply(&format!("#{number} removed")).await;
    eventually(
        WAIT,
        "the message is deleted in the Telegram chat",
        async || world.tg.is_deleted(7302, scam),
    )
    .await;
    // A held photo is shown to the moderators, without its metadata.
    world.tg.send_photo(
        &resident,
        crate::support::jpeg_with_gps(64, 48),
        Some("a gift card for sale"),
    );
    let photo_card = reply("» for sale").await;
    let photo_number = held_number(body(&photo_card).unwrap());
    let caption = format!("#{photo_number}");
    let image = world
        .officer
        .wait_for(&world.moderation, WAIT, move |e| {
            e.pointer("/content/msgtype").and_then(|m| m.as_str()) == Some("m.image")
                && body(e).is_some_and(|b| plain(b) == caption)
        })
        .await;
    let url = image
        .pointer("/content/url")
        .and_then(|u| u.as_str())
        .unwrap();
    let bytes = world.officer.download(url).await;
    assert!(
        !koban::media::has_metadata_markers(&bytes),
        "metadata reached Matrix"
    );
    assert!(!bytes.windows(3).any(|w| w == b"GPS"), "GPS reached Matrix");
    say(&format!("!dismiss {photo_number}")).await;
    reply(&format!("#{photo_number} dismissed")).await;

    all_processed(&world).await;
    assert_eq!(in_queue(&world, "vermin").await, 0);
    assert_eq!(in_queue(&world, "gift card").await, 0);

    // Only moderators moderate.
    let stranger = world.hs.register("stranger").await;
    world
        .officer
        .invite(&world.moderation, &stranger.user_id)
        .await;
    stranger.join(&world.moderation).await;
    stranger
        .send_text(&world.moderation, "!rule remove scam")
        .await;
    reply("may not moderate here").await;

    // The same on Matrix: held, then blocked, and nothing gets through.
    let (mx, dm) = world.matrix_resident().await;
    mx.send_text(&dm, "buy a gift card from me").await;
    let mx_card = reply("» from me").await;
    let mx_number = held_number(body(&mx_card).unwrap());
    say(&format!("!block {mx_number} scams")).await;
    mx.wait_for(&dm, WAIT, |e| {
        body(e).is_some_and(|b| b.contains("blocked") && b.contains("comitep"))
    })
    .await;
    mx.send_text(&dm, "hello again, it is me").await;
    all_processed(&world).await;
    assert_eq!(in_queue(&world, "hello again").await, 0);
    assert_eq!(in_queue(&world, "from me").await, 0);

    say("!audit 10").await;
    let audit = reply("entries of the audit log").await;
    let audit = plain(body(&audit).unwrap());
    for action in ["rule-add", "block-message", "hold", "remove", "dismiss"] {
        assert!(audit.contains(action), "{action} in the audit log: {audit}");
    }
    koban.stop().await;

    let out = std::process::Command::new(env!("CARGO_BIN_EXE_koban"))
        .arg("--config")
        .arg(world.config_path())
        .args(["audit", "verify"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout} {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("audit log intact: 9 entries verified"),
        "{stdout}"
    );
}
