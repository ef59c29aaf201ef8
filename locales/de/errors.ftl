## When something goes wrong inside koban: the resident is asked to try
## again; officers and coordinators are told what did not arrive.

error-try-again = Entschuldigung, bei uns ist mit Ihrer letzten Nachricht etwas schiefgegangen. Bitte senden Sie sie noch einmal.
notice-card-failed = ⚠️ Die Karte von { $reference } konnte nicht in ihrem Warteschlangenraum gepostet werden ({ $error }). Ihre Nachrichten warten, nichts geht verloren: Sobald koban wieder in den Raum schreiben kann, führt ein Betreiber `koban outbox --retry` aus, und Karte und Thread folgen.
notice-thread-not-ticket = ⚠️ Dieser Thread gehört zu keinem Ticket, Ihre Nachricht wurde also an niemanden gesendet. Antworten Sie im Thread der Karte des Tickets.
