## When something goes wrong inside koban: the resident is asked to try
## again; officers and coordinators are told what did not arrive.

error-try-again = Sorry, something went wrong on our side with your last message. Please send it again.
notice-card-failed = ⚠️ The card of { $reference } could not be posted in its queue room ({ $error }). Its messages wait and nothing is lost: once koban can write in the room again, an operator runs `koban outbox --retry` and the card and its thread follow.
notice-thread-not-ticket = ⚠️ This thread does not belong to a ticket, so your message was not sent to any resident. Answer in the thread of the ticket's card.
