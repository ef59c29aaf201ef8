## Gegevensrechten van bewoners: bekijken en wissen wat koban bewaart.

cmd-mydata = Bekijk wat koban over je bewaart
cmd-erase = Wis alles wat koban over je bewaart

privacy-rights = Of kies hieronder: je gegevens bekijken of wissen.
button-mydata = 📄 Mijn gegevens
button-erase-ask = 🗑️ Mijn gegevens wissen
button-erase = 🗑️ Ja, alles wissen
button-keep = Nee, niet wissen

erase-confirm =
    🗑️ Hiermee wis je alles wat koban over je bewaart: je meldingen en vragen, de antwoorden van de agenten, je foto's, de melding waarmee je nog bezig bent en je instellingen. De agenten kunnen je meldingen daarna niet meer opvolgen. Dit kan niet ongedaan worden gemaakt.
    Wil je alles wissen?
erase-done = ✅ Alles wat koban over je bewaarde, is gewist. Als je opnieuw schrijft, begin je met een schone lei.

export-title = 📄 Wat koban over je bewaart ({ $pseudonym }):
export-profile = Taal: { $language } · Wijk: { $area } · Eerste contact: { $since } · Via: { $channel }
export-none = Geen meldingen of vragen.
export-draft = Een melding waarmee je nog bezig bent (foto's: { $photos }).
export-line-you = { $time } · Jij: { $text }
export-line-officer = { $time } · Agent: { $text }
export-end = Dat is alles. Interne notities van de agenten worden niet getoond. /erase (op Matrix: !erase) wist alles.

notice-erased = 🗑️ Op verzoek van { $pseudonym } heeft { $user } alle gegevens van deze bewoner gewist. koban verwijdert zijn kopieën (kaarten, berichten, foto's) uit de kamers.
