## When something goes wrong inside koban: the resident is asked to try
## again; officers and coordinators are told what did not arrive.

error-try-again = Sorry, er ging bij ons iets mis met uw laatste bericht. Stuur het alstublieft opnieuw.
notice-card-failed = ⚠️ De kaart van { $reference } kon niet in haar wachtrijkamer geplaatst worden ({ $error }). De berichten wachten en er gaat niets verloren: zodra koban weer in de kamer kan schrijven, voert een beheerder `koban outbox --retry` uit en volgen de kaart en haar thread.
notice-thread-not-ticket = ⚠️ Deze thread hoort bij geen enkel ticket, dus uw bericht is naar geen enkele inwoner gestuurd. Antwoord in de thread van de kaart van het ticket.
