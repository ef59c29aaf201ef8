## Events and subscriptions: what residents see.

cmd-events = Events near you and your subscriptions

events-title = Upcoming events near you — tap one to see it and answer:
events-none = No events are planned in your area at the moment. Subscribe to hear about new ones.
event-when = 🕒 { $when }
event-place = 📍 { $place }
event-audience = 👥 For: { $audience }
event-access = ♿ { $access }
event-map = 🗺 Map: { $url }
event-registration = Please register by answering “Going”.
event-places = { $free } of { $capacity } places are free.
event-full = Fully booked: answering “Going” puts you on the waiting list.
event-fallback = (This event is described in { $language } only.)
event-cancelled-note = ❌ This event is cancelled.
event-over = This event is over.
event-unknown = This event does not exist (any more).

button-going = ✅ Going
button-maybe = 🤔 Maybe
button-not-going = ❌ Not going
button-calendar = 📅 Add to calendar
button-place = 📍 Where
button-events = 📅 Events
button-show-event = Show the event
button-subscriptions = 🔔 Subscriptions
button-subscribe-events = 🔔 Yes, invite me
button-leave-all = Leave all

invite-intro = 📣 You are invited:
update-intro = ✏️ An event you answered has changed:
reminder-intro = ⏰ Reminder:
cancel-intro = ❌ Cancelled: { $title } ({ $when }). We are sorry — you will hear about the next one.
calendar-caption = Add “{ $title }” to your calendar.
announcement-intro = 📢 From your local police:
announcement-fallback = (This message is in { $language } only.)

rsvp-going = ✅ You are on the list for “{ $title }”. We will remind you before it starts.
rsvp-maybe = 🤔 Noted: maybe. We will remind you before “{ $title }” starts.
rsvp-not-going = Noted: you are not coming to “{ $title }”. Thank you for letting us know.
rsvp-waiting = “{ $title }” is fully booked. You are number { $position } on the waiting list; we will tell you as soon as a place is free.
rsvp-offer = 🎟 A place has become free at “{ $title }”! Answer “Going” by { $until } to take it; after that it goes to the next person on the waiting list.
rsvp-offer-expired = The place at “{ $title }” has gone to the next person on the waiting list, as it was not confirmed in time.

standing-going = Your answer: ✅ going.
standing-maybe = Your answer: 🤔 maybe.
standing-not-going = Your answer: ❌ not going.
standing-waiting = You are on the waiting list.
standing-offered = 🎟 A place is held for you until { $until }: answer “Going” to take it.

subscriptions-title = What would you like to hear about? Tap to switch on or off. You can leave at any time.
subscriptions-offer = Would you like invitations to meetings with your neighbourhood officers, such as district meetings and “coffee with a cop”? You can change this at any time under 📅 Events.
subscription-joined = 🔔 Subscribed: { $topic }.
subscription-left = 🔕 Left: { $topic }.
subscriptions-none-left = 🔕 You will not receive any announcements. You can subscribe again at any time.
topic-events = Events in my area
topic-prevention = Crime-prevention alerts
topic-news = News from the police in my zone
export-subscriptions = 🔔 Subscriptions: { $topics }
export-answer = 📅 “{ $title }”: { $answer }

## The coordination room (the zone's default language).

event-status-draft = draft
event-status-scheduled = scheduled
event-status-published = published
event-status-cancelled = cancelled
broadcast-kind-invite = invitation
broadcast-kind-update = change
broadcast-kind-reminder = reminder
broadcast-kind-cancel = cancellation
broadcast-kind-announcement = announcement

event-card =
    📅 Event #{ $id } ({ $status }): { $title }
    🕒 { $when }
    📍 { $place } · area { $area } · topic { $topic } · places { $capacity } · languages { $languages }
    ✅ { $going } going · 🤔 { $maybe } maybe · ❌ { $notgoing } not going · ⏳ { $waiting } waiting
event-created = Event #{ $id } saved as a draft. Check it with `!event show { $id } <language>`, then `!event publish { $id }` (now) or `!event publish { $id } YYYY-MM-DD HH:MM`.
event-updated = Event #{ $id } changed. Residents who answered going or maybe get the change with a new calendar file (if it was published).
event-published = Event #{ $id } published: invitations are going out to the subscribers (broadcast #{ $broadcast }).
event-scheduled = Event #{ $id } will be published on { $when }.
event-cancelled = Event #{ $id } cancelled. Residents who answered going or maybe are told, with a calendar cancellation.
event-is-cancelled = Event #{ $id } is cancelled and cannot be changed.
event-not-draft = Event #{ $id } is already published.
event-not-found = There is no event #{ $id }.
event-invalid = That did not work: { $why }. `!event help` shows how.
event-refused = Only members with power level { $level } or more may manage events here.
event-preview =
    Preview ({ $language }):
    { $text }
events-planned-none = No events are planned. `!event help` shows how to create one.
attendees-title = Answers to event #{ $id } (pseudonyms):
attendees-none = Nobody has answered yet.
broadcast-card = 📣 Broadcast #{ $id } ({ $kind }, event #{ $event }): { $sent } of { $total } sent · { $failed } failed · { $unreachable } unreachable
broadcast-card-done = 📣 Broadcast #{ $id } ({ $kind }, event #{ $event }) finished: { $sent } of { $total } sent · { $failed } failed · { $unreachable } unreachable (blocked the bot)
event-help =
    Events in the coordination room:
    !event new — alone: koban asks for the fields one by one
    !event new — then one field per line: title, when (YYYY-MM-DD HH:MM), until (HH:MM) or duration (minutes), where, map, geo (lat, lon), area (or all), topic (events, prevention, news), capacity, registration (yes/no), for, access, about; texts in other languages as title.de, about.de, …
    !event set <n> — the same fields; only those given change
    !event show <n> [language] — preview as residents see it
    !event publish <n> [YYYY-MM-DD HH:MM] — now or at a time
    !event cancel <n>
    !events — what is planned, with answers
    !attendees <n> — answers by pseudonym
    !announce new — then: topic (events, prevention, news), area (or all), languages (e.g. ar, uk; default all), via (subscribers, channels, both; default subscribers), text, text.de, …
    !announce show <n> [language] · !announce send <n> [YYYY-MM-DD HH:MM] · !announce cancel <n>
announcement-created = Announcement #{ $id } saved as a draft (topic { $topic }, area { $area }, languages { $languages }). Check it with `!announce show { $id } <language>`, then `!announce send { $id }` (now) or `!announce send { $id } YYYY-MM-DD HH:MM`.
announcement-sent = Announcement #{ $id } is going out to the subscribers (broadcast #{ $broadcast }).
announcement-scheduled = Announcement #{ $id } will be sent on { $when }.
announcement-cancelled = Announcement #{ $id } cancelled; it will not be sent.
announcement-not-found = There is no announcement #{ $id }.
announcement-not-draft = Announcement #{ $id } was sent or cancelled already.
event-ask = { $step }/{ $steps } · { $question }
event-dialogue-start = New event, step by step — { $who }, answer each question with a plain message here. `skip` (or `-`) leaves an optional one empty, `back` goes one question back, `stop` ends without saving; after 30 minutes without an answer it ends by itself.
event-ask-title = What is the event called? (the title in { $language }; other languages later with `!event set <n>` and title.de: …)
event-ask-when = When does it start? (YYYY-MM-DD HH:MM, { $tz } time)
event-ask-until = When does it end? (HH:MM, or a length in minutes; `skip`: { $minutes } minutes)
event-ask-where = Where? (the address residents should come to; `skip` if none)
event-ask-area = For which area? ({ $areas }, or all; `skip`: the whole zone)
event-ask-capacity = How many places? (a number; `skip`: no limit)
event-ask-registration = Must residents register by answering “Going”? (yes or no; `skip`: no)
event-ask-for = Who is it for? (e.g. parents, young people; `skip`: everyone)
event-ask-access = Accessibility notes? (e.g. step-free entrance, sign language; `skip`: none)
event-ask-about = Last: a short description for the invite. (`skip`: none)
event-ask-required = This one is needed (`stop` ends without saving).
event-ask-retry = That did not work: { $why }.
event-dialogue-stopped = Stopped; nothing was saved.
announcement-posted = Announcement #{ $id } posted in { $count ->
    [one] one news channel
   *[other] { $count } news channels
}.
channel-answer-telegram = To answer, get the calendar file and reminders: { $link }
channel-answer-matrix = To answer, get the calendar file and reminders, write to { $link } and send `!start event_{ $id }`.
channel-post-failed = ⚠️ koban could not post in the news channel { $chat }: { $error }. On Telegram koban must be an administrator of the channel allowed to post; on Matrix a member allowed to send messages.
