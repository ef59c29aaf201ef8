## Preventieadvies en informatie over je rechten, getoond vanuit de menu's.
## De argumenten vult koban in; hun namen blijven ongewijzigd.
## Platte tekst voor chatapps: korte alinea's, opsommingen beginnen met "• ".

## Preventieadvies.

advice-burglary-title = 🏠 Inbraak
advice-burglary =
    🏠 Bescherm je woning tegen inbraak
    De meeste inbrekers zoeken een makkelijk doelwit en willen snel binnen en weer buiten zijn. Met een paar gewoontes maak je het hen veel moeilijker:
    • Sluit deuren en ramen altijd af, ook als je maar even weg bent of in de tuin zit. Laat nooit een sleutel in het slot, onder de deurmat of in een bloempot.
    • Ben je weg? Laat je huis bewoond lijken: lampen met een tijdschakelaar, een buur die de brievenbus leegmaakt. Je kunt je afwezigheid ook melden bij de politie en woningtoezicht aanvragen.
    • Zet je vakantie niet op sociale media. Deel je foto's pas als je terug bent.
    • Maak foto's van je waardevolle spullen, noteer de serienummers en markeer ze.
    • Leer je buren kennen en houd een oogje op elkaars woning.

    💡 Een techno-preventief adviseur van de politie kan gratis bij je langskomen en je tips geven om je woning beter te beveiligen. Vraag ernaar in dit gesprek.

    Na een inbraak:
    • Denk je dat de inbrekers nog binnen zijn? Ga niet naar binnen. Zoek een veilige plek en bel { $emergency }. Anders bel je zo snel mogelijk { $police }.
    • Raak niets aan en ruim niets op tot de politie geweest is, zodat er geen sporen verloren gaan.
    • Maak een lijst van wat er weg is en laat gestolen bankkaarten meteen blokkeren.

advice-bicycle-title = 🚲 Fietsdiefstal
advice-bicycle =
    🚲 Voorkom fietsdiefstal
    • Gebruik twee goede sloten van een verschillend type, bijvoorbeeld een beugelslot en een kettingslot.
    • Maak altijd het frame (niet alleen een wiel) vast aan iets dat vaststaat, zoals een fietsenrek. Ook thuis en als je maar even weg bent.
    • Zet je fiets op een drukke, goed verlichte plek of in een bewaakte fietsenstalling.
    • Noteer het framenummer, bewaar je aankoopbewijs en neem een duidelijke foto van je fiets. Laat je fiets graveren of registreren: vraag ernaar bij je gemeente of de politie.
    • Elektrische fiets: neem de batterij en het display mee.
    • Koop je tweedehands? Vraag het aankoopbewijs en wees voorzichtig met heel lage prijzen: een gestolen fiets kopen is strafbaar.

    Is je fiets gestolen?
    Doe zo snel mogelijk aangifte, met het framenummer en een foto: op het politiekantoor, via Police-on-web (policeonweb.belgium.be) of door { $police } te bellen. Zonder aangifte kan een teruggevonden fiets niet aan jou worden teruggegeven.

advice-fraud-title = 💳 Online fraude & phishing
advice-fraud =
    💳 Online fraude en phishing
    Oplichters sturen e-mails, sms'jes en WhatsApp-berichten die echt lijken, van een “bank”, een pakjesdienst, de belastingen of zelfs de politie.
    • Geef nooit je pincode, wachtwoorden, codes van je kaartlezer of een itsme-bevestiging aan iemand anders. Je bank en de politie vragen daar nooit naar: niet aan de telefoon, niet per e-mail of sms en niet aan je deur.
    • Controleer de afzender en klik niet op links in onverwachte berichten. Ga zelf naar de website of de app.
    • Wees voorzichtig met webshops die je niet kent: zoek naar reviews, de bedrijfsgegevens en een adres. Een prijs die te mooi is om waar te zijn, is meestal een val.
    • Verdacht bericht? Stuur het door naar verdacht@safeonweb.be en verwijder het daarna.

    Ben je opgelicht?
    • Bel meteen je bank of Card Stop (078 170 170) om je kaarten en betalingen te laten blokkeren. Elke minuut telt.
    • Bewaar de bewijzen: screenshots, berichten, adressen van websites, rekeningnummers, rekeninguittreksels.
    • Doe aangifte bij de politie: op het politiekantoor of door { $police } te bellen.

advice-phone-scam-title = 📞 Telefonische oplichting
advice-phone-scam =
    📞 Telefonische oplichting en “noodgeval in de familie”
    Oplichters zorgen voor paniek en tijdsdruk, zodat je handelt voor je nadenkt. Typische voorbeelden:
    • “Hoi mama, dit is mijn nieuwe nummer. Kun je snel een dringende rekening voor me betalen?”
    • Een valse politieagent of bankmedewerker die zegt dat je rekening in gevaar is en die vraagt om codes, een overschrijving naar een “veilige rekening”, of om je bankkaarten, cash geld of juwelen.
    Wat kun je doen?
    • Bel je familielid op het nummer dat je al kent, of stel een vraag waarop alleen die persoon het antwoord weet.
    • Betaal nooit onder druk. Een echt noodgeval kan wachten tot je teruggebeld hebt.
    • Leg in en bel zelf terug via het officiële nummer op de website of op je bankkaart. Een nummer op je scherm kan vervalst zijn.
    • De politie vraagt nooit naar je pincode of codes en komt nooit je bankkaarten, geld of waardevolle spullen ophalen.

    Staat er nu iemand aan je deur om kaarten, geld of juwelen op te halen? Doe niet open en bel { $emergency }.
    In andere gevallen meld je de oplichting aan { $police }, ook als je niet betaald hebt. Heb je wel betaald? Bel dan meteen je bank.

advice-vehicle-title = 🚗 Inbraak in voertuigen
advice-vehicle =
    🚗 Voorkom inbraak in je auto of bestelwagen
    Dieven slaan vaak een ruit in voor een tas, een gsm of een laadkabel die ze zien liggen.
    • Laat niets zichtbaar achter in je auto, ook geen lege tas, jas of gsm-houder. Neem waardevolle spullen mee; leg ze niet pas op de parking in de koffer.
    • Sluit je auto af en controleer of hij echt op slot is: trek aan de deurklink. Sluit alle ramen en het zonnedak.
    • Laat nooit de sleutels, je inschrijvingsbewijs of andere papieren in de auto liggen.
    • Auto zonder sleutel (keyless)? Bewaar de sleutel thuis in een afschermend hoesje of blikken doosje.
    • Parkeer op een goed verlichte, drukke plek of op een bewaakte parking.

    Na een inbraak:
    • Raak de auto niet meer aan dan nodig, zodat er geen sporen verloren gaan. Maak foto's van de schade.
    • Laat gestolen bankkaarten meteen blokkeren en bewaar alle bewijzen.
    • Doe aangifte bij de politie door { $police } te bellen of op het politiekantoor. Je hebt het proces-verbaal nodig voor je verzekeraar.

advice-pickpocket-title = 👜 Gauwdiefstal
advice-pickpocket =
    👜 Let op voor gauwdieven
    Gauwdieven slaan toe waar het druk is: op het openbaar vervoer, in stations, op markten, evenementen en in winkels.
    • Draag je tas gesloten en voor je, met de rits of de klep naar je lichaam.
    • Bewaar je portefeuille en gsm in een binnenzak, nooit in je achterzak of een open tas.
    • Leg je gsm niet op tafel op een terras of in een restaurant.
    • Let op afleidingstrucs: iemand botst tegen je aan, vraagt de weg, morst iets op je kleren of vraagt je een petitie te tekenen. Intussen besteelt een handlanger je.
    • Neem niet meer cash mee dan nodig en houd je pincode voor jezelf.

    Ben je bestolen?
    • Laat je bankkaarten meteen blokkeren via je bank of Card Stop (078 170 170).
    • Gsm gestolen? Laat je simkaart blokkeren bij je operator en verander je belangrijke wachtwoorden.
    • Doe aangifte bij de politie door { $police } te bellen of op het politiekantoor. Meld ook gestolen identiteitsdocumenten.

advice-cyber-harassment-title = 💬 Online pesten
advice-cyber-harassment =
    💬 Online pesten, bedreigingen en sextortion
    Word je online lastiggevallen, bedreigd of afgeperst, bijvoorbeeld met intieme foto's of video's? Het is niet jouw schuld en je staat er niet alleen voor.
    • Reageer niet en betaal niet. Betalen stopt de afpersing zelden; vaak komen er net nieuwe eisen.
    • Bewaar de bewijzen voor je blokkeert: screenshots van de berichten, profielnamen, links, data en uren.
    • Blokkeer daarna de persoon en meld het account en de berichten bij het platform.
    • Praat erover met iemand die je vertrouwt. Jonger dan 18? Ook Child Focus kan helpen: 116 000.
    • Controleer je privacyinstellingen en verander je wachtwoorden als een account misschien overgenomen is.

    Ben je in direct gevaar? Bel { $emergency }.
    Belaging, bedreigingen en sextortion zijn misdrijven. Doe aangifte bij de politie: op het politiekantoor of door { $police } te bellen. Je kunt het ons ook vertellen in dit gesprek.

advice-domestic-violence-title = 🤝 Huiselijk geweld
advice-domestic-violence =
    🤝 Hulp bij huiselijk geweld
    Geweld thuis kan lichamelijk zijn, maar ook bedreigen, controleren, vernederen, seksueel geweld of je geld afnemen. Het is nooit jouw schuld. Er is hulp.
    • Bel { $helpline } om in vertrouwen te praten. Dat is gratis en je kunt anoniem blijven.
    • In gevaar? Bel { $emergency }.
    • Je kunt ook in dit gesprek schrijven naar een wijkagent. Dit gesprek wordt niet dag en nacht gevolgd, dus gebruik het niet in een noodgeval.

    Maak een veiligheidsplan:
    • Houd belangrijke documenten (identiteitskaarten, bankkaarten, medicijnen, sleutels) bij elkaar, of geef kopieën aan iemand die je vertrouwt.
    • Pak een tas in met kleren en het hoogstnodige en bewaar die op een veilige plek.
    • Spreek een codewoord af met iemand die je vertrouwt, zodat die hulp inroept als je het stuurt.
    • Denk op voorhand na over waar je naartoe kunt.

    Kinderen die geweld thuis zien of horen, zijn ook slachtoffer. Ook voor hen is er hulp.
    Kijkt iemand anders je gsm na? Verwijder dit gesprek na het lezen.

## Informatie over je rechten.

rights-id-check-title = 🪪 Identiteitscontrole
rights-id-check =
    🪪 Je rechten bij een identiteitscontrole of politiecontrole
    • De politie mag je identiteit controleren in de gevallen die de wet toelaat, bijvoorbeeld door je gedrag of de omstandigheden, of bij een georganiseerde controle. Een controle mag nooit alleen gebaseerd zijn op je afkomst, huidskleur of godsdienst.
    • Belgen krijgen vanaf 12 jaar een identiteitskaart en moeten die vanaf 15 jaar altijd bij zich hebben. Buitenlandse inwoners hebben hun verblijfskaart of paspoort bij.
    • Kun je niet aantonen wie je bent, dan mag de politie je ophouden om je identiteit vast te stellen, maximaal 12 uur.
    • Je mag de naam of het identificatienummer van de politieagent vragen. Agenten in burger tonen hun legitimatiekaart.
    • Blijf rustig en volg de instructies, ook als je het er niet mee eens bent. Verzet je niet: dat maakt het alleen erger.
    • Een veiligheidsfouillering moet een reden hebben, bijvoorbeeld het vermoeden van een wapen. Ze gebeurt waar mogelijk door een agent van hetzelfde geslacht.
    • Noteer de datum, het uur, de plaats, de nummers van de agenten en eventuele getuigen.

    Ben je het niet eens met hoe je behandeld bent? Dan kun je achteraf klacht indienen: zie het onderwerp “Klacht over de politie”.

rights-complaint-title = 📣 Klacht over de politie
rights-complaint =
    📣 Klacht over de politie
    Ben je niet tevreden over hoe een politieagent je behandeld heeft? Je hebt het recht om klacht in te dienen, zonder angst voor represailles.
    • Binnen de politiezone: dien je klacht in op een politiekantoor of neem contact op met { $police }. De interne dienst van de zone onderzoekt ze.
    • Onafhankelijk: je kunt ook terecht bij { $oversight }, de onafhankelijke instelling die toezicht houdt op de politie.

    Vermeld in je klacht:
    • de datum, het uur en de plaats;
    • wat er gebeurd is, zo precies mogelijk;
    • de naam of het identificatienummer van de agent, en het nummer van het voertuig als je dat weet;
    • de namen en contactgegevens van getuigen, en eventuele foto's of documenten.

    Wil je een boete betwisten? Dat is geen klacht: volg de instructies op de boete.

rights-victim-support-title = 🫂 Slachtofferhulp
rights-victim-support =
    🫂 Hulp voor slachtoffers
    Ben je slachtoffer van een misdrijf of een ongeval? Je hebt rechten en je hoeft er niet alleen door.
    • Recht om klacht in te dienen en een gratis kopie van je verklaring te krijgen.
    • Recht op informatie: word “benadeelde persoon” om op de hoogte te blijven van je dossier.
    • Recht om je te laten begeleiden door iemand die je vertrouwt, bijvoorbeeld als je een verklaring aflegt.
    • Recht op ondersteuning: de dienst slachtofferbejegening van de politie helpt je in de eerste uren en dagen en verwijst je door.

    Voor praktische, emotionele en juridische hulp daarna: { $victim_support }. Dat is gratis en vertrouwelijk.
    In gevaar? Bel { $emergency }.

rights-hate-crime-title = 🏳️‍🌈 Haatmisdrijven
rights-hate-crime =
    🏳️‍🌈 Haatmisdrijven en discriminatie
    Een haatmisdrijf is een misdrijf zoals beledigingen, bedreigingen, geweld of vernielingen, gepleegd omwille van iemands afkomst, huidskleur, godsdienst, seksuele oriëntatie, genderidentiteit, handicap of een ander beschermd kenmerk.
    • Meld het altijd, ook haat op het internet en “kleine” incidenten. Elke melding helpt om het te stoppen.
    • Bewaar de bewijzen: foto's, screenshots, links, namen van getuigen.
    • De politie moet het haatmotief opnemen in het proces-verbaal. Zeg duidelijk waarom je denkt dat jij geviseerd werd.
    • Voor discriminatie, bijvoorbeeld op het werk, bij het huren van een woning of in een winkel, kun je ook terecht bij { $equality_body }.

    Je kunt aangifte doen bij { $police } of in dit gesprek. Bel in een noodgeval het noodnummer.

rights-minors-title = 🧒 Rechten van minderjarigen
rights-minors =
    🧒 Je rechten als minderjarige (jonger dan 18) bij een verhoor
    • Recht op een advocaat: word je verhoord als verdachte, dan heb je vóór het verhoor een vertrouwelijk gesprek met een advocaat en blijft de advocaat tijdens het verhoor bij je. Als minderjarige kun je niet afzien van dit recht, en je krijgt zo nodig gratis een advocaat.
    • Recht op uitleg: de politie moet je rechten uitleggen in woorden die je begrijpt. Vraag het als iets niet duidelijk is.
    • Zwijgrecht: je hoeft niets te zeggen dat tegen jou gebruikt kan worden.
    • Je hebt het recht dat je ouders of voogd op de hoogte worden gebracht.
    • Waar de wet dat voorziet, bijvoorbeeld als slachtoffer of getuige, mag je je laten begeleiden door een volwassene die je vertrouwt.
    • Je mag je verklaring lezen en laten verbeteren voor je ze ondertekent.

rights-interpreter-title = 🗣️ Tolk en advocaat
rights-interpreter =
    🗣️ Je recht op een tolk en een advocaat
    • Tolk: begrijp of spreek je de taal van het verhoor niet, dan heb je recht op een beëdigde tolk, gratis.
    • Advocaat (Salduzrechten): word je verhoord als verdachte van een misdrijf waarop een gevangenisstraf staat, dan heb je recht op een vertrouwelijk gesprek met een advocaat vóór het verhoor en, in de meeste gevallen, op bijstand tijdens het verhoor. Ben je van je vrijheid beroofd, dan contacteert de politie een advocaat voor je.
    • Gratis juridische bijstand: heb je een laag inkomen, dan kun je gratis of tegen een verminderd tarief een advocaat krijgen (pro Deo).
    • Zwijgrecht: je hoeft jezelf niet te beschuldigen.
    • Je verklaring: je mag ze lezen of laten voorlezen, en laten verbeteren of aanvullen voor je ze ondertekent. Je kunt een kopie vragen.
