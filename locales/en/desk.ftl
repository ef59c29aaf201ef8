## The officers' desk: ticket cards and notices in the queue rooms (the
## zone's default language), and the resident's rating after closing.

card-status-new = 🆕 Status: new, waiting for an officer
card-status-claimed = 🙋 Status: handled by { $user }
card-status-waiting = ⏳ Status: answered, waiting for the resident · handled by { $user }
card-status-closed = ✅ Status: closed
card-assignee = Handled by { $user }
card-labels = 🏷️ Labels: { $labels }
card-overdue = ⏰ The first answer is overdue.
card-rating = Rating by the resident: { $stars } ({ $rating }/5)
card-feedback = Comment: “{ $comment }”
card-transferred = ↪️ Moved to the queue { $queue } by { $user }: continue there.
card-transferred-from = ↪️ Moved here from the queue { $queue } by { $user }.
card-history = The conversation so far:

notice-help =
    Commands in a ticket's thread:
    !claim: take the ticket · !assign @user:server: give it to a colleague
    !note <text>: internal note, never sent to the resident
    !template [name]: send a prepared answer in the resident's language (without a name: the list)
    !label tag -tag: add or remove labels
    !transfer <queue>: move the ticket to another queue
    !close [resolution]: close and tell the resident · !reopen
    !erase: delete all of the resident's data, at their request
    Any other message in the thread is sent to the resident.
notice-not-in-thread = { $command } acts on a ticket: write it in the ticket's thread (hover the card → Reply in thread). !help lists the commands.
notice-note-empty = !note needs a text, for example: !note seen by the patrol at 14:00.
notice-assign-usage = Write the full Matrix ID, for example: !assign @lotte:police.example
notice-assigned = 🙋 { $reference } is now handled by { $user }.
notice-label-usage = Labels are words of letters, digits, - and _ (at most 24 characters), for example: !label graffiti school -urgent. Not understood: { $bad }
notice-templates = { $name ->
        [none] Available templates: { $names }. Send one with !template <name>.
       *[other] There is no template “{ $name }”. Available templates: { $names }.
    }
notice-template-sent = 📄 Template “{ $name }” sent to the resident in { $language }. In this room's language it reads: { $text }
notice-transfer-unknown = There is no queue “{ $queue }”. Queues: { $queues }.
notice-transfer-not-joined = koban is not in the room of the queue { $queue }, so the ticket stays here. Invite koban to that room (it joins by itself), then try again.
notice-transfer-same = The ticket is already in the queue { $queue }.
notice-resident-blocked = ⚠️ The last message for { $reference } did not reach the resident: they have blocked koban on Telegram (or deleted their account). Nothing more can reach them until they write again; the message is kept in koban's database.
notice-not-delivered = ⚠️ The last message for { $reference } could not be delivered to the resident after several attempts. It is kept in koban's database; the operators' log has the reason.
notice-overdue-first = ⏰ { $reference } has had no answer for { $minutes } minutes, longer than this queue's target. Handled by: { $user }.
notice-overdue-resolution = ⏰ { $reference } has been open for more than { $hours } hours, longer than this queue's target. Handled by: { $user }.
notice-nobody = nobody yet
notice-change-not-passed = The original message of { $reference } has not reached the resident yet, so this change was not passed on. Send a new message if needed.
notice-deleted-for-resident = 🗑️ The message was also deleted in the resident's chat (Telegram allows this for 48 hours).
thread-edited =
    ✏️ { $pseudonym } edited a message:
    { $text }
    (before: { $original })
notice-closed-not-sent = { $reference } is closed, so this message was not sent to the resident. Use !reopen first if they should get it.

out-of-hours = 🕘 The officers of this service work { $hours }. Your message has been received; you can expect an answer from { $when }. In an emergency, do not wait: call the emergency number.

rating-question = How satisfied are you with how { $reference } was handled? Choose from 1 (not at all) to 5 stars (very). It helps us improve.
rating-already = Thank you, this has already been rated.
rating-thanks = Thank you for your rating! If you want, write a short comment now, in your own words.
button-no-comment = No comment
feedback-thanks = Thank you, your comment has been passed on to the community officers.

## The coordination room (!stats, !handover).

stats-title = 📊 Tickets opened in the last { $days } days, per queue (medians):
stats-line = { $queue }: { $opened } opened ({ $reports } reports) · { $new } new · { $claimed } in progress · { $closed } closed · first answer { $first } · closed after { $resolution } · rating { $rating } ({ $ratings })
stats-none = –
handover-briefing =
    🔁 Handover: { $outgoing } → { $incoming }. { $count ->
        [one] This open ticket is now handled by { $incoming }:
       *[other] These { $count } open tickets are now handled by { $incoming }:
    }
    { $tickets }
    Recent topics: { $topics }
handover-done = { $count ->
        [0] { $outgoing } has no open tickets: nothing to hand over to { $incoming }.
        [one] Done: 1 open ticket went from { $outgoing } to { $incoming }; its queue room has a briefing.
       *[other] Done: { $count } open tickets went from { $outgoing } to { $incoming }; their queue rooms have a briefing.
    }
handover-contacts = 👮 Residents of { $areas } now see { $incoming } as their community officer (without the outgoing officer's phone number).
notice-not-allowed-coordination = ⛔ { $user } may not use coordination commands here: power level { $level } is needed.
notice-coordination-help =
    Commands in the coordination room:
    !stats: per queue, tickets of the last 7 and 30 days, median answer and closing times, average rating
    !handover @outgoing:server @incoming:server [queue]: the outgoing officer's open tickets go to the incoming one, with a briefing in each queue room
