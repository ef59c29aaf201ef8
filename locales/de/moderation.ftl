## Moderation: Karten und Antworten im Moderationsraum (Standardsprache der
## Zone) und was die Personen erfahren (in ihrer Sprache).

moderation-card =
    🛡️ Zurückgehalten #{ $number } · { $who } ({ $channel }, { $language })
    Ziel: { $where }
    Regel: { $rule } · Treffer: { $matched }
    KOBAN-SPLICE-VALUE
    Antworten Sie in diesem Thread mit !release, !remove [Grund], !dismiss, !warn [Grund], !mute [24h] [Grund] oder !block [Grund] (oder mit der Nummer: !release { $number }).
moderation-card-photo = 📷 Die Nachricht enthält ein Foto: Es wird bei der Freigabe mit der Nachricht weitergegeben.
moderation-where-ticket = das Ticket { $reference } (Warteschlange { $queue })
moderation-where-report = die Meldung, die die Person gerade schreibt
moderation-where-new = eine neue Frage an die Beamten
moderation-done-release = ✅ #{ $number } von { $user } freigegeben: Die Nachricht wird weitergegeben, als wäre sie nie zurückgehalten worden.{ $behind ->
        [0] {""}
       *[other] { " " }Später gesendete Nachrichten derselben Person, die dahinter gewartet haben, folgen: { $behind }.
    }
moderation-done-remove = 🗑️ #{ $number } von { $user } entfernt: Die Nachricht wird nicht weitergegeben.
moderation-done-dismiss = #{ $number } von { $user } verworfen: Die Nachricht wird nicht weitergegeben.
moderation-done-warn = ⚠️ { $who } wurde von { $user } verwarnt ({ $count ->
        [one] erste Verwarnung
       *[other] { $count } Verwarnungen
    } in den letzten { $days } Tagen). Die Person wurde in ihrer Sprache informiert.
moderation-done-mute = 🔇 { $who } wurde von { $user } bis { $until } stummgeschaltet: Bis dahin erreichen ihre Nachrichten die Beamten nicht. Die Person wurde informiert.
moderation-done-block = ⛔ { $who } wurde von { $user } gesperrt: Nichts, was die Person sendet, erreicht noch jemanden. Sie wurde einmal informiert, mit dem Hinweis, wie sie Einspruch einlegen kann.
moderation-done-unblock = { $who } wurde von { $user } entsperrt. Die Person wurde informiert, dass sie wieder schreiben kann.
moderation-done-unmute = Stummschaltung von { $who } durch { $user } aufgehoben.
moderation-escalated = 🔇 { $count ->
        [one] Das ist eine Verwarnung
       *[other] Das sind { $count } Verwarnungen
    } in den letzten { $days } Tagen: { $who } ist bis { $until } stummgeschaltet.
moderation-not-pending = #{ $number } wartet nicht auf eine Entscheidung (sie wurde bereits getroffen, oder es gibt diese Nummer nicht). !held listet auf, was wartet.
moderation-no-target = Geben Sie an, welche Nachricht: Antworten Sie im Thread ihrer Karte, oder fügen Sie ihre Nummer hinzu (!release 12). Für eine Person: ihr Pseudonym (!block 7F3K).
moderation-unknown-resident = Es gibt keine Person { $who }.
moderation-held-empty = Nichts wartet auf Prüfung.
moderation-held-list = { $count ->
        [one] Eine Nachricht wartet auf Prüfung:
       *[other] { $count } Nachrichten warten auf Prüfung:
    }
moderation-held-line = #{ $number } · { $who } · Regel { $rule } · vor { $age } Min.
moderation-test-pass = ✅ Dieser Text kommt durch: Keine Regel trifft auf ihn zu.
moderation-test-result = Ergebnis für diesen Text: { $action }.
moderation-test-line = • Regel { $rule } ({ $action }{ $dry ->
        [yes] , Probelauf
       *[no] {""}
    }): { $matched }
moderation-rule-added = Regel { $id } hinzugefügt ({ $action }{ $dry ->
        [yes] , Probelauf: Sie protokolliert nur, was sie getan hätte
       *[no] {""}
    }).
moderation-rule-removed = Regel { $id } entfernt.
moderation-rule-unknown = Unter den hier hinzugefügten Regeln gibt es keine Regel { $id } (die konfigurierten Regeln und Wortlisten der Zone werden in ihren Dateien geändert).
moderation-rule-invalid = Die Regel wurde nicht hinzugefügt: { $problem }
moderation-rule-usage =
    Regeln:
    !rule add <ID> <hold|block> [dry] words <Wort, Wortgruppe, …>
    !rule add <ID> <hold|block> [dry] pattern <regulärer Ausdruck>
    !rule add <ID> <hold|block> [dry] link <Domain>
    !rule remove <ID> · !rule list
moderation-rules-empty = Hier wurden keine Regeln hinzugefügt; es gelten die konfigurierten Regeln und Wortlisten der Zone (Anzahl der Regeln: { $configured }).
moderation-rules-list = { $count ->
        [one] Eine hier hinzugefügte Regel
       *[other] { $count } hier hinzugefügte Regeln
    } (daneben gelten die konfigurierten Regeln, Anzahl: { $configured }):
moderation-rule-line = • { $id }: { $action }{ $dry ->
        [yes] {" "}(Probelauf)
       *[no] {""}
    } · { $kind } { $spec } · von { $user }
moderation-audit-empty = Das Audit-Protokoll ist leer.
moderation-audit-list = { $count ->
        [one] Der letzte Eintrag des Audit-Protokolls:
       *[other] Die letzten { $count } Einträge des Audit-Protokolls:
    }
moderation-audit-line = { $seq }. { $when } · { $actor } · { $action } · { $subject }{ $reason ->
        [none] {""}
       *[other] {" "}· „{ $reason }“
    }
moderation-help =
    Befehle im Moderationsraum (im Thread einer Karte kann die Nummer entfallen):
    !release <n>: die zurückgehaltene Nachricht weitergeben · !remove <n> [Grund] · !dismiss <n>
    !warn <n|Pseudonym> [Grund] · !mute <n|Pseudonym> [30m|24h|7d] [Grund]
    !block <n|Pseudonym> [Grund] · !unblock <Pseudonym> · !unmute <Pseudonym>
    !held: was wartet · !test <Text>: welche Regeln zutreffen · !audit [n]: die letzten Einträge
    !rule add … · !rule remove <ID> · !rule list
moderation-not-allowed = ⛔ { $user } darf hier nicht moderieren: Dafür ist die Berechtigungsstufe { $level } nötig.

moderation-held-notice = Vielen Dank. Ihre Nachricht wird nach einer kurzen Prüfung weitergeleitet. Wenn es dringend ist, rufen Sie die { $emergency } an.
moderation-refused = Ihre Nachricht wurde nicht weitergeleitet: Dieser Dienst leitet keine Beleidigungen, Drohungen oder Hassbotschaften weiter. Bitte schreiben Sie Ihr Anliegen noch einmal mit anderen Worten. Wenn es dringend ist, rufen Sie die { $emergency } an.
moderation-warned = { $reason ->
        [none] ⚠️ Eine Moderatorin oder ein Moderator hat Sie wegen Ihrer Nachricht verwarnt: Bitte halten Sie sich an die Regeln dieses Dienstes.
       *[other] ⚠️ Eine Moderatorin oder ein Moderator hat Sie wegen Ihrer Nachricht verwarnt: { $reason }. Bitte halten Sie sich an die Regeln dieses Dienstes.
    } Nach wiederholten Verwarnungen können Sie für eine Weile nicht mehr schreiben.
moderation-muted = 🔇 Sie können den Bezirksinspektoren bis { $until } nicht schreiben. Rufen Sie im Notfall die { $emergency } an; für andere dringende Angelegenheiten die { $police }.
moderation-blocked = ⛔ Sie wurden für diesen Dienst gesperrt, und Ihre Nachrichten erreichen niemanden mehr. Wenn Sie glauben, dass es sich um einen Fehler handelt, können Sie Einspruch einlegen: { $appeal }. Rufen Sie im Notfall die { $emergency } an.
moderation-unblocked = Sie können uns wieder schreiben.

moderation-report-card =
    🚩 Gemeldet #{ $number } von { $user }: { $who }, { $reference } (Warteschlange { $queue }){ $reason ->
        [none] {""}
       *[other] {" "}· “{ $reason }”
    }
    Die letzte Nachricht:
    KOBAN-SPLICE-VALUE
    Antworten Sie in diesem Thread mit !warn [Grund], !mute [24h] [Grund], !block [Grund] oder !dismiss.
moderation-report-sent = 🚩 An die Moderation weitergegeben, mit der letzten Nachricht der Person.
moderation-done-take-back = 🗑️ #{ $number } entfernt von { $user }: koban nimmt seine Kopien im Warteschlangenraum zurück und löscht auf Telegram die Nachricht im Chat der Person (Telegram erlaubt das 48 Stunden lang).
moderation-slow-down = Sie haben in kurzer Zeit mehrere neue Meldungen oder Fragen gesendet. Bitte warten Sie eine Minute, bevor Sie die nächste senden; was Sie geschrieben haben, bleibt erhalten. Wenn es dringend ist, rufen Sie { $emergency } an.
