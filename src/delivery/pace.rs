//! Pacing under a platform's sending limits, so that they hold before the
//! platform has to say so with a 429. Three sliding windows, each a little
//! longer than the platform's (the safety margin):
//!
//! - across all destinations, at most `per_second` messages in any second,
//!   spaced evenly (a short burst after a quiet spell), so that sends do not
//!   arrive bunched up;
//! - per destination, at most `destination_burst` messages in any
//!   `destination_burst` × `destination_interval` (on average one per
//!   interval, short bursts allowed);
//! - per group (a negative Telegram chat id), at most `group_per_minute` in
//!   any minute.
//!
//! A 429 pauses what it was about: one destination, or everything. A 429
//! about everything also widens the shared window's margin a little (up to
//! 5%), which comes back slowly as sends go through without one. While an
//! interactive message waits for the shared window, bulk messages wait
//! behind it: a broadcast never holds a reply up for more than one slot.

use std::collections::{HashMap, VecDeque};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use tokio::time::Instant;

use crate::domain::outbound::Lane;

/// The limits a [`Pacer`] keeps under.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PaceLimits {
    /// Messages in any second, across destinations.
    pub per_second: u32,
    /// Messages that may go out at once across destinations after a quiet
    /// spell; afterwards they are spaced evenly.
    pub burst: u32,
    /// Messages one destination may receive at once.
    pub destination_burst: u32,
    /// One destination receives on average one message per interval.
    pub destination_interval: Duration,
    /// Messages in any minute to a group (a negative destination).
    pub group_per_minute: u32,
    /// Each window is this share longer than the platform's (0.015: 1.5%).
    pub margin: f64,
}

impl PaceLimits {
    /// Telegram's limits (about 30 messages per second overall, about one
    /// per second per chat with short bursts, 20 per minute per group) with
    /// `per_second` overall and a 1.5% margin.
    pub fn telegram(per_second: u32) -> Self {
        Self {
            per_second: per_second.max(1),
            burst: 3,
            destination_burst: 3,
            destination_interval: Duration::from_secs(1),
            group_per_minute: 20,
            margin: 0.015,
        }
    }

    fn stretch(&self, d: Duration) -> Duration {
        d.mul_f64(1.0 + self.margin.max(0.0))
    }

    /// The global window: a second, stretched by `margin` (the current one,
    /// see [`State::margin`]).
    fn second(&self, margin: f64) -> Duration {
        Duration::from_secs(1).mul_f64(1.0 + margin.max(0.0))
    }

    /// Even spacing of sends across destinations.
    fn spacing(&self, margin: f64) -> Duration {
        self.second(margin) / self.per_second.max(1)
    }

    /// A destination's window and how many messages it holds.
    fn destination_window(&self) -> (Duration, usize) {
        let burst = self.destination_burst.max(1);
        (
            self.stretch(self.destination_interval * burst),
            burst as usize,
        )
    }

    fn group_window(&self) -> (Duration, usize) {
        (
            self.stretch(Duration::from_secs(60)),
            self.group_per_minute.max(1) as usize,
        )
    }
}

#[derive(Default)]
struct Destination {
    /// Times of the recent messages (the longest window's worth).
    sent: VecDeque<Instant>,
    paused_until: Option<Instant>,
}

struct State {
    /// Times of the last `per_second` messages.
    recent: VecDeque<Instant>,
    /// Even spacing (GCRA): when the next message is due.
    theoretical: Instant,
    paused_until: Option<Instant>,
    destinations: HashMap<i64, Destination>,
    /// Interactive messages waiting for the shared window (bulk ones wait
    /// behind them).
    interactive_waiting: usize,
    granted: u64,
    /// The margin of the shared window now: the configured one, widened by
    /// each 429 about everything (the time from pacing to the platform's
    /// count varies more than the margin allows), up to [`MAX_MARGIN`].
    margin: f64,
}

/// How much a 429 about everything widens the shared window's margin.
const WIDEN: f64 = 0.005;
const MAX_MARGIN: f64 = 0.05;
/// Per send, the widening left (0.99965^2000 ≈ 0.5).
const RECOVERY: f64 = 0.99965;

/// Paces sends to one platform (see the module docs). Shared by all sends.
pub struct Pacer {
    limits: PaceLimits,
    state: Mutex<State>,
}

/// When a message may go.
enum Ready {
    Now,
    /// The destination is free at this time.
    Destination(Instant),
    /// The shared window (or a pause of everything) is free at this time.
    Shared(Instant),
}

/// Counts an interactive message waiting for the shared window, until it
/// is granted or given up (also when its future is dropped).
struct Waiting<'a> {
    pacer: &'a Pacer,
    counted: bool,
}

impl Waiting<'_> {
    fn set(&mut self, state: &mut State, counted: bool) {
        if counted && !self.counted {
            state.interactive_waiting += 1;
        } else if !counted && self.counted {
            state.interactive_waiting = state.interactive_waiting.saturating_sub(1);
        }
        self.counted = counted;
    }
}

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        if self.counted {
            let mut state = self.pacer.lock();
            state.interactive_waiting = state.interactive_waiting.saturating_sub(1);
        }
    }
}

impl Pacer {
    pub fn new(limits: PaceLimits) -> Self {
        Self {
            limits,
            state: Mutex::new(State {
                recent: VecDeque::new(),
                theoretical: Instant::now(),
                paused_until: None,
                destinations: HashMap::new(),
                interactive_waiting: 0,
                granted: 0,
                margin: limits.margin.max(0.0),
            }),
        }
    }

    pub fn limits(&self) -> PaceLimits {
        self.limits
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Waits until a message to `destination` may go, and counts it as
    /// sent. `Err(wait)` without waiting when the destination is not free
    /// within `hold` (paused by a 429, or its window is full for longer):
    /// the caller postpones the message by `wait` rather than hold a send
    /// slot.
    pub async fn acquire(
        &self,
        destination: i64,
        lane: Lane,
        hold: Duration,
    ) -> Result<(), Duration> {
        let mut waiting = Waiting {
            pacer: self,
            counted: false,
        };
        loop {
            let wake = {
                let mut state = self.lock();
                let now = Instant::now();
                match self.ready(&state, destination, now) {
                    Ready::Destination(at) if at > now + hold => {
                        waiting.set(&mut state, false);
                        return Err(at - now);
                    }
                    Ready::Destination(at) => {
                        waiting.set(&mut state, false);
                        at
                    }
                    Ready::Shared(at) => {
                        waiting.set(&mut state, lane == Lane::Interactive);
                        at
                    }
                    Ready::Now if lane == Lane::Bulk && state.interactive_waiting > 0 => {
                        // An interactive message is about to take this slot.
                        now + Duration::from_millis(2)
                    }
                    Ready::Now => {
                        waiting.set(&mut state, false);
                        self.grant(&mut state, destination, now);
                        return Ok(());
                    }
                }
            };
            tokio::time::sleep_until(wake).await;
        }
    }

    fn ready(&self, state: &State, destination: i64, now: Instant) -> Ready {
        let limits = &self.limits;
        if let Some(d) = state.destinations.get(&destination) {
            let mut at = d.paused_until.unwrap_or(now);
            let (window, limit) = limits.destination_window();
            if d.sent.len() >= limit {
                at = at.max(d.sent[d.sent.len() - limit] + window);
            }
            if destination < 0 {
                let (window, limit) = limits.group_window();
                if d.sent.len() >= limit {
                    at = at.max(d.sent[d.sent.len() - limit] + window);
                }
            }
            if at > now {
                return Ready::Destination(at);
            }
        }
        let mut at = state.paused_until.unwrap_or(now);
        let burst = limits.spacing(state.margin) * limits.burst.max(1).saturating_sub(1);
        at = at.max(state.theoretical.checked_sub(burst).unwrap_or(now));
        let per_second = limits.per_second.max(1) as usize;
        if state.recent.len() >= per_second {
            at =
                at.max(state.recent[state.recent.len() - per_second] + limits.second(state.margin));
        }
        if at > now {
            Ready::Shared(at)
        } else {
            Ready::Now
        }
    }

    fn grant(&self, state: &mut State, destination: i64, now: Instant) {
        let limits = &self.limits;
        state.theoretical = state.theoretical.max(now) + limits.spacing(state.margin);
        // A margin widened by 429s comes back to the configured one slowly
        // (halfway in about 2,000 sends).
        if state.margin > limits.margin {
            state.margin = limits.margin + (state.margin - limits.margin) * RECOVERY;
        }
        state.recent.push_back(now);
        while state.recent.len() > limits.per_second.max(1) as usize {
            state.recent.pop_front();
        }
        let keep = if destination < 0 {
            limits.group_window().0
        } else {
            limits.destination_window().0
        };
        let d = state.destinations.entry(destination).or_default();
        d.sent.push_back(now);
        while d.sent.front().is_some_and(|t| now - *t >= keep) {
            d.sent.pop_front();
        }
        state.granted += 1;
        // Forget destinations with nothing left to remember now and then (a
        // broadcast reaches thousands).
        if state.granted.is_multiple_of(1024) {
            let longest = limits.group_window().0;
            state.destinations.retain(|_, d| {
                d.paused_until.is_some_and(|p| p > now)
                    || d.sent.back().is_some_and(|t| now - *t < longest)
            });
        }
    }

    /// Nothing goes out for `wait` (a 429 about everything).
    pub fn pause_all(&self, wait: Duration) {
        let mut state = self.lock();
        let until = Instant::now() + wait;
        state.paused_until = Some(state.paused_until.map_or(until, |p| p.max(until)));
    }

    /// Nothing goes to `destination` for `wait` (a 429 about it).
    pub fn pause_destination(&self, destination: i64, wait: Duration) {
        let mut state = self.lock();
        let until = Instant::now() + wait;
        let d = state.destinations.entry(destination).or_default();
        d.paused_until = Some(d.paused_until.map_or(until, |p| p.max(until)));
    }

    /// A message just sent to `destination` was refused with a 429 asking
    /// to wait `retry_after`: pauses its scope and says which it was. The
    /// platform did not count the refused message, so neither does the
    /// destination's window. The 429 is the destination's when its own
    /// recent traffic explains it: it received another message within its
    /// window (for a group, its minute). Otherwise it is about everything.
    pub fn refused(&self, destination: i64, retry_after: Duration) -> Scope {
        let mut state = self.lock();
        let now = Instant::now();
        let window = if destination < 0 {
            self.limits.group_window().0
        } else {
            self.limits.destination_window().0
        };
        let until = now + retry_after;
        let d = state.destinations.entry(destination).or_default();
        d.sent.pop_back();
        let busy = d
            .sent
            .iter()
            .any(|t| now.saturating_duration_since(*t) < window);
        if busy {
            d.paused_until = Some(d.paused_until.map_or(until, |p| p.max(until)));
            Scope::Destination
        } else {
            state.paused_until = Some(state.paused_until.map_or(until, |p| p.max(until)));
            state.margin = (state.margin + WIDEN).min(MAX_MARGIN.max(self.limits.margin));
            Scope::All
        }
    }
}

/// What a 429 was about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// One destination (paused; others go on).
    Destination,
    /// Every send (all paused).
    All,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits() -> PaceLimits {
        PaceLimits {
            per_second: 10,
            burst: 1,
            destination_burst: 2,
            destination_interval: Duration::from_secs(1),
            group_per_minute: 3,
            margin: 0.0,
        }
    }

    const HOLD: Duration = Duration::from_secs(5);

    #[tokio::test(start_paused = true)]
    async fn shared_window_spaces_sends_evenly() {
        let pacer = Pacer::new(limits());
        let start = Instant::now();
        for i in 0..20 {
            pacer
                .acquire(i, Lane::Bulk, HOLD)
                .await
                .expect("a send slot");
        }
        // 20 at 10 per second, evenly: the last at 1.9 s.
        let took = start.elapsed();
        assert!(
            took >= Duration::from_millis(1890) && took <= Duration::from_millis(1950),
            "{took:?}"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_destination_gets_its_burst_then_waits_its_window() {
        let pacer = Pacer::new(limits());
        let start = Instant::now();
        pacer
            .acquire(7, Lane::Interactive, HOLD)
            .await
            .expect("a send slot");
        pacer
            .acquire(7, Lane::Interactive, HOLD)
            .await
            .expect("a send slot");
        assert!(start.elapsed() < Duration::from_millis(200));
        // Two in any two seconds.
        pacer
            .acquire(7, Lane::Interactive, HOLD)
            .await
            .expect("a send slot");
        assert!(
            start.elapsed() >= Duration::from_secs(2),
            "{:?}",
            start.elapsed()
        );
        // Two seconds after the second one (sent 100 ms after the first,
        // by the shared spacing), one more; then the window is full.
        pacer
            .acquire(7, Lane::Interactive, HOLD)
            .await
            .expect("a send slot");
        assert!(start.elapsed() <= Duration::from_millis(2100));
        // Not within a short hold: the caller postpones instead.
        let wait = pacer
            .acquire(7, Lane::Interactive, Duration::from_millis(100))
            .await
            .unwrap_err();
        assert!(wait > Duration::from_millis(100), "{wait:?}");
    }

    #[tokio::test(start_paused = true)]
    async fn groups_get_their_minute() {
        let pacer = Pacer::new(limits());
        let start = Instant::now();
        for _ in 0..3 {
            pacer
                .acquire(-100, Lane::Bulk, Duration::from_secs(120))
                .await
                .expect("a send slot");
        }
        let wait = pacer.acquire(-100, Lane::Bulk, HOLD).await.unwrap_err();
        assert!(wait > Duration::from_secs(50), "{wait:?}");
        pacer
            .acquire(-100, Lane::Bulk, Duration::from_secs(120))
            .await
            .expect("a send slot");
        assert!(start.elapsed() >= Duration::from_secs(60));
    }

    #[tokio::test(start_paused = true)]
    async fn pauses_hold_their_scope() {
        let pacer = Pacer::new(limits());
        pacer.pause_destination(1, Duration::from_secs(30));
        assert!(pacer.acquire(1, Lane::Bulk, HOLD).await.is_err());
        let start = Instant::now();
        pacer
            .acquire(2, Lane::Bulk, HOLD)
            .await
            .expect("a send slot");
        assert!(start.elapsed() < Duration::from_millis(10));
        pacer.pause_all(Duration::from_secs(3));
        pacer
            .acquire(3, Lane::Bulk, HOLD)
            .await
            .expect("a send slot");
        assert!(start.elapsed() >= Duration::from_secs(3));
    }

    #[tokio::test(start_paused = true)]
    async fn interactive_messages_go_before_waiting_bulk_ones() {
        let pacer = std::sync::Arc::new(Pacer::new(limits()));
        let order = std::sync::Arc::new(Mutex::new(Vec::new()));
        let mut tasks = Vec::new();
        for i in 0..10 {
            let (pacer, order) = (pacer.clone(), order.clone());
            tasks.push(tokio::spawn(async move {
                pacer
                    .acquire(100 + i, Lane::Bulk, HOLD)
                    .await
                    .expect("a send slot");
                order.lock().expect("not poisoned").push(format!("bulk{i}"));
            }));
        }
        tokio::time::sleep(Duration::from_millis(150)).await;
        let (p, o) = (pacer.clone(), order.clone());
        tasks.push(tokio::spawn(async move {
            p.acquire(1, Lane::Interactive, HOLD)
                .await
                .expect("a send slot");
            o.lock().expect("not poisoned").push("reply".to_owned());
        }));
        for t in tasks {
            t.await.expect("a send slot");
        }
        let order = order.lock().expect("not poisoned").clone();
        let at = order
            .iter()
            .position(|o| o == "reply")
            .expect("the line is there");
        // Two bulk sends went in the first 150 ms; the reply takes the next slot.
        assert!(at <= 2, "{order:?}");
    }

    #[tokio::test(start_paused = true)]
    async fn a_429_about_everything_widens_the_margin_for_a_while() {
        let pacer = Pacer::new(limits());
        pacer
            .acquire(1, Lane::Bulk, HOLD)
            .await
            .expect("a send slot");
        for _ in 0..4 {
            assert_eq!(pacer.refused(1, Duration::from_millis(1)), Scope::All);
        }
        assert!((pacer.lock().margin - 0.02).abs() < 1e-9);
        let start = Instant::now();
        for i in 0..11 {
            pacer
                .acquire(10 + i, Lane::Bulk, HOLD)
                .await
                .expect("a send slot");
        }
        // Ten spacings of 100 ms, each about 2% longer.
        let took = start.elapsed();
        assert!(took >= Duration::from_millis(1015), "{took:?}");
        for i in 0..20_000 {
            pacer
                .acquire(100 + i, Lane::Bulk, HOLD)
                .await
                .expect("a send slot");
        }
        assert!(pacer.lock().margin < 0.0001, "{}", pacer.lock().margin);
    }

    #[tokio::test(start_paused = true)]
    async fn a_429_is_the_destinations_only_when_it_was_busy() {
        let pacer = Pacer::new(limits());
        // A first message refused: nothing the chat did explains it.
        pacer
            .acquire(5, Lane::Bulk, HOLD)
            .await
            .expect("a send slot");
        assert_eq!(pacer.refused(5, Duration::from_secs(1)), Scope::All);
        let start = Instant::now();
        pacer
            .acquire(6, Lane::Bulk, HOLD)
            .await
            .expect("a send slot");
        assert!(start.elapsed() >= Duration::from_secs(1));
        // A second message within the chat's window refused: the chat's.
        pacer
            .acquire(6, Lane::Bulk, HOLD)
            .await
            .expect("a send slot");
        assert_eq!(
            pacer.refused(6, Duration::from_secs(30)),
            Scope::Destination
        );
        assert!(pacer.acquire(6, Lane::Bulk, HOLD).await.is_err());
        let start = Instant::now();
        pacer
            .acquire(7, Lane::Bulk, HOLD)
            .await
            .expect("a send slot");
        assert!(start.elapsed() < Duration::from_millis(200));
    }
}
