## Moderatie: kaarten en antwoorden in de moderatiekamer (de standaardtaal van
## de zone), en wat bewoners te horen krijgen (in hun taal).

moderation-card =
    🛡️ Tegengehouden #{ $number } · { $who } ({ $channel }, { $language })
    Bestemming: { $where }
    Regel: { $rule } · gevonden: { $matched }
    KOBAN-SPLICE-VALUE
    Antwoord in deze thread met !release, !remove [reden], !dismiss, !warn [reden], !mute [24h] [reden] of !block [reden] (of voeg het nummer toe: !release { $number }).
moderation-card-photo = 📷 Het bericht bevat een foto: die wordt samen met het bericht doorgegeven als het wordt vrijgegeven.
moderation-where-ticket = het ticket { $reference } (wachtrij { $queue })
moderation-where-report = de melding die de bewoner aan het schrijven is
moderation-where-new = een nieuwe vraag aan de agenten
moderation-done-release = ✅ #{ $number } vrijgegeven door { $user }: het wordt doorgegeven alsof het nooit was tegengehouden.{ $behind ->
        [0] {""}
       *[other] { " " }Latere berichten van dezelfde bewoner die erachter wachtten, volgen nu: { $behind }.
    }
moderation-done-remove = 🗑️ #{ $number } verwijderd door { $user }: het wordt niet doorgegeven.
moderation-done-dismiss = #{ $number } afgewezen door { $user }: het wordt niet doorgegeven.
moderation-done-warn = ⚠️ { $who } gewaarschuwd door { $user } ({ $count ->
        [one] { $count } waarschuwing
       *[other] { $count } waarschuwingen
    } in { $days } dagen). De bewoner is in de eigen taal op de hoogte gebracht.
moderation-done-mute = 🔇 { $who } gedempt door { $user } tot { $until }: tot dan bereiken de berichten van deze bewoner de agenten niet. De bewoner is op de hoogte gebracht.
moderation-done-block = ⛔ { $who } geblokkeerd door { $user }: niets wat deze bewoner stuurt, bereikt nog iemand. De bewoner is één keer op de hoogte gebracht, met uitleg over hoe bezwaar te maken.
moderation-done-unblock = { $who } gedeblokkeerd door { $user }. Aan de bewoner is gemeld dat die weer kan schrijven.
moderation-done-unmute = Demping van { $who } opgeheven door { $user }.
moderation-escalated = 🔇 { $count ->
        [one] Dat is { $count } waarschuwing
       *[other] Dat zijn { $count } waarschuwingen
    } in { $days } dagen: { $who } is gedempt tot { $until }.
moderation-not-pending = #{ $number } wacht niet op een beslissing (er is al beslist, of dat nummer bestaat niet). !held toont wat er wacht.
moderation-no-target = Zeg welk bericht: antwoord in de thread van de kaart, of voeg het nummer toe (!release 12). Voor een bewoner: het pseudoniem (!block 7F3K).
moderation-unknown-resident = Er is geen bewoner { $who }.
moderation-held-empty = Er wacht niets op controle.
moderation-held-list = { $count ->
        [one] Eén bericht wacht op controle:
       *[other] { $count } berichten wachten op controle:
    }
moderation-held-line = #{ $number } · { $who } · regel { $rule } · { $age } min geleden
moderation-test-pass = ✅ Deze tekst komt erdoor: geen enkele regel is van toepassing.
moderation-test-result = Resultaat voor deze tekst: { $action }.
moderation-test-line = • regel { $rule } ({ $action }{ $dry ->
        [yes] , proefmodus
       *[no] {""}
    }): { $matched }
moderation-rule-added = Regel { $id } toegevoegd ({ $action }{ $dry ->
        [yes] , proefmodus: de regel logt alleen wat hij zou hebben gedaan
       *[no] {""}
    }).
moderation-rule-removed = Regel { $id } verwijderd.
moderation-rule-unknown = Er is geen regel { $id } bij de regels die hier zijn toegevoegd (de geconfigureerde regels en woordenlijsten van de zone worden in haar bestanden gewijzigd).
moderation-rule-invalid = De regel is niet toegevoegd: { $problem }
moderation-rule-usage =
    Regels:
    !rule add <id> <hold|block> [dry] words <woord, woordgroep, …>
    !rule add <id> <hold|block> [dry] pattern <reguliere expressie>
    !rule add <id> <hold|block> [dry] link <domein>
    !rule remove <id> · !rule list
moderation-rules-empty = Hier zijn geen regels toegevoegd; de geconfigureerde regels en woordenlijsten van de zone gelden (aantal regels: { $configured }).
moderation-rules-list = { $count ->
        [one] Eén regel hier toegevoegd
       *[other] { $count } regels hier toegevoegd
    } (daarnaast gelden de geconfigureerde regels, aantal: { $configured }):
moderation-rule-line = • { $id }: { $action }{ $dry ->
        [yes] {" "}(proefmodus)
       *[no] {""}
    } · { $kind } { $spec } · door { $user }
moderation-audit-empty = Het auditlogboek is leeg.
moderation-audit-list = { $count ->
        [one] De laatste vermelding in het auditlogboek:
       *[other] De laatste { $count } vermeldingen in het auditlogboek:
    }
moderation-audit-line = { $seq }. { $when } · { $actor } · { $action } · { $subject }{ $reason ->
        [none] {""}
       *[other] {" "}· “{ $reason }”
    }
moderation-help =
    Commando's in de moderatiekamer (in de thread van een kaart mag het nummer weg):
    !release <n>: het tegengehouden bericht doorgeven · !remove <n> [reden] · !dismiss <n>
    !warn <n|pseudoniem> [reden] · !mute <n|pseudoniem> [30m|24h|7d] [reden]
    !block <n|pseudoniem> [reden] · !unblock <pseudoniem> · !unmute <pseudoniem>
    !held: wat er wacht · !test <tekst>: welke regels van toepassing zijn · !audit [n]: de laatste vermeldingen
    !rule add … · !rule remove <id> · !rule list
moderation-not-allowed = ⛔ { $user } mag hier niet modereren: daarvoor is machtsniveau { $level } nodig.

moderation-held-notice = Bedankt. Uw bericht wordt na een korte controle doorgegeven. Is het dringend? Bel dan { $emergency }.
moderation-refused = Uw bericht is niet doorgegeven: deze dienst geeft geen beledigingen, bedreigingen of haatberichten door. Schrijf het alstublieft opnieuw, in andere woorden. Is het dringend? Bel dan { $emergency }.
moderation-warned = { $reason ->
        [none] ⚠️ Een moderator heeft u gewaarschuwd over uw bericht: houd u alstublieft aan de regels van deze dienst.
       *[other] ⚠️ Een moderator heeft u gewaarschuwd over uw bericht: { $reason }. Houd u alstublieft aan de regels van deze dienst.
    } Na herhaalde waarschuwingen kunt u een tijdlang niet meer schrijven.
moderation-muted = 🔇 U kunt tot { $until } niet naar de wijkagenten schrijven. Bel in een noodgeval { $emergency }; voor andere dringende zaken belt u { $police }.
moderation-blocked = ⛔ U bent geblokkeerd voor deze dienst en uw berichten bereiken niemand meer. Denkt u dat dit een vergissing is? Dan kunt u bezwaar maken: { $appeal }. Bel in een noodgeval { $emergency }.
moderation-unblocked = U kunt ons weer schrijven.

moderation-report-card =
    🚩 Gemeld #{ $number } door { $user }: { $who }, { $reference } (wachtrij { $queue }){ $reason ->
        [none] {""}
       *[other] {" "}· “{ $reason }”
    }
    Het laatste bericht:
    KOBAN-SPLICE-VALUE
    Antwoord in deze thread met !warn [reden], !mute [24h] [reden], !block [reden] of !dismiss.
moderation-report-sent = 🚩 Doorgegeven aan de moderatoren, met het laatste bericht van de inwoner.
moderation-done-take-back = 🗑️ #{ $number } verwijderd door { $user }: koban haalt zijn kopieën in de wachtrijruimte terug en, op Telegram, het bericht in de chat van de inwoner (Telegram staat dat 48 uur toe).
moderation-slow-down = U hebt op korte tijd verschillende nieuwe meldingen of vragen gestuurd. Wacht een minuut voor u de volgende stuurt; wat u schreef, blijft bewaard. Is het dringend, bel dan { $emergency }.
