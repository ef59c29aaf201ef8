## When something goes wrong inside koban: the resident is asked to try
## again; officers and coordinators are told what did not arrive.

error-try-again = Désolé, un problème est survenu de notre côté avec votre dernier message. Veuillez le renvoyer.
notice-card-failed = ⚠️ La fiche de { $reference } n’a pas pu être publiée dans son salon de file ({ $error }). Ses messages attendent et rien n’est perdu : dès que koban peut de nouveau écrire dans le salon, un opérateur lance `koban outbox --retry` et la fiche et son fil suivent.
notice-thread-not-ticket = ⚠️ Ce fil n’appartient à aucun ticket : votre message n’a été envoyé à aucun habitant. Répondez dans le fil de la fiche du ticket.
