//! Image relay cost: metadata strip + re-encode of one 8 MB JPEG (what koban
//! does before uploading a resident's photo), then the upload of the clean
//! image to the local Synapse (`scripts/bench.sh` starts it; without
//! `KOBAN_TEST_SYNAPSE_URL` the upload is left out and said so). p50/p95 over
//! 20 runs, and the peak memory. The download from Telegram is not included.

// A failed unwrap is a failed test (or a bench that cannot run).
#![allow(clippy::unwrap_used)]

#[path = "../tests/support/mod.rs"]
mod support;

use std::io::Cursor;
use std::time::Instant;

fn status_kib(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))?
                .split_whitespace()
                .nth(1)?
                .parse()
                .ok()
        })
        .unwrap_or(0)
}

/// A photo-like JPEG of about `target` bytes: smooth gradients plus noise,
/// encoded at high quality, grown until it reaches the size.
fn photo_jpeg(target: usize) -> Vec<u8> {
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    let mut noise = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % 48) as u8
    };
    let (mut w, mut h) = (3000u32, 2000u32);
    loop {
        let img = image::RgbImage::from_fn(w, h, |x, y| {
            image::Rgb([
                ((x * 255 / w) as u8).saturating_add(noise()),
                ((y * 255 / h) as u8).saturating_add(noise()),
                (((x + y) % 256) as u8).saturating_add(noise()),
            ])
        });
        let mut out = Vec::new();
        let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 95);
        img.write_with_encoder(encoder).expect("encode");
        if out.len() >= target {
            return out;
        }
        w += 500;
        h += 333;
    }
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

#[tokio::main]
async fn main() {
    let uploader = match std::env::var("KOBAN_TEST_SYNAPSE_URL") {
        Ok(_) => Some(
            support::matrix::Homeserver::from_env()
                .register("bench")
                .await,
        ),
        Err(_) => None,
    };
    let jpeg = photo_jpeg(8 * 1024 * 1024);
    let (w, h) = image::ImageReader::new(Cursor::new(&jpeg))
        .with_guessed_format()
        .expect("format")
        .into_dimensions()
        .expect("dimensions");
    // Reset the peak-RSS counter so the figure covers the stripping only.
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let rss_before = status_kib("VmRSS:");
    let mut times = Vec::new();
    let mut totals = Vec::new();
    let mut out_len = 0;
    for _ in 0..20 {
        let started = Instant::now();
        let jpeg = jpeg.clone();
        let clean = tokio::task::spawn_blocking(move || koban::media::sanitize(&jpeg, 50_000_000))
            .await
            .expect("task")
            .expect("sanitize");
        times.push(started.elapsed().as_secs_f64() * 1000.0);
        out_len = clean.bytes.len();
        if let Some(user) = &uploader {
            let mxc = user.upload(clean.bytes, &clean.content_type).await;
            assert!(mxc.starts_with("mxc://"), "{mxc}");
            totals.push(started.elapsed().as_secs_f64() * 1000.0);
        }
    }
    let peak = status_kib("VmHWM:");
    times.sort_by(f64::total_cmp);
    totals.sort_by(f64::total_cmp);
    println!(
        "media benchmark: {:.1} MB JPEG, {w}x{h} px → {:.1} MB clean JPEG",
        jpeg.len() as f64 / 1_048_576.0,
        out_len as f64 / 1_048_576.0
    );
    println!(
        "  strip + re-encode: p50 {:.0} ms, p95 {:.0} ms over {} runs",
        percentile(&times, 50.0),
        percentile(&times, 95.0),
        times.len()
    );
    if totals.is_empty() {
        println!(
            "  + upload: not measured (KOBAN_TEST_SYNAPSE_URL is not set; scripts/bench.sh sets it)"
        );
    } else {
        println!(
            "  strip + re-encode + upload to Synapse: p50 {:.0} ms, p95 {:.0} ms over {} runs",
            percentile(&totals, 50.0),
            percentile(&totals, 95.0),
            totals.len()
        );
    }
    println!(
        "  memory: RSS before {:.1} MiB, peak during {:.1} MiB (+{:.1} MiB)",
        rss_before as f64 / 1024.0,
        peak as f64 / 1024.0,
        peak.saturating_sub(rss_before) as f64 / 1024.0
    );
}
