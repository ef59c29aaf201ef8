## Activiteiten en abonnementen: wat bewoners zien.

cmd-events = Activiteiten bij jou in de buurt en je abonnementen

events-title = Activiteiten bij jou in de buurt — tik op een activiteit om ze te bekijken en te antwoorden:
events-none = Er zijn op dit moment geen activiteiten gepland in je wijk. Abonneer je om te horen wanneer er nieuwe zijn.
event-when = 🕒 { $when }
event-place = 📍 { $place }
event-audience = 👥 Voor: { $audience }
event-access = ♿ { $access }
event-map = 🗺 Kaart: { $url }
event-registration = Schrijf je in door “Ik kom” te antwoorden.
event-places = Vrije plaatsen: { $free } van { $capacity }.
event-full = Volzet: als je “Ik kom” antwoordt, kom je op de wachtlijst.
event-fallback = (Deze activiteit is alleen beschreven in deze taal: { $language }.)
event-cancelled-note = ❌ Deze activiteit gaat niet door.
event-over = Deze activiteit is voorbij.
event-unknown = Deze activiteit bestaat niet (meer).

button-going = ✅ Ik kom
button-maybe = 🤔 Misschien
button-not-going = ❌ Ik kom niet
button-calendar = 📅 In je agenda zetten
button-place = 📍 Waar
button-events = 📅 Activiteiten
button-show-event = Activiteit bekijken
button-subscriptions = 🔔 Abonnementen
button-subscribe-events = 🔔 Ja, nodig me uit
button-leave-all = Alles opzeggen

invite-intro = 📣 Je bent uitgenodigd:
update-intro = ✏️ Een activiteit waarop je hebt geantwoord, is gewijzigd:
reminder-intro = ⏰ Herinnering:
cancel-intro = ❌ Gaat niet door: { $title } ({ $when }). Het spijt ons — je krijgt bericht over de volgende.
calendar-caption = Zet “{ $title }” in je agenda.
announcement-intro = 📢 Van je lokale politie:
announcement-fallback = (Dit bericht is alleen beschikbaar in deze taal: { $language }.)

rsvp-going = ✅ Je staat op de lijst voor “{ $title }”. We sturen je een herinnering voordat het begint.
rsvp-maybe = 🤔 Genoteerd: misschien. We sturen je een herinnering voordat “{ $title }” begint.
rsvp-not-going = Genoteerd: je komt niet naar “{ $title }”. Bedankt dat je het laat weten.
rsvp-waiting = “{ $title }” is volzet. Je bent nummer { $position } op de wachtlijst; we laten het je meteen weten als er een plaats vrijkomt.
rsvp-offer = 🎟 Er is een plaats vrijgekomen voor “{ $title }”! Antwoord uiterlijk { $until } met “Ik kom” om ze in te nemen; daarna gaat ze naar de volgende persoon op de wachtlijst.
rsvp-offer-expired = De plaats voor “{ $title }” is naar de volgende persoon op de wachtlijst gegaan, omdat ze niet op tijd bevestigd werd.

standing-going = Je antwoord: ✅ ik kom.
standing-maybe = Je antwoord: 🤔 misschien.
standing-not-going = Je antwoord: ❌ ik kom niet.
standing-waiting = Je staat op de wachtlijst.
standing-offered = 🎟 Er wordt tot { $until } een plaats voor je vrijgehouden: antwoord “Ik kom” om ze in te nemen.

subscriptions-title = Waarover wil je berichten krijgen? Tik om aan of uit te zetten. Je kunt op elk moment stoppen.
subscriptions-offer = Wil je uitnodigingen krijgen voor ontmoetingen met je wijkagenten, zoals wijkvergaderingen en “koffie met de wijkagent”? Je kunt dit op elk moment wijzigen onder 📅 Activiteiten.
subscription-joined = 🔔 Geabonneerd: { $topic }.
subscription-left = 🔕 Afgemeld: { $topic }.
subscriptions-none-left = 🔕 Je krijgt geen aankondigingen meer. Je kunt je op elk moment opnieuw abonneren.
topic-events = Activiteiten in mijn wijk
topic-prevention = Waarschuwingen om criminaliteit te voorkomen
topic-news = Nieuws van de politie in mijn zone
export-subscriptions = 🔔 Abonnementen: { $topics }
export-answer = 📅 “{ $title }”: { $answer }

## De coördinatiekamer (de standaardtaal van de zone).

event-status-draft = ontwerp
event-status-scheduled = ingepland
event-status-published = gepubliceerd
event-status-cancelled = geannuleerd
broadcast-kind-invite = uitnodiging
broadcast-kind-update = wijziging
broadcast-kind-reminder = herinnering
broadcast-kind-cancel = annulering
broadcast-kind-announcement = aankondiging

event-card =
    📅 Activiteit #{ $id } ({ $status }): { $title }
    🕒 { $when }
    📍 { $place } · wijk { $area } · onderwerp { $topic } · plaatsen { $capacity } · talen { $languages }
    ✅ komen: { $going } · 🤔 misschien: { $maybe } · ❌ komen niet: { $notgoing } · ⏳ wachtlijst: { $waiting }
event-created = Activiteit #{ $id } is bewaard als ontwerp. Controleer ze met `!event show { $id } <language>`, daarna `!event publish { $id }` (meteen) of `!event publish { $id } YYYY-MM-DD HH:MM`.
event-updated = Activiteit #{ $id } is gewijzigd. Bewoners die “Ik kom” of “Misschien” hebben geantwoord, krijgen de wijziging met een nieuw agendabestand (als ze gepubliceerd was).
event-published = Activiteit #{ $id } is gepubliceerd: de uitnodigingen worden naar de abonnees gestuurd (verzending #{ $broadcast }).
event-scheduled = Activiteit #{ $id } wordt gepubliceerd op { $when }.
event-cancelled = Activiteit #{ $id } is geannuleerd. Bewoners die “Ik kom” of “Misschien” hebben geantwoord, worden op de hoogte gebracht, met een annulering voor hun agenda.
event-is-cancelled = Activiteit #{ $id } is geannuleerd en kan niet meer gewijzigd worden.
event-not-draft = Activiteit #{ $id } is al gepubliceerd.
event-not-found = Er is geen activiteit #{ $id }.
event-invalid = Dat lukte niet: { $why }. `!event help` toont hoe het moet.
event-refused = Alleen leden met machtsniveau { $level } of hoger mogen hier activiteiten beheren.
event-preview =
    Voorbeeld ({ $language }):
    { $text }
events-planned-none = Er zijn geen activiteiten gepland. `!event help` toont hoe je er een aanmaakt.
attendees-title = Antwoorden op activiteit #{ $id } (pseudoniemen):
attendees-none = Nog niemand heeft geantwoord.
broadcast-card = 📣 Verzending #{ $id } ({ $kind }, activiteit #{ $event }): { $sent } van { $total } verstuurd · { $failed } mislukt · { $unreachable } onbereikbaar
broadcast-card-done = 📣 Verzending #{ $id } ({ $kind }, activiteit #{ $event }) klaar: { $sent } van { $total } verstuurd · { $failed } mislukt · { $unreachable } onbereikbaar (hebben de bot geblokkeerd)
event-help =
    Activiteiten in de coördinatiekamer:
    !event new — alleen: koban vraagt de velden één voor één
    !event new — daarna één veld per regel: title, when (YYYY-MM-DD HH:MM), until (HH:MM) of duration (minuten), where, map, geo (breedte, lengte), area (of all), topic (events, prevention, news), capacity, registration (yes/no), for, access, about; teksten in andere talen als title.de, about.de, …
    !event set <n> — dezelfde velden; alleen de opgegeven velden veranderen
    !event show <n> [taal] — voorbeeld zoals bewoners het zien
    !event publish <n> [YYYY-MM-DD HH:MM] — meteen of op een bepaald tijdstip
    !event cancel <n>
    !events — wat er gepland is, met de antwoorden
    !attendees <n> — antwoorden per pseudoniem
    !announce new — daarna: topic (events, prevention, news), area (of all), languages (bv. ar, uk; standaard all), via (subscribers, channels, both; standaard subscribers), text, text.de, …
    !announce show <n> [taal] · !announce send <n> [YYYY-MM-DD HH:MM] · !announce cancel <n>
announcement-created = Aankondiging #{ $id } is bewaard als ontwerp (onderwerp { $topic }, wijk { $area }, talen { $languages }). Controleer ze met `!announce show { $id } <language>`, daarna `!announce send { $id }` (meteen) of `!announce send { $id } YYYY-MM-DD HH:MM`.
announcement-sent = Aankondiging #{ $id } wordt naar de abonnees gestuurd (verzending #{ $broadcast }).
announcement-scheduled = Aankondiging #{ $id } wordt verstuurd op { $when }.
announcement-cancelled = Aankondiging #{ $id } is geannuleerd; ze wordt niet verstuurd.
announcement-not-found = Er is geen aankondiging #{ $id }.
announcement-not-draft = Aankondiging #{ $id } is al verstuurd of geannuleerd.
event-ask = { $step }/{ $steps } · { $question }
event-dialogue-start = Nieuwe activiteit, stap voor stap — { $who }, beantwoord elke vraag hier met een gewoon bericht. `skip` (of `-`) laat een optioneel veld leeg, `back` gaat een vraag terug, `stop` stopt zonder op te slaan; na 30 minuten zonder antwoord stopt het vanzelf.
event-ask-title = Hoe heet de activiteit? (de titel in het { $language }; andere talen later met `!event set <n>` en title.en: …)
event-ask-when = Wanneer begint ze? (JJJJ-MM-DD UU:MM, tijd { $tz })
event-ask-until = Wanneer eindigt ze? (UU:MM, of een duur in minuten; `skip`: { $minutes } minuten)
event-ask-where = Waar? (het adres waar bewoners naartoe komen; `skip` als er geen is)
event-ask-area = Voor welk gebied? ({ $areas }, of all; `skip`: de hele zone)
event-ask-capacity = Hoeveel plaatsen? (een getal; `skip`: onbeperkt)
event-ask-registration = Moeten bewoners zich aanmelden met „Ik kom”? (yes of no; `skip`: nee)
event-ask-for = Voor wie is ze? (bijv. ouders, jongeren; `skip`: iedereen)
event-ask-access = Toegankelijkheid? (bijv. drempelvrije ingang, gebarentaal; `skip`: geen)
event-ask-about = Tot slot: een korte beschrijving voor de uitnodiging. (`skip`: geen)
event-ask-required = Dit is nodig (`stop` stopt zonder op te slaan).
event-ask-retry = Dat lukte niet: { $why }.
event-dialogue-stopped = Gestopt; er is niets opgeslagen.
announcement-posted = Aankondiging #{ $id } geplaatst in { $count ->
    [one] één nieuwskanaal
   *[other] { $count } nieuwskanalen
}.
channel-answer-telegram = Om te antwoorden en voor het agendabestand en herinneringen: { $link }
channel-answer-matrix = Om te antwoorden en voor het agendabestand en herinneringen: schrijf naar { $link } en stuur `!start event_{ $id }`.
channel-post-failed = ⚠️ koban kon niet posten in nieuwskanaal { $chat }: { $error }. Op Telegram moet koban beheerder van het kanaal zijn met het recht om te posten; op Matrix een lid dat berichten mag sturen.
