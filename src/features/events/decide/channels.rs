//! News channels: Telegram channels and read-only Matrix rooms, per zone or
//! area and language, where invitations, cancellations and announcements
//! are posted once for everyone who follows them, besides (or instead of)
//! reaching each subscriber.

use super::*;
use crate::config::NewsChannel;

impl Planner<'_> {
    /// The configured channels that cover `area` (`None`: the whole zone,
    /// which every channel covers).
    pub fn news_channels<'c>(
        &'c self,
        area: Option<&'c str>,
    ) -> impl Iterator<Item = &'c NewsChannel> + 'c {
        self.config.channels.iter().filter(move |c| c.covers(area))
    }

    /// A channel's language, if koban speaks it; else the default.
    fn channel_language<'c>(&'c self, c: &'c NewsChannel) -> &'c str {
        if self.loc.has(&c.language) {
            &c.language
        } else {
            self.loc.default_language()
        }
    }

    fn post(c: &NewsChannel, text: String) -> Change {
        Change::send(None, to(c.channel(), &c.chat, MessageBody::Text { text }))
    }

    /// How a reader answers: a link that opens koban on the event
    /// (Telegram), or koban's address and what to send (Matrix).
    fn answer_line(&self, c: &NewsChannel, lang: &str, event_id: i64) -> Option<String> {
        let (key, link) = match c.channel() {
            Channel::Telegram => (
                "channel-answer-telegram",
                format!(
                    "https://t.me/{}?start=event_{event_id}",
                    self.bot_links.telegram.as_deref()?
                ),
            ),
            Channel::Matrix => (
                "channel-answer-matrix",
                format!("https://matrix.to/#/{}", self.bot_links.matrix.as_deref()?),
            ),
        };
        Some(self.ta(lang, key, &[("link", link.into()), ("id", event_id.into())]))
    }

    /// An event's invitation, posted in each channel that covers its area.
    pub fn channel_invites(&self, event: &Event, counts: &RsvpCounts) -> Vec<Change> {
        self.news_channels(event.area.as_deref())
            .map(|c| {
                let lang = self.channel_language(c);
                let mut text = format!(
                    "{}\n\n{}",
                    self.t(lang, "invite-intro"),
                    self.event_text(event, lang, counts)
                );
                if let Some(line) = self.answer_line(c, lang, event.id) {
                    text = format!("{text}\n\n{line}");
                }
                Self::post(c, text)
            })
            .collect()
    }

    /// A published event's cancellation, in the channels that had its
    /// invitation.
    pub fn channel_cancellations(&self, event: &Event) -> Vec<Change> {
        self.news_channels(event.area.as_deref())
            .map(|c| {
                let lang = self.channel_language(c);
                Self::post(c, self.cancel_text(event, lang))
            })
            .collect()
    }

    /// An announcement, posted in each channel that covers its area (its
    /// languages limit who among the subscribers gets it, not the channels).
    pub fn channel_announcements(&self, a: &Announcement) -> Vec<Change> {
        self.news_channels(a.area.as_deref())
            .map(|c| {
                let lang = self.channel_language(c);
                Self::post(c, self.announcement_text(a, lang))
            })
            .collect()
    }

    /// A notice to the coordinators: a post in news channel `chat` failed.
    pub fn news_post_failed(&self, chat: &str, error: &str) -> Vec<Change> {
        let Some(room) = self.coordination_room else {
            return Vec::new();
        };
        let text = self.ta(
            self.loc.default_language(),
            "channel-post-failed",
            &[("chat", chat.into()), ("error", error.into())],
        );
        vec![Change::send(
            None,
            to(Channel::Matrix, room, MessageBody::Text { text }),
        )]
    }
}
