## Het bureau van de agenten: ticketkaarten en meldingen in de wachtrijkamers (de
## standaardtaal van de zone), en de beoordeling door de bewoner na het afsluiten.

card-status-new = 🆕 Status: nieuw, wacht op een agent
card-status-claimed = 🙋 Status: in behandeling bij { $user }
card-status-waiting = ⏳ Status: beantwoord, wacht op de bewoner · in behandeling bij { $user }
card-status-closed = ✅ Status: afgesloten
card-assignee = Behandeld door { $user }
card-labels = 🏷️ Labels: { $labels }
card-overdue = ⏰ Het eerste antwoord is te laat.
card-rating = Beoordeling door de bewoner: { $stars } ({ $rating }/5)
card-feedback = Opmerking: “{ $comment }”
card-transferred = ↪️ Verplaatst naar de wachtrij { $queue } door { $user }: ga daar verder.
card-transferred-from = ↪️ Hierheen verplaatst vanuit de wachtrij { $queue } door { $user }.
card-history = Het gesprek tot nu toe:

notice-help =
    Commando's in de thread van een ticket:
    !claim: het ticket opnemen · !assign @user:server: het aan een collega geven
    !note <tekst>: interne notitie, nooit naar de bewoner gestuurd
    !template [naam]: een standaardantwoord sturen in de taal van de bewoner (zonder naam: de lijst)
    !label tag -tag: labels toevoegen of verwijderen
    !transfer <wachtrij>: het ticket naar een andere wachtrij verplaatsen
    !close [oplossing]: afsluiten en de bewoner op de hoogte brengen · !reopen
    !erase: alle gegevens van de bewoner wissen, op diens verzoek
    Elk ander bericht in de thread gaat naar de bewoner.
notice-not-in-thread = { $command } werkt op een ticket: schrijf het in de thread van het ticket (ga met de muis over de kaart → Antwoorden in thread). !help toont de commando's.
notice-note-empty = !note heeft een tekst nodig, bijvoorbeeld: !note gezien door de patrouille om 14:00.
notice-assign-usage = Schrijf de volledige Matrix-ID, bijvoorbeeld: !assign @lotte:police.example
notice-assigned = 🙋 { $reference } wordt nu behandeld door { $user }.
notice-label-usage = Labels zijn woorden van letters, cijfers, - en _ (hoogstens 24 tekens), bijvoorbeeld: !label graffiti school -dringend. Niet begrepen: { $bad }
notice-templates = { $name ->
        [none] Beschikbare sjablonen: { $names }. Stuur er een met !template <naam>.
       *[other] Er is geen sjabloon “{ $name }”. Beschikbare sjablonen: { $names }.
    }
notice-template-sent = 📄 Sjabloon “{ $name }” is naar de bewoner gestuurd (taal: { $language }). In de taal van deze kamer luidt het: { $text }
notice-transfer-unknown = Er is geen wachtrij “{ $queue }”. Wachtrijen: { $queues }.
notice-transfer-not-joined = koban zit niet in de kamer van de wachtrij { $queue }, dus het ticket blijft hier. Nodig koban uit in die kamer (koban komt er vanzelf bij) en probeer het daarna opnieuw.
notice-transfer-same = Het ticket staat al in de wachtrij { $queue }.
notice-resident-blocked = ⚠️ Het laatste bericht voor { $reference } heeft de bewoner niet bereikt: de bewoner heeft koban geblokkeerd op Telegram (of het account verwijderd). Niets kan de bewoner nog bereiken tot die opnieuw schrijft; het bericht blijft bewaard in de database van koban.
notice-not-delivered = ⚠️ Het laatste bericht voor { $reference } kon na verschillende pogingen niet bij de bewoner afgeleverd worden. Het blijft bewaard in de database van koban; de reden staat in het logboek van de beheerders.
notice-overdue-first = ⏰ { $reference } heeft al { $minutes } minuten geen antwoord gekregen, langer dan de streeftijd van deze wachtrij. Behandeld door: { $user }.
notice-overdue-resolution = ⏰ { $reference } staat al meer dan { $hours } uur open, langer dan de streeftijd van deze wachtrij. Behandeld door: { $user }.
notice-nobody = nog niemand
notice-change-not-passed = Het oorspronkelijke bericht van { $reference } heeft de bewoner nog niet bereikt, dus deze wijziging is niet doorgegeven. Stuur zo nodig een nieuw bericht.
notice-deleted-for-resident = 🗑️ Het bericht is ook verwijderd in het gesprek van de bewoner (Telegram staat dat 48 uur lang toe).
thread-edited =
    ✏️ { $pseudonym } heeft een bericht bewerkt:
    { $text }
    (voorheen: { $original })
notice-closed-not-sent = { $reference } is afgesloten, dus dit bericht is niet naar de bewoner gestuurd. Gebruik eerst !reopen als de bewoner het moet krijgen.

out-of-hours = 🕘 De agenten van deze dienst werken { $hours }. Je bericht is goed ontvangen; je kunt een antwoord verwachten vanaf { $when }. Wacht in een noodgeval niet: bel het noodnummer.

rating-question = Hoe tevreden ben je over de behandeling van { $reference }? Kies van 1 (helemaal niet) tot 5 sterren (heel tevreden). Zo kunnen we het beter doen.
rating-already = Bedankt, dit is al beoordeeld.
rating-thanks = Bedankt voor je beoordeling! Als je wilt, kun je nu een korte opmerking schrijven, in je eigen woorden.
button-no-comment = Geen opmerking
feedback-thanks = Bedankt, je opmerking is doorgegeven aan de wijkagenten.

## De coördinatiekamer (!stats, !handover).

stats-title = 📊 Tickets geopend in de afgelopen { $days } dagen, per wachtrij (medianen):
stats-line = { $queue }: { $opened } geopend (meldingen: { $reports }) · { $new } nieuw · { $claimed } in behandeling · { $closed } afgesloten · eerste antwoord na { $first } · afgesloten na { $resolution } · beoordeling { $rating } ({ $ratings })
stats-none = –
handover-briefing =
    🔁 Overdracht: { $outgoing } → { $incoming }. { $count ->
        [one] Dit openstaande ticket wordt nu behandeld door { $incoming }:
       *[other] Deze { $count } openstaande tickets worden nu behandeld door { $incoming }:
    }
    { $tickets }
    Recente onderwerpen: { $topics }
handover-done = { $count ->
        [0] { $outgoing } heeft geen openstaande tickets: er is niets over te dragen aan { $incoming }.
        [one] Klaar: 1 openstaand ticket is van { $outgoing } naar { $incoming } gegaan; de kamer van de wachtrij heeft een overdrachtsbericht gekregen.
       *[other] Klaar: { $count } openstaande tickets zijn van { $outgoing } naar { $incoming } gegaan; de kamers van hun wachtrijen hebben een overdrachtsbericht gekregen.
    }
handover-contacts = 👮 Bewoners van { $areas } zien nu { $incoming } als hun wijkagent (zonder het telefoonnummer van de vertrekkende agent).
notice-not-allowed-coordination = ⛔ { $user } mag hier geen coördinatiecommando's gebruiken: daarvoor is machtsniveau { $level } nodig.
notice-coordination-help =
    Commando's in de coördinatiekamer:
    !stats: per wachtrij de tickets van de afgelopen 7 en 30 dagen, de mediane antwoord- en afsluittijd en de gemiddelde beoordeling
    !handover @outgoing:server @incoming:server [wachtrij]: de openstaande tickets van de vertrekkende agent gaan naar de aflossende agent, met een overdrachtsbericht in elke wachtrijkamer
