## Moderation: cards and answers in the moderation room (the zone's default
## language), and what residents are told (their language).

moderation-card =
    🛡️ Held #{ $number } · { $who } ({ $channel }, { $language })
    Going to: { $where }
    Rule: { $rule } · matched: { $matched }
    KOBAN-SPLICE-VALUE
    Reply in this thread with !release, !remove [reason], !dismiss, !warn [reason], !mute [24h] [reason] or !block [reason] (or add the number: !release { $number }).
moderation-card-photo = 📷 The message has a photo: it is passed on with the message when released.
moderation-where-ticket = the ticket { $reference } (queue { $queue })
moderation-where-report = the report the resident is writing
moderation-where-new = a new question to the officers
moderation-done-release = ✅ #{ $number } released by { $user }: it is passed on as if it had never been held.{ $behind ->
        [0] {""}
       *[other] { " " }{ $behind } later messages of the same resident that waited behind it follow.
    }
moderation-done-remove = 🗑️ #{ $number } removed by { $user }: it is not passed on.
moderation-done-dismiss = #{ $number } dismissed by { $user }: it is not passed on.
moderation-done-warn = ⚠️ { $who } warned by { $user } ({ $count ->
        [one] the first warning
       *[other] { $count } warnings
    } in { $days } days). They were told in their language.
moderation-done-mute = 🔇 { $who } muted by { $user } until { $until }: their messages do not reach the officers until then. They were told.
moderation-done-block = ⛔ { $who } blocked by { $user }: nothing they send reaches anyone. They were told once, with how to appeal.
moderation-done-unblock = { $who } unblocked by { $user }. They were told they can write again.
moderation-done-unmute = { $who } unmuted by { $user }.
moderation-escalated = 🔇 { $count ->
        [one] One warning
       *[other] That is { $count } warnings
    } in { $days } days: { $who } is muted until { $until }.
moderation-not-pending = #{ $number } is not waiting for a decision (it was decided already, or there is no such number). !held lists what waits.
moderation-no-target = Say which message: answer in its card's thread, or add its number (!release 12). For a resident: their pseudonym (!block 7F3K).
moderation-unknown-resident = There is no resident { $who }.
moderation-held-empty = Nothing is waiting for review.
moderation-held-list = { $count ->
        [one] One message waits for review:
       *[other] { $count } messages wait for review:
    }
moderation-held-line = #{ $number } · { $who } · rule { $rule } · { $age } min ago
moderation-test-pass = ✅ This text passes: no rule matches it.
moderation-test-result = This text would be: { $action }.
moderation-test-line = • rule { $rule } ({ $action }{ $dry ->
        [yes] , dry run
       *[no] {""}
    }): { $matched }
moderation-rule-added = Rule { $id } added ({ $action }{ $dry ->
        [yes] , dry run: it only logs what it would have done
       *[no] {""}
    }).
moderation-rule-removed = Rule { $id } removed.
moderation-rule-unknown = There is no rule { $id } among the rules added here (the zone's configured rules and word lists are changed in its files).
moderation-rule-invalid = The rule was not added: { $problem }
moderation-rule-usage =
    Rules:
    !rule add <id> <hold|block> [dry] words <word, phrase, …>
    !rule add <id> <hold|block> [dry] pattern <regular expression>
    !rule add <id> <hold|block> [dry] link <domain>
    !rule remove <id> · !rule list
moderation-rules-empty = No rules were added here; the zone's configured rules and word lists apply ({ $configured } rules).
moderation-rules-list = { $count ->
        [one] One rule was added here
       *[other] { $count } rules were added here
    } (besides them { $configured } configured rules apply):
moderation-rule-line = • { $id }: { $action }{ $dry ->
        [yes] {" "}(dry run)
       *[no] {""}
    } · { $kind } { $spec } · by { $user }
moderation-audit-empty = The audit log is empty.
moderation-audit-list = { $count ->
        [one] The last entry of the audit log:
       *[other] The last { $count } entries of the audit log:
    }
moderation-audit-line = { $seq }. { $when } · { $actor } · { $action } · { $subject }{ $reason ->
        [none] {""}
       *[other] {" "}· “{ $reason }”
    }
moderation-help =
    Commands in the moderation room (in a card's thread the number may be left out):
    !release <n>: pass the held message on · !remove <n> [reason] · !dismiss <n>
    !warn <n|pseudonym> [reason] · !mute <n|pseudonym> [30m|24h|7d] [reason]
    !block <n|pseudonym> [reason] · !unblock <pseudonym> · !unmute <pseudonym>
    !held: what waits · !test <text>: which rules match · !audit [n]: the last entries
    !rule add … · !rule remove <id> · !rule list
moderation-not-allowed = ⛔ { $user } may not moderate here: power level { $level } is needed.

moderation-held-notice = Thank you. Your message will be passed on after a short check. If it is urgent, call { $emergency }.
moderation-refused = Your message was not passed on: this service does not pass on insults, threats or hate. Please write again in other words. If it is urgent, call { $emergency }.
moderation-warned = { $reason ->
        [none] ⚠️ A moderator warned you about your message: please keep to the rules of this service.
       *[other] ⚠️ A moderator warned you about your message: { $reason }. Please keep to the rules of this service.
    } After repeated warnings you can no longer write for a while.
moderation-muted = 🔇 You cannot write to the officers until { $until }. In an emergency, call { $emergency }; for other urgent matters, call { $police }.
moderation-blocked = ⛔ You have been blocked from this service and your messages no longer reach anyone. If you think this is a mistake, you can appeal: { $appeal }. In an emergency, call { $emergency }.
moderation-unblocked = You can write to us again.

moderation-report-card =
    🚩 Reported #{ $number } by { $user }: { $who }, { $reference } (queue { $queue }){ $reason ->
        [none] {""}
       *[other] {" "}· “{ $reason }”
    }
    Their latest message:
    KOBAN-SPLICE-VALUE
    Reply in this thread with !warn [reason], !mute [24h] [reason], !block [reason] or !dismiss.
moderation-report-sent = 🚩 Passed on to the moderators, with the resident's latest message.
moderation-done-take-back = 🗑️ #{ $number } removed by { $user }: koban takes back its copies in the queue room and, on Telegram, the message in the resident's chat (Telegram allows this for 48 hours).
moderation-slow-down = You have sent several new reports or questions in a short time. Please wait a minute before sending the next one; what you wrote is kept. If it is urgent, call { $emergency }.
