//! How Matrix shows koban's screens: there are no buttons, so the choices
//! become a numbered list that residents answer with a number (the domain
//! remembers the options in the same order).

use crate::domain::outbound::Button;

/// `text`, then the choices numbered from 1 in reading order, then `hint`
/// (how to choose). Without choices, the text alone.
pub fn numbered(text: &str, rows: &[Vec<Button>], hint: &str) -> String {
    let mut out = text.to_owned();
    let options: Vec<&Button> = rows.iter().flatten().collect();
    if options.is_empty() {
        return out;
    }
    out.push('\n');
    for (i, option) in options.iter().enumerate() {
        out.push_str(&format!("\n{}. {}", i + 1, option.label));
    }
    out.push_str("\n\n");
    out.push_str(hint);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_are_numbered_in_reading_order() {
        let b = |label: &str| Button {
            label: label.into(),
            data: label.to_lowercase(),
        };
        let rows = vec![vec![b("Advice"), b("Rights")], vec![b("Menu")]];
        assert_eq!(
            numbered("Main menu", &rows, "Reply with a number."),
            "Main menu\n\n1. Advice\n2. Rights\n3. Menu\n\nReply with a number."
        );
        assert_eq!(numbered("Just text", &[], "hint"), "Just text");
    }
}
