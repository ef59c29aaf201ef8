//! Metadata stripping on a corpus of JPEG, PNG and WebP files carrying GPS
//! and other personal metadata: what comes out has none of it, is a real
//! image of the same size, and is upright.

// A failed unwrap is a failed test.
#![allow(clippy::unwrap_used)]

use std::io::Cursor;

#[path = "support/corpus.rs"]
mod corpus;

use corpus::{exif_payload, jpeg_segment, png_chunk};
use koban::media::{MediaError, has_metadata_markers, sanitize};

const SECRETS: [&[u8]; 6] = [
    b"GPSLatitude",
    b"51.0543",
    b"Janssens",
    b"PhoneCo",
    b"Kouter 12",
    b"SN-778812",
];

fn leaks(bytes: &[u8]) -> Vec<String> {
    SECRETS
        .iter()
        .filter(|s| bytes.windows(s.len()).any(|w| w == **s))
        .map(|s| String::from_utf8_lossy(s).into_owned())
        .collect()
}

fn plain_jpeg(width: u32, height: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 80])
    });
    let mut out = Vec::new();
    img.write_to(&mut Cursor::new(&mut out), image::ImageFormat::Jpeg)
        .expect("encode jpeg");
    out
}

/// JPEG with EXIF (orientation 6: rotate 90°), XMP, IPTC and a comment.
fn dirty_jpeg(width: u32, height: u32) -> Vec<u8> {
    let plain = plain_jpeg(width, height);
    let mut out = vec![0xFF, 0xD8];
    let mut exif = b"Exif\0\0".to_vec();
    exif.extend_from_slice(&exif_payload(6));
    out.extend(jpeg_segment(0xE1, &exif));
    out.extend(jpeg_segment(
        0xE1,
        b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><dc:creator>Jan Janssens</dc:creator></x:xmpmeta>",
    ));
    out.extend(jpeg_segment(
        0xED,
        b"Photoshop 3.0\08BIM\x04\x04\0\0\0\0\0\x10Kouter 12 Gent",
    ));
    out.extend(jpeg_segment(0xFE, b"owner Jan Janssens"));
    out.extend_from_slice(&plain[2..]);
    out
}

/// PNG with tEXt, iTXt, zTXt-style text and an eXIf chunk.
fn dirty_png(width: u32, height: u32) -> Vec<u8> {
    let img = image::RgbaImage::from_fn(width, height, |x, y| {
        image::Rgba([(x % 256) as u8, 30, (y % 256) as u8, 200])
    });
    let mut plain = Vec::new();
    img.write_to(&mut Cursor::new(&mut plain), image::ImageFormat::Png)
        .expect("encode png");
    let split = 8 + 25; // signature + IHDR
    let mut out = plain[..split].to_vec();
    out.extend(png_chunk(b"tEXt", b"Author\0Jan Janssens, Kouter 12"));
    out.extend(png_chunk(b"iTXt", b"GPS\0\0\0\0\0GPSLatitude 51.0543"));
    out.extend(png_chunk(b"eXIf", &exif_payload(1)));
    out.extend_from_slice(&plain[split..]);
    out
}

fn dirty_webp(width: u32, height: u32) -> Vec<u8> {
    corpus::webp_with_metadata(width, height)
}

#[test]
fn the_corpus_really_carries_metadata() {
    for (name, bytes) in [
        ("jpeg", dirty_jpeg(64, 32)),
        ("png", dirty_png(64, 32)),
        ("webp", dirty_webp(64, 32)),
    ] {
        assert!(
            !leaks(&bytes).is_empty(),
            "{name} corpus file has no metadata"
        );
        assert!(
            has_metadata_markers(&bytes),
            "{name}: its metadata blocks are found by structure"
        );
        image::load_from_memory(&bytes)
            .unwrap_or_else(|e| panic!("{name} corpus file does not decode: {e}"));
    }
}

#[test]
fn nothing_personal_survives_on_any_format() {
    for (name, bytes, w, h) in [
        // EXIF orientation 6: the upright image is 32 wide, 64 high.
        ("jpeg", dirty_jpeg(64, 32), 32, 64),
        ("png", dirty_png(64, 32), 64, 32),
        ("webp", dirty_webp(64, 32), 64, 32),
    ] {
        let clean = sanitize(&bytes, 50_000_000).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(
            leaks(&clean.bytes).is_empty(),
            "{name}: {:?} survived",
            leaks(&clean.bytes)
        );
        assert!(
            !has_metadata_markers(&clean.bytes),
            "{name}: a metadata block survived"
        );
        let decoded = image::load_from_memory(&clean.bytes).expect("a real image comes out");
        assert_eq!(
            (decoded.width(), decoded.height()),
            (w, h),
            "{name}: size/orientation"
        );
        assert_eq!((clean.width, clean.height), (w, h));
    }
}

#[test]
fn wrong_types_and_bombs_are_refused() {
    assert_eq!(
        sanitize(b"GIF89a not allowed", 1_000_000),
        Err(MediaError::NotAnImage)
    );
    assert_eq!(
        sanitize(b"<svg xmlns='http://www.w3.org/2000/svg'/>", 1_000_000),
        Err(MediaError::NotAnImage)
    );
    // A real 2000x2000 image is refused under a 1 MP limit, before decoding.
    let big = plain_jpeg(2000, 2000);
    assert!(matches!(
        sanitize(&big, 1_000_000),
        Err(MediaError::TooManyPixels { .. })
    ));
}

#[test]
fn gps_in_a_photo_is_read_before_it_is_stripped() {
    use koban::media::exif_location;
    let ghent = corpus::gps_tiff(51.0543, 3.7174);
    let south_west = corpus::gps_tiff(-33.8568, -151.2153);
    let jpeg = corpus::jpeg_with_exif(&plain_jpeg(64, 48), &ghent);
    let p = exif_location(&jpeg).expect("GPS read from the JPEG");
    assert!((p.latitude - 51.0543).abs() < 1e-4, "{p:?}");
    assert!((p.longitude - 3.7174).abs() < 1e-4, "{p:?}");
    let p =
        exif_location(&corpus::jpeg_with_exif(&plain_jpeg(64, 48), &south_west)).expect("GPS read");
    assert!((p.latitude + 33.8568).abs() < 1e-4, "S is negative: {p:?}");
    assert!(
        (p.longitude + 151.2153).abs() < 1e-4,
        "W is negative: {p:?}"
    );

    // The same position in a PNG eXIf chunk.
    let mut plain = Vec::new();
    image::RgbImage::new(16, 16)
        .write_to(&mut Cursor::new(&mut plain), image::ImageFormat::Png)
        .expect("encode png");
    let mut png = plain[..33].to_vec();
    png.extend(png_chunk(b"eXIf", &ghent));
    png.extend_from_slice(&plain[33..]);
    let from_png = exif_location(&png).expect("GPS read from the PNG");
    assert!((from_png.latitude - 51.0543).abs() < 1e-4);

    // No GPS, or an EXIF block without it: nothing.
    assert_eq!(exif_location(&plain_jpeg(16, 16)), None);
    assert_eq!(exif_location(&dirty_jpeg(16, 16)), None);
    assert_eq!(exif_location(b"not an image"), None);

    // And the cleaned image carries none of it.
    let clean = sanitize(&jpeg, 10_000_000).expect("cleaned");
    assert_eq!(exif_location(&clean.bytes), None);
    assert!(!has_metadata_markers(&clean.bytes));
}

#[test]
fn pixel_data_that_looks_like_metadata_is_not_refused() {
    // A photo whose compressed data spells the names of metadata blocks
    // (as random data does now and then) is still a clean photo.
    let plain = plain_jpeg(64, 48);
    let mut i = 2;
    let scan = loop {
        let len = usize::from(u16::from_be_bytes([plain[i + 2], plain[i + 3]]));
        if plain[i + 1] == 0xDA {
            break i + 2 + len;
        }
        i += 2 + len;
    };
    let mut lookalike = plain[..scan].to_vec();
    lookalike.extend_from_slice(b"Exif\0\0http://ns.adobe.com/xap/1.0/Photoshop 3.0ICC_PROFILE");
    lookalike.extend_from_slice(&plain[scan..]);
    assert!(!has_metadata_markers(&lookalike));
    let clean = sanitize(&plain, 1_000_000).expect("sanitizes");
    assert!(!has_metadata_markers(&clean.bytes));
}
