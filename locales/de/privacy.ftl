## Datenrechte der Bürgerinnen und Bürger: sehen und löschen, was koban speichert.

cmd-mydata = Sehen, was koban über Sie speichert
cmd-erase = Alles löschen, was koban über Sie speichert

privacy-rights = Oder wählen Sie unten: Ihre Daten ansehen oder löschen.
button-mydata = 📄 Meine Daten
button-erase-ask = 🗑️ Meine Daten löschen
button-erase = 🗑️ Ja, alles löschen
button-keep = Nein, behalten

erase-confirm =
    🗑️ Damit wird alles gelöscht, was koban über Sie speichert: Ihre Meldungen und Fragen, die Antworten der Bezirksinspektoren, Ihre Fotos, Ihre angefangene Meldung und Ihre Einstellungen. Die Bezirksinspektoren können Ihre Meldungen danach nicht mehr weiterverfolgen. Das lässt sich nicht rückgängig machen.
    Möchten Sie alles löschen?
erase-done = ✅ Alles, was koban über Sie gespeichert hatte, wurde gelöscht. Wenn Sie wieder schreiben, beginnen Sie ganz von vorn.

export-title = 📄 Was koban über Sie speichert ({ $pseudonym }):
export-profile = Sprache: { $language } · Viertel: { $area } · Erster Kontakt: { $since } · Über: { $channel }
export-none = Keine Meldungen oder Fragen.
export-draft = Eine angefangene Meldung (Fotos: { $photos }).
export-line-you = { $time } · Sie: { $text }
export-line-officer = { $time } · Bezirksinspektor: { $text }
export-end = Das ist alles. Interne Notizen der Bezirksinspektoren werden nicht angezeigt. /erase (auf Matrix: !erase) löscht alles.

notice-erased = 🗑️ Auf Wunsch von { $pseudonym } hat { $user } alle Daten dieser Person gelöscht. koban entfernt seine Kopien (Karten, Nachrichten, Fotos) aus den Räumen.
