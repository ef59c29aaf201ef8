## Lengtelimieten voor wat bewoners typen.

limit-too-long = Dit is te lang: hier passen hoogstens { $max } tekens, en uw bericht heeft er { $length }. Schrijf het alstublieft korter; wat u al hebt ingevuld, blijft bewaard.
limit-description-full = De beschrijving kan hoogstens { $max } tekens bevatten; er zijn nog { $left } vrij en dit bericht heeft er { $length }. Maak het alstublieft korter of stuur het in kleinere delen; wat u al hebt ingevuld, blijft bewaard.
