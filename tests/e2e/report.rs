//! The guided incident report over the Telegram emulator and a real Synapse:
//! every step with buttons, a restart in the middle, a photo whose GPS is
//! offered to the reporter, stripped photos in the ticket's thread, and the
//! updates that come back.

use super::support::{self, WAIT, World, body, event_id, thread_root};
use super::{button_data, press};
use support::corpus;
use support::telegram::{SentMessage, TgUser};

/// Sends a text and returns the bot's next message.
async fn say(world: &World, user: &TgUser, text: &str) -> SentMessage {
    let before = world.tg.sent_to(user.id).len();
    world.tg.send_text(user, text);
    world.tg.wait_sent(user.id, before + 1, WAIT).await[before].clone()
}

/// The report reference (`R-2026-00012`) in a text.
fn reference_in(text: &str) -> String {
    text.split_whitespace()
        .find(|w| w.starts_with("R-"))
        .map(|w| w.trim_end_matches(['.', ',']).to_owned())
        .unwrap_or_else(|| panic!("a reference in {text}"))
}

fn plain(m: &SentMessage) -> String {
    m.text
        .clone()
        .unwrap_or_default()
        .replace(['\u{2068}', '\u{2069}'], "")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Synapse: run scripts/test.sh (it installs and starts one)"]
async fn a_guided_report_reaches_the_queue_and_updates_come_back() {
    let world = World::new().await;
    let koban = world.start().await;
    let resident = world.tg.user(9100, "Samira", Some("en"));

    let m = say(&world, &resident, "/report").await;
    assert!(
        plain(&m).contains("112"),
        "the emergency number comes first"
    );
    assert!(button_data(&m).contains(&"rc:vandalism".to_owned()));
    let m = press(&world, &resident, &m, "rc:vandalism").await;
    assert!(plain(&m).contains("in danger"), "{}", plain(&m));
    let m = press(&world, &resident, &m, "rd:n").await;
    let m = press(&world, &resident, &m, "rw:o").await;
    assert!(plain(&m).contains("for example"), "{}", plain(&m));
    let m = say(&world, &resident, "last night around 23:00").await;
    assert!(plain(&m).contains("Where did it happen"), "{}", plain(&m));

    // koban restarts mid-report: the draft is kept.
    koban.stop().await;
    let koban = world.start().await;

    // A photo carrying its GPS position (and the usual personal metadata).
    let before = world.tg.sent_to(9100).len();
    let photo = corpus::jpeg_with_exif(
        &support::jpeg_with_gps(320, 240),
        &corpus::gps_tiff(51.0612, 3.7188),
    );
    world.tg.send_photo(&resident, photo, None);
    let m = world.tg.wait_sent(9100, before + 1, WAIT).await[before].clone();
    assert!(plain(&m).contains("Photo 1 of 5 added"), "{}", plain(&m));
    assert!(
        plain(&m).contains("51.06120, 3.71880 (North)"),
        "offered: {}",
        plain(&m)
    );
    let m = press(&world, &resident, &m, "rg:y").await;
    assert!(plain(&m).contains("Location saved"), "{}", plain(&m));
    assert!(plain(&m).contains("What happened"), "{}", plain(&m));

    let m = say(
        &world,
        &resident,
        "Someone sprayed slogans on the school gate and the bus shelter.",
    )
    .await;
    assert!(plain(&m).contains("1 photo added"), "{}", plain(&m));
    // A sticker mid-flow: answered, nothing lost.
    let before = world.tg.sent_to(9100).len();
    world.tg.send_sticker(&resident);
    let m = world.tg.wait_sent(9100, before + 1, WAIT).await[before].clone();
    assert!(plain(&m).contains("cannot use this"), "{}", plain(&m));
    // A second photo, sent as a file.
    let before = world.tg.sent_to(9100).len();
    world.tg.send_document(
        &resident,
        support::png_with_metadata(200, 100),
        "IMG_0043.PNG",
        "image/png",
    );
    let m = world.tg.wait_sent(9100, before + 1, WAIT).await[before].clone();
    assert!(plain(&m).contains("Photo 2 of 5 added"), "{}", plain(&m));
    let m = press(&world, &resident, &m, "rp").await;
    let m = press(&world, &resident, &m, "ra").await;
    let summary = plain(&m);
    for needle in [
        "Vandalism or graffiti",
        "last night around 23:00",
        "51.06120, 3.71880 (North)",
        "sprayed slogans",
        "Photos: 2",
    ] {
        assert!(summary.contains(needle), "{needle} missing: {summary}");
    }
    let m = press(&world, &resident, &m, "rok").await;
    let sent = plain(&m);
    let reference = reference_in(&sent);

    // The card: every field, with a map link; the photos in its thread.
    let card = world.card(&reference).await;
    let text = body(&card)
        .unwrap_or_default()
        .replace(['\u{2068}', '\u{2069}'], "");
    for needle in [
        "new report: Vandalism or graffiti",
        "area: North",
        "last night around 23:00",
        "https://www.openstreetmap.org/?mlat=51.06120&mlon=3.71880",
        "sprayed slogans on the school gate",
        "Photos: 2",
    ] {
        assert!(
            text.contains(needle),
            "{needle} missing from the card: {text}"
        );
    }
    let root = event_id(&card);
    let root_for_wait = root.clone();
    let officer = world.officer.clone();
    let queue = world.queue.clone();
    support::eventually(WAIT, "two photos in the thread", async || {
        officer
            .messages(&queue)
            .await
            .iter()
            .filter(|e| {
                thread_root(e) == Some(root_for_wait.as_str())
                    && e.pointer("/content/msgtype").and_then(|m| m.as_str()) == Some("m.image")
            })
            .count()
            == 2
    })
    .await;
    for image in world
        .officer
        .messages(&world.queue)
        .await
        .into_iter()
        .filter(|e| {
            thread_root(e) == Some(root.as_str())
                && e.pointer("/content/msgtype").and_then(|m| m.as_str()) == Some("m.image")
        })
    {
        let url = image
            .pointer("/content/url")
            .and_then(|u| u.as_str())
            .expect("mxc");
        let bytes = world.officer.download(url).await;
        assert!(
            !koban::media::has_metadata_markers(&bytes),
            "metadata reached Matrix"
        );
        assert_eq!(
            koban::media::exif_location(&bytes),
            None,
            "GPS reached Matrix"
        );
        for needle in [&b"Janssens"[..], b"PhoneCo", b"Kouter"] {
            assert!(!bytes.windows(needle.len()).any(|w| w == needle));
        }
    }

    // Updates: picked up, answered; /myreports shows the status.
    world
        .officer
        .send_thread_reply(&world.queue, &root, "!claim")
        .await;
    let claimed = format!("now handling {reference}");
    support::eventually(
        WAIT,
        "the resident hears the report was taken",
        async || {
            world
                .tg
                .sent_to(9100)
                .iter()
                .any(|m| plain(m).contains(&claimed))
        },
    )
    .await;
    let m = say(&world, &resident, "/myreports").await;
    let list = plain(&m);
    assert!(
        list.contains(&reference)
            && list.contains("Vandalism or graffiti")
            && list.contains("an officer is on it"),
        "{list}"
    );
    world
        .officer
        .send_thread_reply(
            &world.queue,
            &root,
            "Thank you, a patrol will pass by tonight.",
        )
        .await;
    support::eventually(WAIT, "the answer reaches the resident", async || {
        world
            .tg
            .sent_to(9100)
            .iter()
            .any(|m| plain(m).contains("a patrol will pass by tonight"))
    })
    .await;
    koban.stop().await;
}

/// Matrix residents get the same report as numbered lists; a location shared
/// from Element (`m.location`) and an uploaded image count.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Synapse: run scripts/test.sh (it installs and starts one)"]
async fn a_matrix_resident_reports_with_numbered_choices() {
    let world = World::new().await;
    let koban = world.start().await;
    let (resident, dm) = world.matrix_resident().await;
    let bot_id = world.bot.user_id.clone();
    // Sends `text` and waits for the bot's reply containing `needle`.
    let step = async |text: Option<&str>, needle: &str| -> String {
        if let Some(text) = text {
            resident.send_text(&dm, text).await;
        }
        let needle = needle.to_owned();
        let bot_id = bot_id.clone();
        let reply = resident
            .wait_for(&dm, WAIT, move |e| {
                e["sender"] == bot_id.as_str()
                    && body(e)
                        .is_some_and(|b| b.replace(['\u{2068}', '\u{2069}'], "").contains(&needle))
            })
            .await;
        body(&reply)
            .unwrap_or_default()
            .replace(['\u{2068}', '\u{2069}'], "")
    };

    let categories = step(Some("!report"), "Choose a category").await;
    // The categories are numbered in configuration order: 3 is vandalism.
    assert!(
        categories.contains("3. Vandalism or graffiti"),
        "{categories}"
    );
    let danger = step(Some("3"), "in danger").await;
    assert!(danger.contains("2. No"), "{danger}");
    step(Some("2"), "When did it happen").await;
    step(Some("1"), "Where did it happen").await;
    resident
        .send_event(
            &dm,
            "m.room.message",
            serde_json::json!({
                "msgtype": "m.location",
                "body": "Location",
                "geo_uri": "geo:51.0702,3.7301",
            }),
        )
        .await;
    step(None, "Location saved: 51.07020, 3.73010 (North)").await;
    step(
        Some("Broken windows in the bicycle shelter of the station."),
        "You can add photos",
    )
    .await;
    let mxc = resident
        .upload(support::jpeg_with_gps(64, 48), "image/jpeg")
        .await;
    resident
        .send_event(
            &dm,
            "m.room.message",
            serde_json::json!({
                "msgtype": "m.image",
                "body": "IMG_2201.jpg",
                "url": mxc,
                "info": { "mimetype": "image/jpeg", "w": 64, "h": 48 },
            }),
        )
        .await;
    let photos = step(None, "Photo 1 of 5 added").await;
    assert!(photos.contains("1. ✅ Done with photos"), "{photos}");
    step(Some("1"), "May an officer contact you").await;
    let summary = step(Some("1"), "Please check your report").await;
    assert!(summary.contains("Broken windows"), "{summary}");
    let sent = step(Some("1"), "reference").await;
    let reference = reference_in(&sent);
    let card = world.card(&reference).await;
    let text = body(&card)
        .unwrap_or_default()
        .replace(['\u{2068}', '\u{2069}'], "");
    assert!(text.contains("via Matrix"), "{text}");
    assert!(text.contains("mlat=51.07020&mlon=3.73010"), "{text}");
    assert!(
        !text.contains(&resident.user_id),
        "no Matrix id on the card"
    );
    world
        .in_thread(&event_id(&card), |e| {
            e.pointer("/content/msgtype").and_then(|m| m.as_str()) == Some("m.image")
        })
        .await;
    koban.stop().await;
}
