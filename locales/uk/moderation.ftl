## Модерація: картки й відповіді в кімнаті модерації (мовою зони за
## замовчуванням) і те, що повідомляють мешканцям (їхньою мовою).

moderation-card =
    🛡️ Затримано #{ $number } · { $who } ({ $channel }, { $language })
    Куди: { $where }
    Правило: { $rule } · збіг: { $matched }
    KOBAN-SPLICE-VALUE
    Відповідайте в цій гілці командою !release, !remove [причина], !dismiss, !warn [причина], !mute [24h] [причина] або !block [причина] (або додайте номер: !release { $number }).
moderation-card-photo = 📷 У повідомленні є фото: якщо повідомлення пропустять, фото буде передано разом із ним.
moderation-where-ticket = звернення { $reference } (черга { $queue })
moderation-where-report = повідомлення про інцидент, яке зараз пише мешканець
moderation-where-new = нове запитання до поліцейських
moderation-done-release = ✅ #{ $number } пропущено користувачем { $user }: його передано так, ніби його ніколи не затримували.{ $behind ->
        [0] {""}
       *[other] { " " }Далі йдуть пізніші повідомлення того самого мешканця, що чекали за ним: { $behind }.
    }
moderation-done-remove = 🗑️ #{ $number } видалено користувачем { $user }: його не передано.
moderation-done-dismiss = #{ $number } відхилено користувачем { $user }: його не передано.
moderation-done-warn = ⚠️ { $who } отримує попередження від { $user } ({ $count ->
        [one] { $count } попередження
        [few] { $count } попередження
        [many] { $count } попереджень
       *[other] { $count } попередження
    } за { $days ->
        [one] { $days } день
        [few] { $days } дні
       *[other] { $days } днів
    }). Мешканця повідомлено його мовою.
moderation-done-mute = 🔇 { $who } не може писати до { $until } (рішення користувача { $user }): доти його повідомлення не доходять до поліцейських. Мешканця повідомлено.
moderation-done-block = ⛔ { $who } заблоковано користувачем { $user }: ніщо з того, що він надсилає, ні до кого не доходить. Його повідомлено один раз, разом із тим, як оскаржити рішення.
moderation-done-unblock = { $who } розблоковано користувачем { $user }. Мешканця повідомлено, що він знову може писати.
moderation-done-unmute = Обмеження для { $who } знято користувачем { $user }.
moderation-escalated = 🔇 { $count ->
        [one] Це { $count } попередження
        [few] Це { $count } попередження
        [many] Це { $count } попереджень
       *[other] Це { $count } попередження
    } за { $days ->
        [one] { $days } день
        [few] { $days } дні
       *[other] { $days } днів
    }: { $who } не може писати до { $until }.
moderation-not-pending = #{ $number } не очікує на рішення (його вже ухвалено, або такого номера немає). !held показує, що очікує.
moderation-no-target = Укажіть, яке повідомлення: відповідайте в гілці його картки або додайте номер (!release 12). Для мешканця: його псевдонім (!block 7F3K).
moderation-unknown-resident = Мешканця { $who } немає.
moderation-held-empty = Ніщо не очікує на перевірку.
moderation-held-list = { $count ->
        [one] На перевірку очікує { $count } повідомлення:
        [few] На перевірку очікують { $count } повідомлення:
        [many] На перевірку очікують { $count } повідомлень:
       *[other] На перевірку очікує { $count } повідомлення:
    }
moderation-held-line = #{ $number } · { $who } · правило { $rule } · { $age } хв тому
moderation-test-pass = ✅ Цей текст проходить: жодне правило не спрацьовує.
moderation-test-result = Результат для цього тексту: { $action }.
moderation-test-line = • правило { $rule } ({ $action }{ $dry ->
        [yes] , пробний режим
       *[no] {""}
    }): { $matched }
moderation-rule-added = Правило { $id } додано ({ $action }{ $dry ->
        [yes] , пробний режим: воно лише записує в журнал, що зробило б
       *[no] {""}
    }).
moderation-rule-removed = Правило { $id } видалено.
moderation-rule-unknown = Серед правил, доданих тут, немає правила { $id } (налаштовані правила й списки слів зони змінюють у її файлах).
moderation-rule-invalid = Правило не додано: { $problem }
moderation-rule-usage =
    Правила:
    !rule add <id> <hold|block> [dry] words <слово, фраза, …>
    !rule add <id> <hold|block> [dry] pattern <регулярний вираз>
    !rule add <id> <hold|block> [dry] link <домен>
    !rule remove <id> · !rule list
moderation-rules-empty = Тут не додано жодного правила; діють налаштовані правила й списки слів зони (налаштованих правил: { $configured }).
moderation-rules-list = { $count ->
        [one] Тут додано { $count } правило (крім нього, діють налаштовані правила: { $configured }):
        [few] Тут додано { $count } правила (крім них, діють налаштовані правила: { $configured }):
        [many] Тут додано { $count } правил (крім них, діють налаштовані правила: { $configured }):
       *[other] Тут додано { $count } правила (крім них, діють налаштовані правила: { $configured }):
    }
moderation-rule-line = • { $id }: { $action }{ $dry ->
        [yes] {" "}(пробний режим)
       *[no] {""}
    } · { $kind } { $spec } · автор: { $user }
moderation-audit-empty = Журнал аудиту порожній.
moderation-audit-list = { $count ->
        [one] { $count } останній запис журналу аудиту:
        [few] { $count } останні записи журналу аудиту:
        [many] { $count } останніх записів журналу аудиту:
       *[other] { $count } останнього запису журналу аудиту:
    }
moderation-audit-line = { $seq }. { $when } · { $actor } · { $action } · { $subject }{ $reason ->
        [none] {""}
       *[other] {" "}· «{ $reason }»
    }
moderation-help =
    Команди в кімнаті модерації (у гілці картки номер можна не вказувати):
    !release <n>: передати затримане повідомлення · !remove <n> [причина] · !dismiss <n>
    !warn <n|псевдонім> [причина] · !mute <n|псевдонім> [30m|24h|7d] [причина]
    !block <n|псевдонім> [причина] · !unblock <псевдонім> · !unmute <псевдонім>
    !held: що очікує · !test <текст>: які правила спрацьовують · !audit [n]: останні записи
    !rule add … · !rule remove <id> · !rule list
moderation-not-allowed = ⛔ { $user } не може тут модерувати: потрібен рівень повноважень { $level }.

moderation-held-notice = Дякуємо. Ваше повідомлення буде передано після короткої перевірки. Якщо справа термінова, телефонуйте { $emergency }.
moderation-refused = Ваше повідомлення не передано: ця служба не передає образ, погроз і висловів ненависті. Будь ласка, напишіть ще раз іншими словами. Якщо справа термінова, телефонуйте { $emergency }.
moderation-warned = { $reason ->
        [none] ⚠️ Модератор виніс вам попередження щодо вашого повідомлення: будь ласка, дотримуйтеся правил цієї служби.
       *[other] ⚠️ Модератор виніс вам попередження щодо вашого повідомлення: { $reason }. Будь ласка, дотримуйтеся правил цієї служби.
    } Після повторних попереджень ви на деякий час не зможете писати.
moderation-muted = 🔇 Ви не можете писати поліцейським до { $until }. У надзвичайній ситуації телефонуйте { $emergency }; з інших термінових питань телефонуйте { $police }.
moderation-blocked = ⛔ Ваш доступ до цієї служби заблоковано, і ваші повідомлення більше ні до кого не доходять. Якщо ви вважаєте, що це помилка, ви можете оскаржити рішення: { $appeal }. У надзвичайній ситуації телефонуйте { $emergency }.
moderation-unblocked = Ви знову можете нам писати.

moderation-report-card =
    🚩 Повідомлено #{ $number } від { $user }: { $who }, { $reference } (черга { $queue }){ $reason ->
        [none] {""}
       *[other] {" "}· “{ $reason }”
    }
    Останнє повідомлення:
    KOBAN-SPLICE-VALUE
    Дайте відповідь у цій гілці: !warn [причина], !mute [24h] [причина], !block [причина] або !dismiss.
moderation-report-sent = 🚩 Передано модераторам разом з останнім повідомленням мешканця.
moderation-done-take-back = 🗑️ #{ $number } видалено користувачем { $user }: koban забирає свої копії в кімнаті черги, а в Telegram — повідомлення в чаті мешканця (Telegram дозволяє це протягом 48 годин).
moderation-slow-down = Ви надіслали кілька нових повідомлень або запитань за короткий час. Будь ласка, зачекайте хвилину, перш ніж надсилати наступне; написане вами збережено. Якщо це терміново, телефонуйте { $emergency }.
