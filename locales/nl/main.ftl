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

unknown-command =
    Het commando { $command } ken ik niet. Schrijf gewoon je vraag, of stuur /start om het welkomstbericht opnieuw te zien.

image-too-large =
    Dit bestand is te groot ({ $size_mb } MB). Ik aanvaard bestanden tot { $max_mb } MB. Stuur een kleinere foto.

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
