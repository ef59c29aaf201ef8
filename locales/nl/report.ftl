## Stap voor stap een incident melden (bewoner). Knoplabels (button-…, report-when-now,
## report-when-today, report-edit-…, category-…) blijven korter dan 40 tekens.

cmd-report = Een incident melden
cmd-myreports = Je meldingen en hun status
cmd-cancel = De lopende melding annuleren

menu-myreports = 📂 Mijn meldingen

# Categorieën van meldingen: de namen waaruit bewoners kiezen.
category-theft = Diefstal
category-burglary = Inbraak
category-vandalism = Vandalisme of graffiti
category-drugs = Drugsoverlast
category-nuisance = Lawaai of overlast
category-traffic = Verkeersgevaar
category-hate = Haatincident of discriminatie
category-fraud = Online fraude of oplichting
category-other = Iets anders

report-intro =
    📝 Een incident melden. Dat gaat in een paar stappen; je kunt op elk moment teruggaan of annuleren, en wat je invult, blijft bewaard als je onderbroken wordt.
    ⚠️ Bel in een noodgeval nu meteen { $emergency }.
report-category = Wat wil je melden? Kies een categorie.
report-danger-question =
    Is er op dit moment iemand in gevaar, of gebeurt het nu?
    Bel in dat geval { $emergency }: zij kunnen meteen hulp sturen.
button-yes-danger = 🚨 Ja
button-no-danger = Nee
report-danger =
    🚨 Bel nu { $emergency }. De hulpdiensten kunnen meteen hulp sturen; via dit gesprek kan dat niet.
    Kun je niet praten? Blijf dan aan de lijn of volg de instructies van de operator. Voor andere dringende politiezaken bel je { $police }.
report-danger-hate =
    Word je bedreigd of aangevallen? Ga dan als het kan naar een veilige plek en bel { $emergency }. Je veiligheid gaat voor; de rest kun je later melden.
report-when = Wanneer is het gebeurd?
report-when-now = Zonet
report-when-today = Eerder vandaag
button-when-other = 📅 Een andere dag of tijd
report-when-other = Schrijf wanneer het gebeurd is, bijvoorbeeld “gisteravond rond 23 uur” of “12 mei, 14:00”.
report-where =
    Waar is het gebeurd? { $channel ->
        [Telegram] Deel een locatie (📎 → Locatie), of
       *[other] Deel je locatie, of
    } typ een adres of een beschrijving van de plek. Je kunt deze stap ook overslaan.
button-skip-where = Geen locatie
report-what =
    Wat is er gebeurd? Beschrijf het in je eigen woorden en in je eigen taal: wat je zag, wie erbij betrokken was (beschrijvingen, voertuigen, nummerplaten) en alles wat verder kan helpen.
report-photos =
    📷 Je kunt foto's toevoegen: stuur ze als foto of als bestand, maximaal { $max }. Verborgen gegevens zoals de locatie worden verwijderd voordat agenten ze zien. { $count ->
        [0] Nog geen foto's toegevoegd.
        [one] 1 foto toegevoegd.
       *[other] { $count } foto's toegevoegd.
    }
button-no-photos = Geen foto's
button-photos-done = ✅ Klaar met foto's
report-contact =
    Mag een agent contact met je opnemen over deze melding? Standaard zien agenten alleen je pseudoniem ({ $pseudonym }) en antwoorden ze je in dit gesprek.
button-anonymous = 🕶️ Alleen antwoord in dit gesprek
button-share-contact = ☎️ Naam en telefoonnummer geven
report-contact-details = Schrijf je naam en telefoonnummer, zodat een agent je kan terugbellen.
report-summary = 📋 Controleer je melding voordat je ze verstuurt:
button-send-report = ✅ Melding versturen
button-edit = ✏️ Iets wijzigen
report-edit = Wat wil je wijzigen?
report-edit-category = Categorie
report-edit-when = Wanneer
report-edit-where = Waar
report-edit-what = Beschrijving
report-edit-photos = Foto's
report-edit-contact = Contact
button-cancel-report = ✖️ Melding annuleren
button-resume = ▶️ Verder met mijn melding
button-restart = 🔄 Nieuwe melding beginnen
report-in-progress = Je bent nog met een melding bezig. Wil je daarmee verdergaan of opnieuw beginnen?
report-no-draft = Deze melding is niet meer bezig (ze is verstuurd, geannuleerd of verlopen). Hier is het hoofdmenu.
report-cancelled = Je melding is geannuleerd en wat je had ingevuld, is gewist.
nothing-to-cancel = Er is niets om te annuleren.

report-value-none = niet opgegeven
report-field-category = Categorie: { $value }
report-field-when = Wanneer: { $value }
report-field-where = Waar: { $value }
report-field-what = Wat er gebeurd is: { $value }
report-field-photos = { $count ->
        [0] Foto's: geen
        [one] Foto's: 1
       *[other] Foto's: { $count }
    }
report-field-contact = Contact: { $value }
report-contact-anonymous = alleen antwoord in dit gesprek (agenten zien “{ $pseudonym }”)

button-use-photo-location = 📍 Ja, gebruik die
button-ignore-photo-location = Nee
report-photo-location = Je foto bevat de plaats waar ze genomen is: { $place }. Wil je die gebruiken als plaats van het incident? Dat gebeurt alleen als je ja zegt.
report-location-saved = 📍 Locatie bewaard: { $place }.
report-location-invalid = Deze locatie kan niet gelezen worden. Deel ze opnieuw of typ een adres.
report-location-outside = Deze locatie ligt buiten het gebied van { $zone }. Meld het aan de politie van die plaats, of deel of typ een andere locatie.
report-text-added = Je tekst is toegevoegd aan de beschrijving.
report-description-full = Je beschrijving heeft de maximale lengte bereikt; de rest van dit bericht is niet toegevoegd. Je kunt later nog details geven, wanneer een agent je antwoordt.
report-use-buttons = Kies een van de opties hieronder, of annuleer de melding.
report-photo-too-early = Kies eerst een categorie en beantwoord de vraag over gevaar; stuur daarna je foto's.
report-too-many-photos = Een melding kan hoogstens { $max } foto's bevatten. Deze foto is niet toegevoegd; de andere blijven bewaard.
report-photo-added = 📷 Foto { $n } van { $max } toegevoegd.
report-unsupported = Dit kan ik niet gebruiken in een melding. Gebruik tekst, foto's of een locatie; wat je al hebt ingevuld, blijft bewaard.
report-empty-text = Dat bericht was leeg. Wat je al hebt ingevuld, blijft bewaard.

report-sent =
    ✅ Bedankt. Je melding is doorgestuurd naar de wijkagenten onder referentie { $reference }.
    Wat gebeurt er nu? Een agent leest ze, stelt je hier misschien vragen en laat je weten wat er gedaan wordt. Je krijgt het nieuws in dit gesprek; met /myreports zie je hoe ver je meldingen staan.
report-expired =
    ⌛ Je onafgewerkte melding ({ $category }) is gewist, omdat er { $minutes } minuten niets aan werd toegevoegd. Je kunt op elk moment een nieuwe beginnen.

myreports-title = 📂 Je meldingen en vragen:
myreports-none = Je hebt nog geen meldingen of vragen verstuurd.
myreports-question = Vraag
myreports-line = • { $reference } · { $what } · { $date } · { $status }
status-open = wacht op een agent
status-claimed = een agent is ermee bezig
status-waiting = een agent heeft je geantwoord
status-closed = afgesloten

report-closed =
    ✅ Je melding { $reference } is afgesloten door de wijkagenten. Bedankt dat je het gemeld hebt. Wil je iets anders melden? Gebruik dan /report.
report-closed-resolution =
    ✅ Je melding { $reference } is afgesloten door de wijkagenten:
    { $resolution }
    Bedankt dat je het gemeld hebt. Wil je iets anders melden? Gebruik dan /report.

ticket-claimed = 👮 Een wijkagent behandelt nu { $reference }. Je krijgt hier bericht van die agent.

## Agenten (de standaardtaal van de zone).

card-report =
    🗂️ { $reference } · nieuwe melding: { $category }
    Van: { $pseudonym } · via { $channel } · taal: { $language } · wijk: { $area }

    { $fields }

    De foto's volgen in deze thread. Antwoord in deze thread om de bewoner te antwoorden; !claim om de melding op te nemen.
thread-report-photo = Foto { $n } van { $total } ({ $reference })
