//! Images from residents: checked by their bytes (never by name), guarded
//! against decompression bombs, decoded and re-encoded so that no metadata
//! (EXIF including GPS, XMP, IPTC, comments, ICC) survives. When any step
//! fails the image is refused; it is never passed on unstripped.

use std::io::Cursor;

use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};

use crate::domain::outbound::CleanImage;
use crate::domain::report::GeoPoint;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MediaError {
    #[error("file of {size} bytes exceeds the limit of {max} bytes")]
    TooLarge { size: u64, max: u64 },
    #[error("not an accepted image format")]
    NotAnImage,
    #[error("image of {width}x{height} pixels exceeds the limit of {max} pixels")]
    TooManyPixels { width: u32, height: u32, max: u64 },
    #[error("image could not be decoded: {0}")]
    Decode(String),
    #[error("image could not be re-encoded: {0}")]
    Encode(String),
    #[error("metadata survived re-encoding")]
    MetadataSurvived,
}

/// JPEG quality for re-encoded photos: visually lossless for evidence photos.
const JPEG_QUALITY: u8 = 88;

/// Checks, decodes and re-encodes an image. JPEG and WebP become JPEG; PNG
/// stays PNG (it may carry transparency or screenshots' sharp text).
pub fn sanitize(bytes: &[u8], max_pixels: u64) -> Result<CleanImage, MediaError> {
    let format = image::guess_format(bytes).map_err(|_| MediaError::NotAnImage)?;
    if !matches!(
        format,
        ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP
    ) {
        return Err(MediaError::NotAnImage);
    }

    // Read the dimensions from the header before decoding anything.
    let (width, height) = ImageReader::with_format(Cursor::new(bytes), format)
        .into_dimensions()
        .map_err(|e| MediaError::Decode(e.to_string()))?;
    if u64::from(width) * u64::from(height) > max_pixels || width == 0 || height == 0 {
        return Err(MediaError::TooManyPixels {
            width,
            height,
            max: max_pixels,
        });
    }

    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(width);
    limits.max_image_height = Some(height);
    // RGBA16 is the widest buffer a decoder may ask for.
    limits.max_alloc = Some(max_pixels.saturating_mul(8).saturating_add(1 << 20));
    reader.limits(limits);
    let mut decoder = reader
        .into_decoder()
        .map_err(|e| MediaError::Decode(e.to_string()))?;
    // Orientation lives in EXIF, which is about to go: apply it to the pixels.
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut img =
        DynamicImage::from_decoder(decoder).map_err(|e| MediaError::Decode(e.to_string()))?;
    img.apply_orientation(orientation);

    let mut out = Vec::with_capacity(bytes.len());
    let (content_type, file_name) = match format {
        ImageFormat::Png => {
            img.write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
                .map_err(|e| MediaError::Encode(e.to_string()))?;
            ("image/png", "photo.png")
        }
        _ => {
            let rgb = img.to_rgb8();
            let encoder =
                image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY);
            rgb.write_with_encoder(encoder)
                .map_err(|e| MediaError::Encode(e.to_string()))?;
            ("image/jpeg", "photo.jpg")
        }
    };

    if has_metadata_markers(&out) {
        return Err(MediaError::MetadataSurvived);
    }
    Ok(CleanImage {
        content_type: content_type.to_owned(),
        file_name: file_name.to_owned(),
        width: img.width(),
        height: img.height(),
        bytes: out,
    })
}

/// The GPS position recorded in an image's EXIF block (JPEG, PNG, WebP),
/// read before the metadata is stripped, so that the resident can be asked
/// whether to use it. `None` when there is none or it is not plausible.
pub fn exif_location(bytes: &[u8]) -> Option<GeoPoint> {
    use exif::{In, Tag, Value};
    let exif = exif::Reader::new()
        .read_from_container(&mut Cursor::new(bytes))
        .ok()?;
    let coordinate = |value_tag: Tag, ref_tag: Tag, negative: u8| -> Option<f64> {
        let field = exif.get_field(value_tag, In::PRIMARY)?;
        let Value::Rational(parts) = &field.value else {
            return None;
        };
        let [d, m, s] = parts.as_slice() else {
            return None;
        };
        let value = d.to_f64() + m.to_f64() / 60.0 + s.to_f64() / 3600.0;
        let sign = match &exif.get_field(ref_tag, In::PRIMARY)?.value {
            Value::Ascii(v) if v.first().and_then(|s| s.first()) == Some(&negative) => -1.0,
            _ => 1.0,
        };
        Some(sign * value)
    };
    let point = GeoPoint {
        latitude: coordinate(Tag::GPSLatitude, Tag::GPSLatitudeRef, b'S')?,
        longitude: coordinate(Tag::GPSLongitude, Tag::GPSLongitudeRef, b'W')?,
    };
    (point.is_valid() && (point.latitude, point.longitude) != (0.0, 0.0)).then_some(point)
}

/// Whether an image carries a metadata block koban must never pass on
/// (EXIF including GPS, XMP, IPTC, comments, ICC profiles, PNG text and
/// time chunks). The container's structure is read: JPEG marker segments,
/// PNG chunks, WebP (RIFF) chunks; the compressed pixel data is never
/// searched, so photos whose pixels happen to contain such bytes are not
/// refused. Anything that cannot be read as one of these containers counts
/// as carrying metadata. A last check after re-encoding; tests use it on
/// what arrives in Matrix.
pub fn has_metadata_markers(bytes: &[u8]) -> bool {
    if bytes.starts_with(&[0xFF, 0xD8]) {
        jpeg_has_metadata(bytes)
    } else if bytes.starts_with(PNG_SIGNATURE) {
        png_has_metadata(bytes)
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        webp_has_metadata(bytes)
    } else {
        true
    }
}

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// The APP0 segment JPEG encoders write: "JFIF\0", version, density, and a
/// thumbnail of 0x0 pixels (a thumbnail is a second image, refused).
fn is_plain_jfif(payload: &[u8]) -> bool {
    payload.len() == 14 && payload.starts_with(b"JFIF\0") && payload[12] == 0 && payload[13] == 0
}

/// Walks a JPEG's marker segments from SOI to EOI, stepping over the
/// entropy-coded data after each SOS (where `FF 00` is a stuffed byte and
/// `FF D0`..`FF D7` are restart markers). Refused: APP1..APP15, any APP0
/// but a plain JFIF one, COM, a broken structure, bytes after EOI.
fn jpeg_has_metadata(bytes: &[u8]) -> bool {
    let mut i = 2;
    loop {
        // A marker: 0xFF, optional fill bytes 0xFF, the marker code.
        if bytes.get(i) != Some(&0xFF) {
            return true;
        }
        while bytes.get(i) == Some(&0xFF) {
            i += 1;
        }
        let Some(&marker) = bytes.get(i) else {
            return true;
        };
        i += 1;
        match marker {
            0xD9 => return i != bytes.len(), // EOI: nothing may follow
            0x01 | 0xD0..=0xD7 => continue,  // no length
            0x00 | 0xD8 => return true,
            _ => {}
        }
        let Some(len) = bytes
            .get(i..i + 2)
            .map(|b| usize::from(u16::from_be_bytes([b[0], b[1]])))
        else {
            return true;
        };
        if len < 2 || i + len > bytes.len() {
            return true;
        }
        let payload = &bytes[i + 2..i + len];
        i += len;
        match marker {
            0xE0 if is_plain_jfif(payload) => {}
            0xE0..=0xEF | 0xFE => return true,
            0xDA => {
                // Entropy-coded data up to the next real marker.
                loop {
                    match (bytes.get(i), bytes.get(i + 1)) {
                        (Some(0xFF), Some(0x00 | 0xD0..=0xD7)) => i += 2,
                        (Some(0xFF), Some(_)) => break,
                        (Some(_), _) => i += 1,
                        (None, _) => return true,
                    }
                }
            }
            _ => {}
        }
    }
}

/// PNG chunks koban's encoder may write and that carry nothing about the
/// sender: image data, palette, transparency, colour space and pixel size.
const PNG_PLAIN_CHUNKS: [&[u8; 4]; 10] = [
    b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"sBIT", b"pHYs",
];

/// Walks a PNG's chunks; anything but [`PNG_PLAIN_CHUNKS`] (tEXt, zTXt,
/// iTXt, eXIf, tIME, iCCP, private chunks…), a broken structure or bytes
/// after IEND is refused.
fn png_has_metadata(bytes: &[u8]) -> bool {
    let mut i = PNG_SIGNATURE.len();
    loop {
        let Some(header) = bytes.get(i..i + 8) else {
            return true;
        };
        let len = u32::from_be_bytes([header[0], header[1], header[2], header[3]]) as usize;
        let kind: &[u8; 4] = header[4..8].try_into().expect("four bytes");
        if !PNG_PLAIN_CHUNKS.contains(&kind) {
            return true;
        }
        let Some(end) = i.checked_add(12).and_then(|n| n.checked_add(len)) else {
            return true;
        };
        if end > bytes.len() {
            return true;
        }
        i = end;
        if kind == b"IEND" {
            return i != bytes.len();
        }
    }
}

/// Walks a WebP's RIFF chunks; only the image data chunks (VP8, VP8L,
/// VP8X without metadata flags, ALPH, ANIM, ANMF) pass.
fn webp_has_metadata(bytes: &[u8]) -> bool {
    let declared = u32::from_le_bytes([bytes[4], bytes[5], bytes[6], bytes[7]]) as usize;
    if declared.checked_add(8) != Some(bytes.len()) {
        return true;
    }
    let mut i = 12;
    while i < bytes.len() {
        let Some(header) = bytes.get(i..i + 8) else {
            return true;
        };
        let len = u32::from_le_bytes([header[4], header[5], header[6], header[7]]) as usize;
        let padded = len + (len & 1);
        let Some(data) = bytes.get(i + 8..i + 8 + len) else {
            return true;
        };
        match &header[..4] {
            // Flags: ICC (0x20), EXIF (0x08), XMP (0x04).
            b"VP8X" if data.first().is_some_and(|f| f & 0x2C != 0) => return true,
            b"VP8 " | b"VP8L" | b"VP8X" | b"ALPH" | b"ANIM" | b"ANMF" => {}
            _ => return true,
        }
        i += 8 + padded;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jpeg(width: u32, height: u32) -> Vec<u8> {
        let img = image::RgbImage::from_fn(width, height, |x, y| {
            image::Rgb([(x % 256) as u8, (y % 256) as u8, 128])
        });
        let mut out = Vec::new();
        img.write_to(&mut Cursor::new(&mut out), ImageFormat::Jpeg)
            .expect("encode test jpeg");
        out
    }

    /// Inserts an APP1 EXIF segment (with a GPS-looking payload) and a COM
    /// segment right after SOI.
    fn with_exif_and_comment(jpeg: &[u8]) -> Vec<u8> {
        let mut exif = b"Exif\0\0".to_vec();
        exif.extend_from_slice(b"MM\0*GPSLatitude 51.05 GPSLongitude 3.72");
        let mut out = vec![0xFF, 0xD8, 0xFF, 0xE1];
        out.extend_from_slice(&((exif.len() + 2) as u16).to_be_bytes());
        out.extend_from_slice(&exif);
        let comment = b"secret camera owner";
        out.extend_from_slice(&[0xFF, 0xFE]);
        out.extend_from_slice(&((comment.len() + 2) as u16).to_be_bytes());
        out.extend_from_slice(comment);
        out.extend_from_slice(&jpeg[2..]);
        out
    }

    #[test]
    fn strips_exif_and_comments_from_jpeg() {
        let dirty = with_exif_and_comment(&jpeg(64, 48));
        assert!(has_metadata_markers(&dirty));
        let clean = sanitize(&dirty, 1_000_000).expect("sanitizes");
        assert!(!has_metadata_markers(&clean.bytes));
        assert!(!clean.bytes.windows(11).any(|w| w == b"GPSLatitude"));
        assert_eq!((clean.width, clean.height), (64, 48));
        assert_eq!(clean.content_type, "image/jpeg");
    }

    /// Offset just past the SOS segment header of a JPEG from the encoder.
    fn scan_data_start(jpeg: &[u8]) -> usize {
        let mut i = 2;
        loop {
            assert_eq!(jpeg[i], 0xFF, "segment at {i}");
            let len = usize::from(u16::from_be_bytes([jpeg[i + 2], jpeg[i + 3]]));
            if jpeg[i + 1] == 0xDA {
                return i + 2 + len;
            }
            i += 2 + len;
        }
    }

    /// Words a byte search would take for metadata; no 0xFF among them.
    const LOOKALIKES: &[u8] =
        b"Exif\0\0MM\0*http://ns.adobe.com/xap/1.0/Photoshop 3.0ICC_PROFILEeXIftEXtiTXtzTXt";

    #[test]
    fn metadata_lookalikes_in_the_pixel_data_are_not_metadata() {
        let plain = jpeg(64, 48);
        assert!(!has_metadata_markers(&plain), "the encoder's own output");
        let at = scan_data_start(&plain);
        let mut lookalike = plain[..at].to_vec();
        lookalike.extend_from_slice(LOOKALIKES);
        lookalike.extend_from_slice(&plain[at..]);
        assert!(!has_metadata_markers(&lookalike));

        // The same words inside a PNG's image data.
        let mut png = Vec::new();
        image::RgbImage::new(8, 8)
            .write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
            .expect("encode png");
        assert!(!has_metadata_markers(&png), "the encoder's own output");
        let mut idat = (LOOKALIKES.len() as u32).to_be_bytes().to_vec();
        idat.extend_from_slice(b"IDAT");
        idat.extend_from_slice(LOOKALIKES);
        idat.extend_from_slice(&[0; 4]);
        let mut with_idat = png[..33].to_vec();
        with_idat.extend(idat);
        with_idat.extend_from_slice(&png[33..]);
        assert!(!has_metadata_markers(&with_idat));
    }

    #[test]
    fn metadata_segments_and_chunks_are_found_by_structure() {
        let plain = jpeg(32, 32);
        let segment = |marker: u8, payload: &[u8]| {
            let mut out = plain[..2].to_vec();
            out.extend_from_slice(&[0xFF, marker]);
            out.extend_from_slice(&((payload.len() + 2) as u16).to_be_bytes());
            out.extend_from_slice(payload);
            out.extend_from_slice(&plain[2..]);
            out
        };
        assert!(has_metadata_markers(&segment(0xE1, b"Exif\0\0MM\0*")));
        assert!(has_metadata_markers(&segment(0xE2, b"ICC_PROFILE\0")));
        assert!(has_metadata_markers(&segment(0xED, b"Photoshop 3.0\0")));
        assert!(has_metadata_markers(&segment(0xFE, b"a comment")));
        // A JFIF APP0 with a thumbnail, and an APP0 that is not JFIF.
        let thumb = b"JFIF\0\x01\x02\0\0\x01\0\x01\x01\x01\0\0\0";
        assert!(has_metadata_markers(&segment(0xE0, thumb)));
        assert!(has_metadata_markers(&segment(0xE0, b"JFXX\0\x10")));
        // Bytes after the end of the image, and a cut-off image.
        let mut trailing = plain.clone();
        trailing.extend_from_slice(b"appended");
        assert!(has_metadata_markers(&trailing));
        assert!(has_metadata_markers(&plain[..plain.len() - 2]));

        let mut png = Vec::new();
        image::RgbImage::new(8, 8)
            .write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
            .expect("encode png");
        for kind in [
            b"tEXt", b"zTXt", b"iTXt", b"eXIf", b"tIME", b"iCCP", b"prIv",
        ] {
            let mut chunk = 4u32.to_be_bytes().to_vec();
            chunk.extend_from_slice(kind);
            chunk.extend_from_slice(b"data\0\0\0\0");
            let mut dirty = png[..33].to_vec();
            dirty.extend(chunk);
            dirty.extend_from_slice(&png[33..]);
            assert!(has_metadata_markers(&dirty), "{:?}", kind);
        }
        assert!(has_metadata_markers(b"GIF89a"), "unknown containers");
    }

    #[test]
    fn refuses_non_images_whatever_their_name() {
        assert_eq!(
            sanitize(b"%PDF-1.7 not a photo", 1_000_000),
            Err(MediaError::NotAnImage)
        );
        assert_eq!(sanitize(b"", 1_000_000), Err(MediaError::NotAnImage));
    }

    #[test]
    fn refuses_decompression_bombs_before_decoding() {
        // A PNG header that claims 100000 x 100000 pixels.
        let img = image::GrayImage::new(1, 1);
        let mut png = Vec::new();
        img.write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
            .expect("encode png");
        // IHDR width/height live at bytes 16..24; patch them (CRC now wrong,
        // which the header read must not even reach).
        png[16..20].copy_from_slice(&100_000u32.to_be_bytes());
        png[20..24].copy_from_slice(&100_000u32.to_be_bytes());
        assert!(matches!(
            sanitize(&png, 50_000_000),
            Err(MediaError::TooManyPixels { .. }) | Err(MediaError::Decode(_))
        ));
    }

    #[test]
    fn truncated_images_are_refused_not_passed_on() {
        let good = jpeg(64, 64);
        let broken = &good[..good.len() / 3];
        assert!(sanitize(broken, 1_000_000).is_err());
    }
}
