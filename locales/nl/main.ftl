## Teksten voor bewoners. De argumenten vult koban in; hun namen blijven ongewijzigd.

welcome =
    Hallo! Dit is { $zone }: een rechtstreekse lijn naar je wijkagenten.
    Stel hier je vraag, in je eigen taal, en een wijkagent antwoordt in dit gesprek. Je kunt ook foto's sturen.

emergency-note =
    ⚠️ Dit gesprek is niet bedoeld voor noodgevallen. Bel in een noodgeval meteen { $emergency }. Voor andere dringende politiezaken bel je { $police }.

ticket-opened =
    Bedankt. Je bericht is doorgegeven aan de wijkagenten onder referentie { $reference }. Het antwoord komt hier, in dit gesprek.

officer-role = Wijkagent

officer-reply =
    👮 { $role } ({ $reference }):
    { $text }

unsupported-message =
    Sorry, ik kan voorlopig alleen tekstberichten en foto's lezen. Schrijf je bericht als tekst.

unknown-command = { $channel ->
        [Matrix] Het commando { $command } ken ik niet. Schrijf gewoon je vraag, of stuur !start om het welkomstbericht opnieuw te zien.
       *[other] Het commando { $command } ken ik niet. Schrijf gewoon je vraag, of stuur /start om het welkomstbericht opnieuw te zien.
    }

image-too-large =
    Dit bestand is te groot ({ $size_mb } MiB). Ik aanvaard bestanden tot { $max_mb } MiB. Stuur een kleinere foto.

image-not-image =
    Dit bestand is geen afbeelding die ik kan aanvaarden. Stuur een foto (JPEG, PNG of WebP).

image-failed =
    Ik kon deze foto niet verwerken, dus hij is niet doorgegeven. Probeer het opnieuw, of stuur hem als gewone foto.

photos-forwarded =
    { $count ->
        [one] Je foto is toegevoegd aan { $reference }.
       *[other] Je { $count } foto's zijn toegevoegd aan { $reference }.
    }

## Teksten voor agenten, in de wachtrijkamers, in de standaardtaal van de zone.

card-question =
    🎫 { $reference } · nieuwe vraag
    Van: { $pseudonym } · via { $channel } · taal: { $language }

    { $text }

    Antwoord in deze thread om de bewoner te antwoorden.

card-no-text = (foto zonder tekst)

thread-photo = Foto van { $pseudonym }

thread-text = { $pseudonym }: { $text }

something-went-wrong =
    Sorry, er ging bij ons iets mis. Je bericht is bewaard en we proberen het opnieuw.

## Menu's en navigatie.

# De eigen naam van deze taal, getoond in de taalkeuze.
language-name = Nederlands
language-set = Vanaf nu schrijf ik je in het Nederlands.
choose-language = Kies je taal:

menu-title = Wat wil je doen? Kies een optie.
menu-report = 📝 Iets melden
menu-question = ❓ Een vraag stellen
menu-advice = 🛡️ Preventietips
menu-rights = ⚖️ Je rechten
menu-events = 📅 Activiteiten
menu-contact = 👮 Je wijkagent
menu-area = 📍 Mijn wijk
menu-language = 🌐 Taal
menu-privacy = 🔒 Privacy

button-back = ⬅️ Terug
button-menu = ☰ Hoofdmenu
button-continue = Verder ▶️

matrix-menu-hint = Antwoord met het nummer van je keuze. Schrijf op elk moment “menu” om hier terug te komen.
choice-expected = Kies een van de opties door te antwoorden met het nummer ervan.
stale-button = Deze knop is niet meer geldig. Hier is het hoofdmenu.
unknown-payload = Deze link is niet (meer) geldig. Hier is het hoofdmenu.

privacy-notice =
    🔒 Je privacy
    • Wat we bewaren: je berichten en foto's (zonder verborgen gegevens zoals de locatie), de taal en de wijk die je kiest, en een intern pseudoniem.
    • Wie het ziet: de wijkagenten van { $zone }. Zij zien een pseudoniem, nooit je telefoonnummer of gebruikersnaam, tenzij je die zelf geeft.
    • Hoe lang: hoogstens { $retention_days ->
        [one] { $retention_days } dag
       *[other] { $retention_days } dagen
    } nadat je vraag of melding is afgesloten.
    • Je gegevens: stuur /mydata voor een kopie van alles wat koban over je bewaart, en /erase om het zelf te wissen, op elk moment (op Matrix: !mydata en !erase).

help =
    Ik kan je helpen met:
    • een incident melden, met foto's en de locatie (/report);
    • vragen aan je wijkagenten (schrijf ze gewoon hier, foto's zijn welkom);
    • tips om criminaliteit te voorkomen en informatie over je rechten;
    • de contactgegevens van de wijkagenten van je wijk.
    Commando's: /menu hoofdmenu · /report een incident melden · /myreports je meldingen · /cancel een melding annuleren · /language taal wijzigen · /privacy je gegevens · /mydata wat koban bewaart · /erase alles wissen · /start opnieuw beginnen.

advice-list = 🛡️ Tips om criminaliteit te voorkomen. Kies een onderwerp:
rights-list = ⚖️ Ken je rechten. Kies een onderwerp:

coming-soon-events = Er zijn nog geen activiteiten. Wijkvergaderingen en uitnodigingen voor een “koffie met de wijkagent” verschijnen hier.
question-prompt = Schrijf je vraag in een bericht, in je eigen taal. Je kunt foto's toevoegen. Een agent antwoordt in dit gesprek.

contact-title = 👮 Je wijkagenten voor { $area }:
contact-no-area = Kies eerst je wijk, zodat ik je de juiste wijkagenten kan tonen.
contact-officer = • { $name } – { $role }
contact-phone = ☎️ { $phone }
contact-station = 🏢 { $name }: { $address } ({ $hours })
contact-station-no-hours = 🏢 { $name }: { $address }
contact-numbers = Noodnummer: { $emergency } · Politie, niet-dringend: { $police }

area-choose = In welke wijk woon je? Kies ze hieronder, of stuur je locatie (📎 → Locatie).
area-set = Je wijk is nu { $area }.
area-outside = Deze locatie ligt buiten de wijken die wij bedienen. Kies een wijk uit de lijst.
area-none = Er zijn nog geen wijken ingesteld.

cmd-start = Opnieuw beginnen
cmd-menu = Hoofdmenu
cmd-language = Taal wijzigen
cmd-help = Hulp
cmd-privacy = Je gegevens en privacy

## Closing a ticket (resident).

ticket-closed =
    ✅ Je vraag { $reference } is afgesloten door de wijkagenten. Heb je een nieuwe vraag? Schrijf ze gewoon hier.
ticket-closed-resolution =
    ✅ Je vraag { $reference } is afgesloten door de wijkagenten:
    { $resolution }
    Heb je een nieuwe vraag? Schrijf ze gewoon hier.

## Notices to officers in a ticket's thread (zone's default language).

notice-note-saved = 📝 Interne notitie bewaard. Ze wordt niet naar de bewoner gestuurd.
notice-closed = ✅ { $reference } is afgesloten. De bewoner is op de hoogte gebracht.
notice-already-closed = { $reference } is al afgesloten. Gebruik !reopen om het opnieuw te openen.
notice-reopened = 🔓 { $reference } is opnieuw geopend.
notice-already-open = { $reference } is al open.
notice-unknown-command = Onbekend commando { $command }. In een ticketthread: !claim (het ticket opnemen), !note <tekst> (intern, niet verstuurd), !close [oplossing], !reopen. Elk ander bericht gaat naar de bewoner.
notice-not-allowed = ⛔ { $user } mag niet optreden op tickets in deze wachtrij: machtsniveau { $level } is vereist. Er is niets naar de bewoner gestuurd.
