## Veranstaltungen und Abonnements: was Bürgerinnen und Bürger sehen.

cmd-events = Veranstaltungen in Ihrer Nähe und Ihre Abonnements

events-title = Veranstaltungen in Ihrer Nähe – tippen Sie auf eine, um sie anzusehen und zu antworten:
events-none = Im Moment sind in Ihrem Viertel keine Veranstaltungen geplant. Abonnieren Sie die Einladungen, dann erfahren Sie von neuen.
event-when = 🕒 { $when }
event-place = 📍 { $place }
event-audience = 👥 Für: { $audience }
event-access = ♿ { $access }
event-map = 🗺 Karte: { $url }
event-registration = Bitte melden Sie sich an, indem Sie „Ich komme“ antworten.
event-places = Freie Plätze: { $free } von { $capacity }.
event-full = Ausgebucht: Wenn Sie „Ich komme“ antworten, kommen Sie auf die Warteliste.
event-fallback = (Diese Veranstaltung ist nur in dieser Sprache beschrieben: { $language }.)
event-cancelled-note = ❌ Diese Veranstaltung ist abgesagt.
event-over = Diese Veranstaltung ist vorbei.
event-unknown = Diese Veranstaltung gibt es nicht (mehr).

button-going = ✅ Ich komme
button-maybe = 🤔 Vielleicht
button-not-going = ❌ Ich komme nicht
button-calendar = 📅 In den Kalender
button-place = 📍 Wo
button-events = 📅 Veranstaltungen
button-show-event = Veranstaltung ansehen
button-subscriptions = 🔔 Abonnements
button-subscribe-events = 🔔 Ja, laden Sie mich ein
button-leave-all = Alle abbestellen

invite-intro = 📣 Sie sind eingeladen:
update-intro = ✏️ Eine Veranstaltung, auf die Sie geantwortet haben, hat sich geändert:
reminder-intro = ⏰ Erinnerung:
cancel-intro = ❌ Abgesagt: { $title } ({ $when }). Das tut uns leid – über die nächste Veranstaltung informieren wir Sie wieder.
calendar-caption = Tragen Sie „{ $title }“ in Ihren Kalender ein.
announcement-intro = 📢 Von Ihrer Polizei vor Ort:
announcement-fallback = (Diese Nachricht gibt es nur in dieser Sprache: { $language }.)

rsvp-going = ✅ Sie stehen auf der Liste für „{ $title }“. Wir erinnern Sie vor dem Beginn daran.
rsvp-maybe = 🤔 Notiert: vielleicht. Wir erinnern Sie, bevor „{ $title }“ beginnt.
rsvp-not-going = Notiert: Sie kommen nicht zu „{ $title }“. Danke, dass Sie uns Bescheid geben.
rsvp-waiting = „{ $title }“ ist ausgebucht. Sie sind Nummer { $position } auf der Warteliste; wir sagen Ihnen sofort Bescheid, wenn ein Platz frei wird.
rsvp-offer = 🎟 Bei „{ $title }“ ist ein Platz frei geworden! Antworten Sie bis { $until } mit „Ich komme“, um ihn zu bekommen; danach geht er an die nächste Person auf der Warteliste.
rsvp-offer-expired = Der Platz bei „{ $title }“ ist an die nächste Person auf der Warteliste gegangen, weil er nicht rechtzeitig bestätigt wurde.

standing-going = Ihre Antwort: ✅ Ich komme.
standing-maybe = Ihre Antwort: 🤔 Vielleicht.
standing-not-going = Ihre Antwort: ❌ Ich komme nicht.
standing-waiting = Sie stehen auf der Warteliste.
standing-offered = 🎟 Bis { $until } ist ein Platz für Sie reserviert: Antworten Sie „Ich komme“, um ihn zu bekommen.

subscriptions-title = Worüber möchten Sie informiert werden? Tippen Sie, um es ein- oder auszuschalten. Sie können sich jederzeit wieder abmelden.
subscriptions-offer = Möchten Sie Einladungen zu Treffen mit Ihren Bezirksinspektoren erhalten, zum Beispiel zu Viertelversammlungen und zum „Kaffee mit der Polizei“? Sie können das jederzeit unter 📅 Veranstaltungen ändern.
subscription-joined = 🔔 Abonniert: { $topic }.
subscription-left = 🔕 Abbestellt: { $topic }.
subscriptions-none-left = 🔕 Sie erhalten keine Ankündigungen mehr. Sie können sie jederzeit wieder abonnieren.
topic-events = Veranstaltungen in meinem Viertel
topic-prevention = Warnungen zum Schutz vor Straftaten
topic-news = Neues von der Polizei in meiner Zone
export-subscriptions = 🔔 Abonnements: { $topics }
export-answer = 📅 „{ $title }“: { $answer }

## Der Koordinationsraum (Standardsprache der Zone).

event-status-draft = Entwurf
event-status-scheduled = geplant
event-status-published = veröffentlicht
event-status-cancelled = abgesagt
broadcast-kind-invite = Einladung
broadcast-kind-update = Änderung
broadcast-kind-reminder = Erinnerung
broadcast-kind-cancel = Absage
broadcast-kind-announcement = Ankündigung

event-card =
    📅 Veranstaltung #{ $id } ({ $status }): { $title }
    🕒 { $when }
    📍 { $place } · Viertel { $area } · Thema { $topic } · Plätze { $capacity } · Sprachen { $languages }
    ✅ Zusagen: { $going } · 🤔 vielleicht: { $maybe } · ❌ Absagen: { $notgoing } · ⏳ Warteliste: { $waiting }
event-created = Veranstaltung #{ $id } als Entwurf gespeichert. Prüfen Sie sie mit `!event show { $id } <language>`, dann `!event publish { $id }` (sofort) oder `!event publish { $id } YYYY-MM-DD HH:MM`.
event-updated = Veranstaltung #{ $id } geändert. Wer mit „Ich komme“ oder „Vielleicht“ geantwortet hat, erhält die Änderung mit einer neuen Kalenderdatei (falls sie veröffentlicht war).
event-published = Veranstaltung #{ $id } veröffentlicht: Die Einladungen gehen an die Abonnenten (Versand #{ $broadcast }).
event-scheduled = Veranstaltung #{ $id } wird am { $when } veröffentlicht.
event-cancelled = Veranstaltung #{ $id } abgesagt. Wer mit „Ich komme“ oder „Vielleicht“ geantwortet hat, wird informiert und erhält eine Absage für den Kalender.
event-is-cancelled = Veranstaltung #{ $id } ist abgesagt und kann nicht mehr geändert werden.
event-not-draft = Veranstaltung #{ $id } ist bereits veröffentlicht.
event-not-found = Es gibt keine Veranstaltung #{ $id }.
event-invalid = Das hat nicht geklappt: { $why }. `!event help` zeigt, wie es geht.
event-refused = Nur Mitglieder mit Berechtigungsstufe { $level } oder höher dürfen hier Veranstaltungen verwalten.
event-preview =
    Vorschau ({ $language }):
    { $text }
events-planned-none = Es sind keine Veranstaltungen geplant. `!event help` zeigt, wie Sie eine anlegen.
attendees-title = Antworten zu Veranstaltung #{ $id } (Pseudonyme):
attendees-none = Noch hat niemand geantwortet.
broadcast-card = 📣 Versand #{ $id } ({ $kind }, Veranstaltung #{ $event }): { $sent } von { $total } gesendet · { $failed } fehlgeschlagen · { $unreachable } nicht erreichbar
broadcast-card-done = 📣 Versand #{ $id } ({ $kind }, Veranstaltung #{ $event }) abgeschlossen: { $sent } von { $total } gesendet · { $failed } fehlgeschlagen · { $unreachable } nicht erreichbar (haben den Bot blockiert)
event-help =
    Veranstaltungen im Koordinationsraum:
    !event new — allein: koban fragt die Felder einzeln ab
    !event new — dann ein Feld pro Zeile: title, when (YYYY-MM-DD HH:MM), until (HH:MM) oder duration (Minuten), where, map, geo (Breite, Länge), area (oder all), topic (events, prevention, news), capacity, registration (yes/no), for, access, about; Texte in anderen Sprachen als title.de, about.de, …
    !event set <n> — dieselben Felder; nur die angegebenen ändern sich
    !event show <n> [Sprache] — Vorschau, wie die Bürgerinnen und Bürger sie sehen
    !event publish <n> [YYYY-MM-DD HH:MM] — sofort oder zu einem bestimmten Zeitpunkt
    !event cancel <n>
    !events — was geplant ist, mit den Antworten
    !attendees <n> — Antworten nach Pseudonym
    !announce new — dann: topic (events, prevention, news), area (oder all), languages (z. B. ar, uk; ohne Angabe all), via (subscribers, channels, both; ohne Angabe subscribers), text, text.de, …
    !announce show <n> [Sprache] · !announce send <n> [YYYY-MM-DD HH:MM] · !announce cancel <n>
announcement-created = Ankündigung #{ $id } als Entwurf gespeichert (Thema { $topic }, Viertel { $area }, Sprachen { $languages }). Prüfen Sie sie mit `!announce show { $id } <language>`, dann `!announce send { $id }` (sofort) oder `!announce send { $id } YYYY-MM-DD HH:MM`.
announcement-sent = Ankündigung #{ $id } geht an die Abonnenten (Versand #{ $broadcast }).
announcement-scheduled = Ankündigung #{ $id } wird am { $when } verschickt.
announcement-cancelled = Ankündigung #{ $id } zurückgezogen; sie wird nicht verschickt.
announcement-not-found = Es gibt keine Ankündigung #{ $id }.
announcement-not-draft = Ankündigung #{ $id } wurde bereits verschickt oder zurückgezogen.
event-ask = { $step }/{ $steps } · { $question }
event-dialogue-start = Neue Veranstaltung, Schritt für Schritt — { $who }, beantworte jede Frage mit einer normalen Nachricht hier. `skip` (oder `-`) lässt eine freiwillige Angabe leer, `back` geht eine Frage zurück, `stop` beendet ohne zu speichern; nach 30 Minuten ohne Antwort endet es von selbst.
event-ask-title = Wie heißt die Veranstaltung? (der Titel auf { $language }; andere Sprachen später mit `!event set <n>` und title.en: …)
event-ask-when = Wann beginnt sie? (JJJJ-MM-TT HH:MM, Zeit { $tz })
event-ask-until = Wann endet sie? (HH:MM oder eine Dauer in Minuten; `skip`: { $minutes } Minuten)
event-ask-where = Wo? (die Adresse, zu der Bürgerinnen und Bürger kommen; `skip`, wenn keine)
event-ask-area = Für welches Gebiet? ({ $areas } oder all; `skip`: die ganze Zone)
event-ask-capacity = Wie viele Plätze? (eine Zahl; `skip`: unbegrenzt)
event-ask-registration = Ist eine Anmeldung mit „Ich komme“ nötig? (yes oder no; `skip`: nein)
event-ask-for = Für wen ist sie? (z. B. Eltern, Jugendliche; `skip`: alle)
event-ask-access = Hinweise zur Barrierefreiheit? (z. B. stufenloser Zugang, Gebärdensprache; `skip`: keine)
event-ask-about = Zuletzt: eine kurze Beschreibung für die Einladung. (`skip`: keine)
event-ask-required = Diese Angabe wird gebraucht (`stop` beendet ohne zu speichern).
event-ask-retry = Das hat nicht geklappt: { $why }.
event-dialogue-stopped = Beendet; nichts wurde gespeichert.
announcement-posted = Ankündigung #{ $id } in { $count ->
    [one] einem Nachrichtenkanal
   *[other] { $count } Nachrichtenkanälen
} veröffentlicht.
channel-answer-telegram = Zum Antworten, für die Kalenderdatei und Erinnerungen: { $link }
channel-answer-matrix = Zum Antworten, für die Kalenderdatei und Erinnerungen schreibe an { $link } und sende `!start event_{ $id }`.
channel-post-failed = ⚠️ koban konnte nicht im Nachrichtenkanal { $chat } veröffentlichen: { $error }. Auf Telegram muss koban Administrator des Kanals mit dem Recht zu posten sein; auf Matrix ein Mitglied, das Nachrichten senden darf.
