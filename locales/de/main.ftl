## Texte für Bürgerinnen und Bürger. Die Argumente setzt koban ein; ihre Namen bitte nicht ändern.

welcome =
    Guten Tag! Hier ist { $zone }: Ihr direkter Draht zu Ihren Bezirksinspektoren.
    Schreiben Sie Ihre Frage hier, in Ihrer eigenen Sprache, und ein Bezirksinspektor antwortet Ihnen in diesem Chat. Sie können auch Fotos senden.

emergency-note =
    ⚠️ Dieser Chat ist nicht für Notfälle gedacht. Rufen Sie im Notfall sofort die { $emergency } an. Für andere dringende Polizeiangelegenheiten rufen Sie die { $police } an.

ticket-opened =
    Vielen Dank. Ihre Nachricht wurde unter der Vorgangsnummer { $reference } an die Bezirksinspektoren weitergeleitet. Die Antwort erhalten Sie hier, in diesem Chat.

officer-role = Bezirksinspektor

officer-reply =
    👮 { $role } ({ $reference }):
    { $text }

unsupported-message =
    Entschuldigung, ich kann im Moment nur Textnachrichten und Fotos lesen. Bitte schreiben Sie Ihre Nachricht als Text.

unknown-command = { $channel ->
        [Matrix] Den Befehl { $command } kenne ich nicht. Schreiben Sie einfach Ihre Frage, oder senden Sie !start, um die Begrüßung noch einmal zu sehen.
       *[other] Den Befehl { $command } kenne ich nicht. Schreiben Sie einfach Ihre Frage, oder senden Sie /start, um die Begrüßung noch einmal zu sehen.
    }

image-too-large =
    Diese Datei ist zu groß ({ $size_mb } MiB). Ich kann Dateien bis { $max_mb } MiB annehmen. Bitte senden Sie ein kleineres Foto.

image-not-image =
    Diese Datei ist kein Bild, das ich annehmen kann. Bitte senden Sie ein Foto (JPEG, PNG oder WebP).

image-failed =
    Ich konnte dieses Foto nicht verarbeiten, deshalb wurde es nicht weitergeleitet. Bitte versuchen Sie es noch einmal, oder senden Sie es als normales Foto.

photos-forwarded =
    { $count ->
        [one] Ihr Foto wurde zu { $reference } hinzugefügt.
       *[other] Ihre { $count } Fotos wurden zu { $reference } hinzugefügt.
    }

## Texte für die Beamten, in den Warteschlangen-Räumen in der Standardsprache der Zone.

card-question =
    🎫 { $reference } · neue Frage
    Von: { $pseudonym } · über { $channel } · Sprache: { $language }

    { $text }

    Antworten Sie in diesem Thread, um dem Bürger zu antworten.

card-no-text = (Foto ohne Text)

thread-photo = Foto von { $pseudonym }

thread-text = { $pseudonym }: { $text }

something-went-wrong =
    Entschuldigung, bei uns ist etwas schiefgelaufen. Ihre Nachricht wurde gespeichert und wir versuchen es erneut.

## Menüs und Navigation.

# Der eigene Name dieser Sprache, angezeigt in der Sprachauswahl.
language-name = Deutsch
language-set = Ab jetzt schreibe ich Ihnen auf Deutsch.
choose-language = Wählen Sie Ihre Sprache:

menu-title = Was möchten Sie tun? Wählen Sie eine Option.
menu-report = 📝 Einen Vorfall melden
menu-question = ❓ Eine Frage stellen
menu-advice = 🛡️ Tipps zur Vorbeugung
menu-rights = ⚖️ Ihre Rechte
menu-events = 📅 Veranstaltungen
menu-contact = 👮 Ihr Bezirksinspektor
menu-area = 📍 Mein Viertel
menu-language = 🌐 Sprache
menu-privacy = 🔒 Datenschutz

button-back = ⬅️ Zurück
button-menu = ☰ Hauptmenü
button-continue = Weiter ▶️

matrix-menu-hint = Antworten Sie mit der Nummer Ihrer Wahl. Schreiben Sie jederzeit „Menü“, um hierher zurückzukehren.
choice-expected = Bitte wählen Sie eine der Optionen, indem Sie mit ihrer Nummer antworten.
stale-button = Diese Schaltfläche ist nicht mehr gültig. Hier ist das Hauptmenü.
unknown-payload = Dieser Link ist nicht (mehr) gültig. Hier ist das Hauptmenü.

privacy-notice =
    🔒 Ihr Datenschutz
    • Was wir speichern: Ihre Nachrichten und Fotos (ohne versteckte Daten wie den Standort, die wir entfernen), die von Ihnen gewählte Sprache und das Viertel sowie ein internes Pseudonym.
    • Wer es sieht: die Bezirksinspektoren von { $zone }. Sie sehen ein Pseudonym, nie Ihre Telefonnummer oder Ihren Benutzernamen, es sei denn, Sie teilen sie ihnen selbst mit.
    • Wie lange: höchstens { $retention_days ->
        [one] { $retention_days } Tag
       *[other] { $retention_days } Tage
    } nach Abschluss Ihrer Frage oder Meldung.
    • Ihre Daten: Mit /mydata erhalten Sie jederzeit eine Kopie von allem, was koban über Sie speichert, mit /erase löschen Sie es selbst (auf Matrix: !mydata und !erase).

help =
    Ich kann Ihnen helfen bei:
    • der Meldung eines Vorfalls, mit Fotos und dem Ort (/report);
    • Fragen an Ihre Bezirksinspektoren (schreiben Sie sie einfach hier, Fotos sind willkommen);
    • Tipps zur Vorbeugung von Straftaten und Informationen über Ihre Rechte;
    • den Kontaktdaten der Bezirksinspektoren für Ihr Viertel.
    Befehle: /menu Hauptmenü · /report Vorfall melden · /myreports Ihre Meldungen · /cancel Meldung abbrechen · /language Sprache ändern · /privacy Ihre Daten · /mydata was koban speichert · /erase alles löschen · /start neu beginnen.

advice-list = 🛡️ Tipps zur Vorbeugung. Wählen Sie ein Thema:
rights-list = ⚖️ Kennen Sie Ihre Rechte. Wählen Sie ein Thema:

coming-soon-events = Noch gibt es keine Veranstaltungen. Viertelversammlungen und Einladungen zum „Kaffee mit der Polizei“ erscheinen hier.
question-prompt = Schreiben Sie Ihre Frage in einer Nachricht, in Ihrer eigenen Sprache. Sie können Fotos hinzufügen. Ein Bezirksinspektor antwortet Ihnen in diesem Chat.

contact-title = 👮 Ihre Bezirksinspektoren für { $area }:
contact-no-area = Wählen Sie zuerst Ihr Viertel, damit ich Ihnen die richtigen Ansprechpartner zeigen kann.
contact-officer = • { $name } – { $role }
contact-phone = ☎️ { $phone }
contact-station = 🏢 { $name }: { $address } ({ $hours })
contact-station-no-hours = 🏢 { $name }: { $address }
contact-numbers = Notruf: { $emergency } · Polizei, kein Notfall: { $police }

area-choose = In welchem Viertel wohnen Sie? Wählen Sie es unten aus, oder senden Sie Ihren Standort (📎 → Standort).
area-set = Ihr Viertel ist jetzt { $area }.
area-outside = Dieser Standort liegt außerhalb der Gebiete, für die wir zuständig sind. Bitte wählen Sie ein Viertel aus der Liste.
area-none = Es wurden noch keine Viertel eingerichtet.

cmd-start = Neu beginnen
cmd-menu = Hauptmenü
cmd-language = Sprache ändern
cmd-help = Hilfe
cmd-privacy = Ihre Daten und Datenschutz

## Closing a ticket (resident).

ticket-closed =
    ✅ Ihre Frage { $reference } wurde von den Bezirksinspektoren abgeschlossen. Wenn Sie eine neue Frage haben, schreiben Sie sie einfach hier.
ticket-closed-resolution =
    ✅ Ihre Frage { $reference } wurde von den Bezirksinspektoren abgeschlossen:
    { $resolution }
    Wenn Sie eine neue Frage haben, schreiben Sie sie einfach hier.

## Notices to officers in a ticket's thread (zone's default language).

notice-note-saved = 📝 Interne Notiz gespeichert. Sie wird nicht an die Bürgerin oder den Bürger gesendet.
notice-closed = ✅ { $reference } ist abgeschlossen. Die Person wurde informiert.
notice-already-closed = { $reference } ist bereits abgeschlossen. Mit !reopen öffnen Sie es wieder.
notice-reopened = 🔓 { $reference } ist wieder offen.
notice-already-open = { $reference } ist bereits offen.
notice-unknown-command = Unbekannter Befehl { $command }. Im Ticket-Thread: !claim (Ticket übernehmen), !note <Text> (intern, wird nicht gesendet), !close [Ergebnis], !reopen. Jede andere Nachricht geht an die Person.
notice-not-allowed = ⛔ { $user } darf in dieser Warteschlange nicht auf Tickets reagieren: Berechtigungsstufe { $level } ist erforderlich. Der Person wurde nichts gesendet.
