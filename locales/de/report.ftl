## Die geführte Meldung eines Vorfalls (Bürgerinnen und Bürger). Beschriftungen von Schaltflächen
## (button-…, report-when-now, report-when-today, report-edit-…, category-…) bleiben unter 40 Zeichen.

cmd-report = Einen Vorfall melden
cmd-myreports = Ihre Meldungen und ihr Stand
cmd-cancel = Die laufende Meldung abbrechen

menu-myreports = 📂 Meine Meldungen

# Kategorien der Meldungen: die Namen, aus denen die Bürgerinnen und Bürger wählen.
category-theft = Diebstahl
category-burglary = Einbruch
category-vandalism = Vandalismus oder Graffiti
category-drugs = Belästigung durch Drogen
category-nuisance = Lärm oder Belästigung
category-traffic = Gefahr im Straßenverkehr
category-hate = Hassvorfall oder Diskriminierung
category-fraud = Betrug im Internet
category-other = Etwas anderes

report-intro =
    📝 Einen Vorfall melden. Das geht in wenigen Schritten; Sie können jederzeit zurückgehen oder abbrechen, und Ihre Angaben bleiben gespeichert, wenn Sie unterbrochen werden.
    ⚠️ Rufen Sie im Notfall sofort die { $emergency } an.
report-category = Was möchten Sie melden? Wählen Sie eine Kategorie.
report-danger-question =
    Ist gerade jemand in Gefahr, oder passiert es in diesem Moment?
    Dann rufen Sie bitte stattdessen die { $emergency } an: Dort kann man sofort Hilfe schicken.
button-yes-danger = 🚨 Ja
button-no-danger = Nein
report-danger =
    🚨 Rufen Sie jetzt die { $emergency } an. Die Notrufzentrale kann sofort Hilfe schicken; dieser Chat kann das nicht.
    Wenn Sie nicht sprechen können, bleiben Sie in der Leitung oder folgen Sie den Anweisungen am Telefon. Für andere dringende Polizeiangelegenheiten rufen Sie die { $police } an.
report-danger-hate =
    Wenn Sie bedroht oder angegriffen werden, bringen Sie sich nach Möglichkeit in Sicherheit und rufen Sie die { $emergency } an. Ihre Sicherheit geht vor; alles Weitere können Sie später melden.
report-when = Wann ist es passiert?
report-when-now = Gerade eben
report-when-today = Heute, etwas früher
button-when-other = 📅 Anderer Tag oder andere Uhrzeit
report-when-other = Schreiben Sie, wann es passiert ist, zum Beispiel „gestern Abend gegen 23 Uhr“ oder „12. Mai, 14:00“.
report-where =
    Wo ist es passiert? { $channel ->
        [Telegram] Teilen Sie einen Standort (📎 → Standort), oder
       *[other] Teilen Sie Ihren Standort, oder
    } schreiben Sie eine Adresse oder eine Beschreibung des Ortes. Sie können diesen Schritt auch überspringen.
button-skip-where = Kein Ort
report-what =
    Was ist passiert? Beschreiben Sie es mit Ihren eigenen Worten und in Ihrer eigenen Sprache: was Sie gesehen haben, wer beteiligt war (Beschreibungen, Fahrzeuge, Kennzeichen) und alles andere, was helfen kann.
report-photos =
    📷 Sie können Fotos hinzufügen: Senden Sie sie als Fotos oder als Dateien, bis zu { $max }. Versteckte Daten wie der Aufnahmeort werden entfernt, bevor die Bezirksinspektoren sie sehen. { $count ->
        [0] Noch keine Fotos hinzugefügt.
        [one] 1 Foto hinzugefügt.
       *[other] { $count } Fotos hinzugefügt.
    }
button-no-photos = Keine Fotos
button-photos-done = ✅ Fertig mit den Fotos
report-contact =
    Darf ein Bezirksinspektor Sie zu dieser Meldung kontaktieren? Standardmäßig sehen die Bezirksinspektoren nur Ihr Pseudonym ({ $pseudonym }) und antworten Ihnen in diesem Chat.
button-anonymous = 🕶️ Nur hier im Chat antworten
button-share-contact = ☎️ Name und Telefonnummer angeben
report-contact-details = Schreiben Sie Ihren Namen und Ihre Telefonnummer, damit ein Bezirksinspektor Sie zurückrufen kann.
report-summary = 📋 Bitte prüfen Sie Ihre Meldung, bevor Sie sie absenden:
button-send-report = ✅ Meldung absenden
button-edit = ✏️ Etwas ändern
report-edit = Was möchten Sie ändern?
report-edit-category = Kategorie
report-edit-when = Wann
report-edit-where = Wo
report-edit-what = Beschreibung
report-edit-photos = Fotos
report-edit-contact = Kontakt
button-cancel-report = ✖️ Meldung abbrechen
button-resume = ▶️ Meine Meldung fortsetzen
button-restart = 🔄 Neue Meldung beginnen
report-in-progress = Sie haben eine angefangene Meldung. Möchten Sie sie fortsetzen oder neu beginnen?
report-no-draft = Diese Meldung ist nicht mehr in Bearbeitung (sie wurde abgesendet, abgebrochen oder ist abgelaufen). Hier ist das Hauptmenü.
report-cancelled = Ihre Meldung wurde abgebrochen, und Ihre Angaben wurden gelöscht.
nothing-to-cancel = Es gibt nichts abzubrechen.

report-value-none = nicht angegeben
report-field-category = Kategorie: { $value }
report-field-when = Wann: { $value }
report-field-where = Wo: { $value }
report-field-what = Was passiert ist: { $value }
report-field-photos = { $count ->
        [0] Fotos: keine
        [one] Fotos: 1
       *[other] Fotos: { $count }
    }
report-field-contact = Kontakt: { $value }
report-contact-anonymous = Antwort nur in diesem Chat (die Bezirksinspektoren sehen „{ $pseudonym }“)

button-use-photo-location = 📍 Ja, verwenden
button-ignore-photo-location = Nein
report-photo-location = Ihr Foto enthält den Ort, an dem es aufgenommen wurde: { $place }. Soll das der Ort des Vorfalls sein? Er wird nur verwendet, wenn Sie Ja sagen.
report-location-saved = 📍 Ort gespeichert: { $place }.
report-location-invalid = Dieser Standort kann nicht gelesen werden. Bitte teilen Sie ihn erneut oder schreiben Sie eine Adresse.
report-location-outside = Dieser Ort liegt außerhalb des Gebiets von { $zone }. Bitte melden Sie den Vorfall der Polizei vor Ort, oder teilen oder schreiben Sie einen anderen Ort.
report-text-added = Ihr Text wurde der Beschreibung hinzugefügt.
report-description-full = Ihre Beschreibung hat die maximale Länge erreicht; der Rest dieser Nachricht wurde nicht hinzugefügt. Weitere Einzelheiten können Sie später ergänzen, wenn ein Bezirksinspektor Ihnen antwortet.
report-use-buttons = Bitte wählen Sie eine der Optionen unten, oder brechen Sie die Meldung ab.
report-photo-too-early = Bitte wählen Sie zuerst eine Kategorie und beantworten Sie die Frage zur Gefahr; senden Sie danach Ihre Fotos.
report-too-many-photos = Eine Meldung kann höchstens { $max } Fotos enthalten. Dieses Foto wurde nicht hinzugefügt; die anderen bleiben erhalten.
report-photo-added = 📷 Foto { $n } von { $max } hinzugefügt.
report-unsupported = Das kann ich in einer Meldung nicht verwenden. Bitte senden Sie Text, Fotos oder einen Standort; Ihre bisherigen Angaben bleiben erhalten.
report-empty-text = Diese Nachricht war leer. Ihre bisherigen Angaben bleiben erhalten.

report-sent =
    ✅ Vielen Dank. Ihre Meldung wurde unter der Vorgangsnummer { $reference } an die Bezirksinspektoren weitergeleitet.
    So geht es weiter: Ein Bezirksinspektor liest sie, stellt Ihnen hier vielleicht Fragen und teilt Ihnen mit, was unternommen wird. Die Neuigkeiten erhalten Sie in diesem Chat; /myreports zeigt Ihnen den Stand.
report-expired =
    ⌛ Ihre unvollständige Meldung ({ $category }) wurde gelöscht, weil { $minutes } Minuten lang nichts hinzugefügt wurde. Sie können jederzeit eine neue beginnen.

myreports-title = 📂 Ihre Meldungen und Fragen:
myreports-none = Sie haben noch keine Meldungen oder Fragen gesendet.
myreports-question = Frage
myreports-line = • { $reference } · { $what } · { $date } · { $status }
status-open = wartet auf einen Bezirksinspektor
status-claimed = ein Bezirksinspektor kümmert sich darum
status-waiting = ein Bezirksinspektor hat Ihnen geantwortet
status-closed = abgeschlossen

report-closed =
    ✅ Ihre Meldung { $reference } wurde von den Bezirksinspektoren abgeschlossen. Vielen Dank für Ihren Hinweis. Wenn Sie etwas anderes melden möchten, verwenden Sie /report.
report-closed-resolution =
    ✅ Ihre Meldung { $reference } wurde von den Bezirksinspektoren abgeschlossen:
    { $resolution }
    Vielen Dank für Ihren Hinweis. Wenn Sie etwas anderes melden möchten, verwenden Sie /report.

ticket-claimed = 👮 Ein Bezirksinspektor kümmert sich jetzt um { $reference }. Sie erhalten die Antwort hier.

## Beamte (Standardsprache der Zone).

card-report =
    🗂️ { $reference } · neue Meldung: { $category }
    Von: { $pseudonym } · über { $channel } · Sprache: { $language } · Viertel: { $area }

    { $fields }

    Die Fotos folgen in diesem Thread. Antworten Sie in diesem Thread, um der Person zu antworten; mit !claim übernehmen Sie die Meldung.
thread-report-photo = Foto { $n } von { $total } ({ $reference })
