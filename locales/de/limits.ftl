## Längenbegrenzungen für Eingaben der Bewohner.

limit-too-long = Das ist zu lang: Hier passen höchstens { $max } Zeichen, Ihre Nachricht hat { $length }. Bitte schreiben Sie es kürzer; Ihre bisherigen Angaben bleiben erhalten.
limit-description-full = Die Beschreibung kann höchstens { $max } Zeichen enthalten; { $left } sind noch frei, und diese Nachricht hat { $length }. Bitte kürzen Sie sie oder senden Sie sie in kleineren Teilen; Ihre bisherigen Angaben bleiben erhalten.
