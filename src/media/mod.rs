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

/// Signatures of the metadata blocks koban must never pass on. A last check
/// after re-encoding; tests use it on what arrives in Matrix.
pub fn has_metadata_markers(bytes: &[u8]) -> bool {
    const MARKERS: &[&[u8]] = &[
        b"Exif\0\0",                     // EXIF (JPEG APP1, WebP EXIF chunk payload)
        b"http://ns.adobe.com/xap/1.0/", // XMP
        b"Photoshop 3.0",                // IPTC in JPEG APP13
        b"eXIf",                         // EXIF chunk in PNG
        b"tEXt",                         // PNG text chunks
        b"iTXt",
        b"zTXt",
        b"ICC_PROFILE", // may carry device details
    ];
    MARKERS
        .iter()
        .any(|m| bytes.windows(m.len()).any(|w| w == *m))
        || has_jpeg_comment(bytes)
}

/// True when a JPEG carries a COM (0xFFFE) segment before its image data.
fn has_jpeg_comment(bytes: &[u8]) -> bool {
    if !bytes.starts_with(&[0xFF, 0xD8]) {
        return false;
    }
    let mut i = 2;
    while i + 4 <= bytes.len() {
        if bytes[i] != 0xFF {
            return false;
        }
        let marker = bytes[i + 1];
        if marker == 0xFE {
            return true;
        }
        if marker == 0xDA {
            return false; // start of scan: no more headers
        }
        let len = usize::from(u16::from_be_bytes([bytes[i + 2], bytes[i + 3]]));
        i += 2 + len;
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
