//! Building blocks for test images that carry metadata: PNG chunks (with
//! their CRC) and JPEG marker segments.
#![allow(dead_code)]

use std::io::Cursor;

/// A PNG chunk: length, type, data, CRC-32 of type and data.
pub fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut chunk = u32::try_from(data.len())
        .expect("small")
        .to_be_bytes()
        .to_vec();
    chunk.extend_from_slice(kind);
    chunk.extend_from_slice(data);
    let mut crc = 0xFFFF_FFFFu32;
    for &b in kind.iter().chain(data) {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = (crc >> 1) ^ (0xEDB8_8320 & (crc & 1).wrapping_neg());
        }
    }
    chunk.extend_from_slice(&(!crc).to_be_bytes());
    chunk
}

/// A JPEG marker segment (`FF <marker>`, length, payload).
pub fn jpeg_segment(marker: u8, payload: &[u8]) -> Vec<u8> {
    let mut s = vec![0xFF, marker];
    s.extend_from_slice(
        &u16::try_from(payload.len() + 2)
            .expect("small")
            .to_be_bytes(),
    );
    s.extend_from_slice(payload);
    s
}

/// A big-endian TIFF block (the body of an EXIF segment, after `Exif\0\0`)
/// with a GPS IFD: latitude and longitude as degrees/minutes/seconds
/// rationals with their N/S and E/W references, as phone cameras write them.
pub fn gps_tiff(latitude: f64, longitude: f64) -> Vec<u8> {
    fn dms(value: f64) -> [(u32, u32); 3] {
        let v = value.abs();
        let degrees = v.floor();
        let minutes = ((v - degrees) * 60.0).floor();
        let seconds = ((v - degrees) * 60.0 - minutes) * 60.0;
        [
            (degrees as u32, 1),
            (minutes as u32, 1),
            ((seconds * 10_000.0).round() as u32, 10_000),
        ]
    }
    let entry = |tag: u16, kind: u16, count: u32, value: [u8; 4]| {
        let mut e = tag.to_be_bytes().to_vec();
        e.extend_from_slice(&kind.to_be_bytes());
        e.extend_from_slice(&count.to_be_bytes());
        e.extend_from_slice(&value);
        e
    };
    const ASCII: u16 = 2;
    const LONG: u16 = 4;
    const RATIONAL: u16 = 5;
    // Header (8) + IFD0 with one entry (2 + 12 + 4) = 26: the GPS IFD.
    let gps_ifd: u32 = 26;
    // GPS IFD with four entries: 2 + 4 * 12 + 4 = 54 bytes; then the values.
    let lat_at = gps_ifd + 54;
    let lon_at = lat_at + 24;
    let mut t = b"MM\0*".to_vec();
    t.extend_from_slice(&8u32.to_be_bytes());
    t.extend_from_slice(&1u16.to_be_bytes());
    t.extend(entry(0x8825, LONG, 1, gps_ifd.to_be_bytes()));
    t.extend_from_slice(&0u32.to_be_bytes());
    t.extend_from_slice(&4u16.to_be_bytes());
    let ns = if latitude < 0.0 { b'S' } else { b'N' };
    let ew = if longitude < 0.0 { b'W' } else { b'E' };
    t.extend(entry(0x0001, ASCII, 2, [ns, 0, 0, 0]));
    t.extend(entry(0x0002, RATIONAL, 3, lat_at.to_be_bytes()));
    t.extend(entry(0x0003, ASCII, 2, [ew, 0, 0, 0]));
    t.extend(entry(0x0004, RATIONAL, 3, lon_at.to_be_bytes()));
    t.extend_from_slice(&0u32.to_be_bytes());
    for (n, d) in dms(latitude).into_iter().chain(dms(longitude)) {
        t.extend_from_slice(&n.to_be_bytes());
        t.extend_from_slice(&d.to_be_bytes());
    }
    t
}

/// Puts an APP1 EXIF segment right after a JPEG's SOI marker.
pub fn jpeg_with_exif(jpeg: &[u8], tiff: &[u8]) -> Vec<u8> {
    let mut exif = b"Exif\0\0".to_vec();
    exif.extend_from_slice(tiff);
    let mut out = jpeg[..2].to_vec();
    out.extend(jpeg_segment(0xE1, &exif));
    out.extend_from_slice(&jpeg[2..]);
    out
}

/// An EXIF (TIFF) block with an orientation entry, and text a careless
/// stripper would let through.
pub fn exif_payload(orientation: u16) -> Vec<u8> {
    // A little-endian TIFF header with one IFD entry (Orientation), followed
    // by text a careless stripper would let through.
    let mut tiff = b"II*\0\x08\0\0\0".to_vec();
    tiff.extend_from_slice(&1u16.to_le_bytes()); // one entry
    tiff.extend_from_slice(&0x0112u16.to_le_bytes()); // Orientation
    tiff.extend_from_slice(&3u16.to_le_bytes()); // SHORT
    tiff.extend_from_slice(&1u32.to_le_bytes()); // count
    tiff.extend_from_slice(&orientation.to_le_bytes());
    tiff.extend_from_slice(&[0, 0]);
    tiff.extend_from_slice(&0u32.to_le_bytes()); // no next IFD
    tiff.extend_from_slice(b"GPSLatitude=51.0543;Make=PhoneCo;Serial=SN-778812");
    tiff
}

pub fn riff_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut c = kind.to_vec();
    c.extend_from_slice(&u32::try_from(data.len()).expect("small").to_le_bytes());
    c.extend_from_slice(data);
    if data.len() % 2 == 1 {
        c.push(0);
    }
    c
}

/// Extended WebP (VP8X) with EXIF and XMP chunks around a lossless image.
pub fn webp_with_metadata(width: u32, height: u32) -> Vec<u8> {
    let img = image::RgbaImage::from_fn(width, height, |x, y| {
        image::Rgba([(x % 256) as u8, (y % 256) as u8, 150, 255])
    });
    let mut simple = Vec::new();
    img.write_to(&mut Cursor::new(&mut simple), image::ImageFormat::WebP)
        .expect("encode webp");
    // simple = "RIFF" size "WEBP" then the VP8L chunk.
    let vp8l = &simple[12..];
    let mut vp8x = vec![0x08 | 0x04, 0, 0, 0]; // EXIF and XMP present
    vp8x.extend_from_slice(&(width - 1).to_le_bytes()[..3]);
    vp8x.extend_from_slice(&(height - 1).to_le_bytes()[..3]);
    let mut body = b"WEBP".to_vec();
    body.extend(riff_chunk(b"VP8X", &vp8x));
    body.extend_from_slice(vp8l);
    body.extend(riff_chunk(b"EXIF", &exif_payload(1)));
    body.extend(riff_chunk(
        b"XMP ",
        b"<x:xmpmeta xmlns:x='adobe:ns:meta/'>http://ns.adobe.com/xap/1.0/ Jan Janssens</x:xmpmeta>",
    ));
    let mut out = b"RIFF".to_vec();
    out.extend_from_slice(&u32::try_from(body.len()).expect("small").to_le_bytes());
    out.extend(body);
    out
}
