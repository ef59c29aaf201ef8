## Stap voor stap een incident melden (bewoner). Knoplabels (button-…, report-when-now,
## report-when-today, report-edit-…, category-…) blijven korter dan 40 tekens.

cmd-report = Een incident melden
cmd-myreports = Uw meldingen en hun status
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
    📝 Een incident melden. Dat gaat in een paar stappen; u kunt op elk moment teruggaan of annuleren, en wat u invult, blijft bewaard als u onderbroken wordt.
    ⚠️ Bel in een noodgeval nu meteen { $emergency }.
report-category = Wat wilt u melden? Kies een categorie.
report-danger-question =
    Is er op dit moment iemand in gevaar, of gebeurt het nu?
    Bel in dat geval { $emergency }: zij kunnen meteen hulp sturen.
button-yes-danger = 🚨 Ja
button-no-danger = Nee
report-danger =
    🚨 Bel nu { $emergency }. De hulpdiensten kunnen meteen hulp sturen; via dit gesprek kan dat niet.
    Kunt u niet praten? Blijf dan aan de lijn of volg de instructies van de operator. Voor andere dringende politiezaken belt u { $police }.
report-danger-hate =
    Wordt u bedreigd of aangevallen? Ga dan als het kan naar een veilige plek en bel { $emergency }. Uw veiligheid gaat voor; de rest kunt u later melden.
report-when = Wanneer is het gebeurd?
report-when-now = Zonet
report-when-today = Eerder vandaag
button-when-other = 📅 Een andere dag of tijd
report-when-other = Schrijf wanneer het gebeurd is, bijvoorbeeld “gisteravond rond 23 uur” of “12 mei, 14:00”.
report-where =
    Waar is het gebeurd? { $channel ->
        [telegram] Deel een locatie (📎 → Locatie), of
       *[other] Deel uw locatie, of
    } typ een adres of een beschrijving van de plek. U kunt deze stap ook overslaan.
button-skip-where = Geen locatie
report-what =
    Wat is er gebeurd? Beschrijf het in uw eigen woorden en in uw eigen taal: wat u zag, wie erbij betrokken was (beschrijvingen, voertuigen, nummerplaten) en alles wat verder kan helpen.
report-photos =
    📷 U kunt foto's toevoegen: stuur ze als foto of als bestand, maximaal { $max }. Verborgen gegevens zoals de locatie worden verwijderd voordat agenten ze zien. { $count ->
        [0] Nog geen foto's toegevoegd.
        [one] 1 foto toegevoegd.
       *[other] { $count } foto's toegevoegd.
    }
button-no-photos = Geen foto's
button-photos-done = ✅ Klaar met foto's
report-contact =
    Mag een agent contact met u opnemen over deze melding? Standaard zien agenten alleen uw pseudoniem ({ $pseudonym }) en antwoorden ze u in dit gesprek.
button-anonymous = 🕶️ Alleen antwoord in dit gesprek
button-share-contact = ☎️ Naam en telefoonnummer geven
report-contact-details = Schrijf uw naam en telefoonnummer, zodat een agent u kan terugbellen.
report-summary = 📋 Controleer uw melding voordat u ze verstuurt:
button-send-report = ✅ Melding versturen
button-edit = ✏️ Iets wijzigen
report-edit = Wat wilt u wijzigen?
report-edit-category = Categorie
report-edit-when = Wanneer
report-edit-where = Waar
report-edit-what = Beschrijving
report-edit-photos = Foto's
report-edit-contact = Contact
button-cancel-report = ✖️ Melding annuleren
button-resume = ▶️ Verder met mijn melding
button-restart = 🔄 Nieuwe melding beginnen
report-in-progress = U bent nog met een melding bezig. Wilt u daarmee verdergaan of opnieuw beginnen?
report-no-draft = Deze melding is niet meer bezig (ze is verstuurd, geannuleerd of verlopen). Hier is het hoofdmenu.
report-cancelled = Uw melding is geannuleerd en wat u had ingevuld, is gewist.
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
report-photo-location = Uw foto bevat de plaats waar ze genomen is: { $place }. Wilt u die gebruiken als plaats van het incident? Dat gebeurt alleen als u ja zegt.
report-location-saved = 📍 Locatie bewaard: { $place }.
report-location-invalid = Deze locatie kan niet gelezen worden. Deel ze opnieuw of typ een adres.
report-location-outside = Deze locatie ligt buiten het gebied van { $zone }. Meld het aan de politie van die plaats, of deel of typ een andere locatie.
report-text-added = Uw tekst is toegevoegd aan de beschrijving.
report-use-buttons = Kies een van de opties hieronder, of annuleer de melding.
report-photo-too-early = Kies eerst een categorie en beantwoord de vraag over gevaar; stuur daarna uw foto's.
report-too-many-photos = Een melding kan hoogstens { $max } foto's bevatten. Deze foto is niet toegevoegd; de andere blijven bewaard.
report-photo-added = 📷 Foto { $n } van { $max } toegevoegd.
report-unsupported = Dit kan ik niet gebruiken in een melding. Gebruik tekst, foto's of een locatie; wat u al hebt ingevuld, blijft bewaard.
report-empty-text = Dat bericht was leeg. Wat u al hebt ingevuld, blijft bewaard.

report-sent =
    ✅ Dank u. Uw melding is doorgestuurd naar de wijkagenten onder referentie { $reference }.
    Wat gebeurt er nu? Een agent leest ze, stelt u hier misschien vragen en laat u weten wat er gedaan wordt. U krijgt het nieuws in dit gesprek; met /myreports ziet u hoe ver uw meldingen staan.
report-expired =
    ⌛ Uw onafgewerkte melding ({ $category }) is gewist, omdat er { $minutes } minuten niets aan werd toegevoegd. U kunt op elk moment een nieuwe beginnen.

myreports-title = 📂 Uw meldingen en vragen:
myreports-none = U hebt nog geen meldingen of vragen verstuurd.
myreports-question = Vraag
myreports-line = • { $reference } · { $what } · { $date } · { $status }
status-open = wacht op een agent
status-claimed = een agent is ermee bezig
status-closed = afgesloten

ticket-claimed = 👮 Een wijkagent behandelt nu { $reference }. U krijgt hier bericht van die agent.

## Agenten (de standaardtaal van de zone).

card-report =
    🗂️ { $reference } · nieuwe melding: { $category }
    Van: { $pseudonym } · via { $channel } · taal: { $language } · wijk: { $area }

    { $fields }

    De foto's volgen in deze thread. Antwoord in deze thread om de bewoner te antwoorden; !claim om de melding op te nemen.
thread-report-photo = Foto { $n } van { $total } ({ $reference })
notice-claimed = 👮 { $user } heeft { $reference } opgenomen.
