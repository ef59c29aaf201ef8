//! QR codes for posters and flyers: a `t.me` deep link that opens koban on a
//! topic, an area or the menu.

use std::path::Path;

use qrcode::QrCode;

use crate::domain::menu::Action;

#[derive(Debug, thiserror::Error)]
pub enum QrError {
    #[error(
        "unknown deep-link payload {0:?} (e.g. menu, advice_burglary, rights_complaint, area_<id>, contact)"
    )]
    Payload(String),
    #[error("bot username {0:?} is not valid (5–32 letters, digits or _)")]
    Bot(String),
    #[error("the output file must end in .png or .svg")]
    Format,
    #[error("QR encoding failed: {0}")]
    Encode(#[from] qrcode::types::QrError),
    #[error("cannot write {path}: {reason}")]
    Write { path: String, reason: String },
}

/// The deep link for `payload`, checked against what koban understands.
pub fn deep_link(bot: &str, payload: &str) -> Result<String, QrError> {
    let bot = bot.trim_start_matches('@');
    if !(5..=32).contains(&bot.len())
        || !bot.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
    {
        return Err(QrError::Bot(bot.to_owned()));
    }
    if Action::from_payload(payload).is_none() {
        return Err(QrError::Payload(payload.to_owned()));
    }
    Ok(format!("https://t.me/{bot}?start={payload}"))
}

/// Writes a QR code for `link` as PNG or SVG, chosen by the file extension.
pub fn write(link: &str, out: &Path) -> Result<(), QrError> {
    let code = QrCode::new(link.as_bytes())?;
    let write_err = |reason: String| QrError::Write {
        path: out.display().to_string(),
        reason,
    };
    match out.extension().and_then(|e| e.to_str()) {
        Some("svg") => {
            let svg = code
                .render::<qrcode::render::svg::Color>()
                .min_dimensions(512, 512)
                .build();
            std::fs::write(out, svg).map_err(|e| write_err(e.to_string()))
        }
        Some("png") => code
            .render::<image::Luma<u8>>()
            .min_dimensions(512, 512)
            .build()
            .save(out)
            .map_err(|e| write_err(e.to_string())),
        _ => Err(QrError::Format),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_checked() {
        assert_eq!(
            deep_link("@koban_gent_bot", "advice_burglary").expect("valid"),
            "https://t.me/koban_gent_bot?start=advice_burglary"
        );
        assert!(matches!(
            deep_link("koban_bot", "advice_nothing"),
            Err(QrError::Payload(_))
        ));
        assert!(matches!(deep_link("k", "menu"), Err(QrError::Bot(_))));
    }

    #[test]
    fn png_and_svg_decode_back_to_the_link() {
        let dir = tempfile::tempdir().expect("temp dir");
        let png = dir.path().join("poster.png");
        write("https://t.me/koban_bot?start=menu", &png).expect("png written");
        let img = image::open(&png).expect("a real PNG");
        assert!(img.width() >= 512);
        let svg = dir.path().join("poster.svg");
        write("https://t.me/koban_bot?start=menu", &svg).expect("svg written");
        let text = std::fs::read_to_string(&svg).expect("svg text");
        assert!(text.starts_with("<?xml") && text.contains("<svg"));
        assert!(matches!(
            write("x", &dir.path().join("poster.gif")),
            Err(QrError::Format)
        ));
    }
}
