## Der Schreibtisch der Beamten: Ticketkarten und Hinweise in den Warteschlangen-Räumen
## (Standardsprache der Zone) sowie die Bewertung durch die Person nach dem Abschluss.

card-status-new = 🆕 Status: neu, wartet auf Bearbeitung
card-status-claimed = 🙋 Status: in Bearbeitung durch { $user }
card-status-waiting = ⏳ Status: beantwortet, wartet auf Rückmeldung der Person · in Bearbeitung durch { $user }
card-status-closed = ✅ Status: abgeschlossen
card-assignee = Bearbeitet von { $user }
card-labels = 🏷️ Labels: { $labels }
card-overdue = ⏰ Die erste Antwort ist überfällig.
card-rating = Bewertung durch die Person: { $stars } ({ $rating }/5)
card-feedback = Kommentar: „{ $comment }“
card-transferred = ↪️ Von { $user } in die Warteschlange { $queue } verschoben: Bitte dort weitermachen.
card-transferred-from = ↪️ Von { $user } aus der Warteschlange { $queue } hierher verschoben.
card-history = Der bisherige Verlauf:

notice-help =
    Befehle im Thread eines Tickets:
    !claim: Ticket übernehmen · !assign @user:server: an eine Kollegin oder einen Kollegen übergeben
    !note <Text>: interne Notiz, wird nie an die Person gesendet
    !template [Name]: eine vorbereitete Antwort in der Sprache der Person senden (ohne Namen: die Liste)
    !label Label -Label: Labels hinzufügen oder entfernen
    !transfer <Warteschlange>: das Ticket in eine andere Warteschlange verschieben
    !close [Ergebnis]: abschließen und die Person informieren · !reopen
    !erase: auf Wunsch der Person alle ihre Daten löschen
    Jede andere Nachricht im Thread wird an die Person gesendet.
notice-not-in-thread = { $command } bezieht sich auf ein Ticket: Schreiben Sie den Befehl in den Thread des Tickets (mit der Maus über die Karte → Im Thread antworten). !help listet die Befehle auf.
notice-note-empty = !note braucht einen Text, zum Beispiel: !note von der Streife um 14:00 gesehen.
notice-assign-usage = Schreiben Sie die vollständige Matrix-ID, zum Beispiel: !assign @lotte:police.example
notice-assigned = 🙋 { $reference } wird jetzt von { $user } bearbeitet.
notice-label-usage = Labels sind Wörter aus Buchstaben, Ziffern, - und _ (höchstens 24 Zeichen), zum Beispiel: !label graffiti schule -dringend. Nicht verstanden: { $bad }
notice-templates = { $name ->
        [none] Verfügbare Vorlagen: { $names }. Senden Sie eine mit !template <Name>.
       *[other] Es gibt keine Vorlage „{ $name }“. Verfügbare Vorlagen: { $names }.
    }
notice-template-sent = 📄 Vorlage „{ $name }“ wurde an die Person gesendet (Sprache: { $language }). In der Sprache dieses Raums lautet sie: { $text }
notice-transfer-unknown = Es gibt keine Warteschlange „{ $queue }“. Warteschlangen: { $queues }.
notice-transfer-not-joined = koban ist nicht im Raum der Warteschlange { $queue }, deshalb bleibt das Ticket hier. Laden Sie koban in diesen Raum ein (koban tritt von selbst bei) und versuchen Sie es dann erneut.
notice-transfer-same = Das Ticket ist bereits in der Warteschlange { $queue }.
notice-resident-blocked = ⚠️ Die letzte Nachricht zu { $reference } hat die Person nicht erreicht: Sie hat koban auf Telegram blockiert (oder ihr Konto gelöscht). Bis sie wieder schreibt, kann sie nichts mehr erreichen; die Nachricht bleibt in der Datenbank von koban gespeichert.
notice-not-delivered = ⚠️ Die letzte Nachricht zu { $reference } konnte der Person auch nach mehreren Versuchen nicht zugestellt werden. Sie bleibt in der Datenbank von koban gespeichert; den Grund finden Sie im Protokoll der Betreiber.
notice-overdue-first = ⏰ { $reference } ist seit { $minutes } Minuten unbeantwortet, länger als die Zielzeit dieser Warteschlange. Bearbeitet von: { $user }.
notice-overdue-resolution = ⏰ { $reference } ist seit mehr als { $hours } Stunden offen, länger als die Zielzeit dieser Warteschlange. Bearbeitet von: { $user }.
notice-nobody = noch niemand
notice-change-not-passed = Die ursprüngliche Nachricht zu { $reference } hat die Person noch nicht erreicht, deshalb wurde diese Änderung nicht weitergegeben. Senden Sie bei Bedarf eine neue Nachricht.
notice-deleted-for-resident = 🗑️ Die Nachricht wurde auch im Chat der Person gelöscht (Telegram erlaubt das innerhalb von 48 Stunden).
thread-edited =
    ✏️ { $pseudonym } hat eine Nachricht bearbeitet:
    { $text }
    (vorher: { $original })
notice-closed-not-sent = { $reference } ist abgeschlossen, deshalb wurde diese Nachricht nicht an die Person gesendet. Verwenden Sie zuerst !reopen, wenn sie die Nachricht erhalten soll.

out-of-hours = 🕘 Die Beamten dieses Dienstes arbeiten { $hours }. Ihre Nachricht ist eingegangen; eine Antwort können Sie ab { $when } erwarten. Warten Sie in einem Notfall nicht: Rufen Sie die Notrufnummer an.

rating-question = Wie zufrieden sind Sie mit der Bearbeitung von { $reference }? Wählen Sie von 1 (gar nicht) bis 5 Sterne (sehr). Das hilft uns, besser zu werden.
rating-already = Vielen Dank, hierfür wurde bereits eine Bewertung abgegeben.
rating-thanks = Vielen Dank für Ihre Bewertung! Wenn Sie möchten, schreiben Sie jetzt einen kurzen Kommentar in Ihren eigenen Worten.
button-no-comment = Kein Kommentar
feedback-thanks = Vielen Dank, Ihr Kommentar wurde an die Bezirksinspektoren weitergeleitet.

## Der Koordinationsraum (!stats, !handover).

stats-title = 📊 In den letzten { $days } Tagen eröffnete Tickets, pro Warteschlange (Mediane):
stats-line = { $queue }: { $opened } eröffnet (Meldungen: { $reports }) · { $new } neu · { $claimed } in Bearbeitung · { $closed } abgeschlossen · erste Antwort nach { $first } · abgeschlossen nach { $resolution } · Bewertung { $rating } ({ $ratings })
stats-none = –
handover-briefing =
    🔁 Übergabe: { $outgoing } → { $incoming }. { $count ->
        [one] Dieses offene Ticket wird jetzt von { $incoming } bearbeitet:
       *[other] Diese { $count } offenen Tickets werden jetzt von { $incoming } bearbeitet:
    }
    { $tickets }
    Aktuelle Themen: { $topics }
handover-done = { $count ->
        [0] { $outgoing } hat keine offenen Tickets: Es gibt nichts an { $incoming } zu übergeben.
        [one] Erledigt: 1 offenes Ticket ging von { $outgoing } an { $incoming }; im Raum seiner Warteschlange steht eine Übergabenotiz.
       *[other] Erledigt: { $count } offene Tickets gingen von { $outgoing } an { $incoming }; in den Räumen ihrer Warteschlangen steht jeweils eine Übergabenotiz.
    }
handover-contacts = 👮 Wer in { $areas } wohnt, sieht jetzt { $incoming } als zuständigen Bezirksinspektor (ohne die Telefonnummer der abgebenden Person).
notice-not-allowed-coordination = ⛔ { $user } darf hier keine Koordinationsbefehle verwenden: Dafür ist die Berechtigungsstufe { $level } nötig.
notice-coordination-help =
    Befehle im Koordinationsraum:
    !stats: pro Warteschlange die Tickets der letzten 7 und 30 Tage, Median der Antwort- und Abschlusszeiten, durchschnittliche Bewertung
    !handover @outgoing:server @incoming:server [Warteschlange]: Die offenen Tickets der abgebenden Person gehen an die übernehmende, mit einer Übergabenotiz in jedem Warteschlangen-Raum
