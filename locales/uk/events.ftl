## Заходи й підписки: що бачать мешканці.

cmd-events = Заходи поруч із вами та ваші підписки

events-title = Найближчі заходи поруч із вами — торкніться одного, щоб переглянути його й відповісти:
events-none = Зараз у вашому районі не заплановано жодних заходів. Підпишіться, щоб дізнаватися про нові.
event-when = 🕒 { $when }
event-place = 📍 { $place }
event-audience = 👥 Для кого: { $audience }
event-access = ♿ { $access }
event-map = 🗺 Мапа: { $url }
event-registration = Будь ласка, зареєструйтеся: дайте відповідь «Прийду».
event-places = Вільних місць: { $free } з { $capacity }.
event-full = Місць немає: якщо ви відповісте «Прийду», вас запишуть до списку очікування.
event-fallback = (Опис цього заходу є лише такою мовою: { $language }.)
event-cancelled-note = ❌ Цей захід скасовано.
event-over = Цей захід уже завершився.
event-unknown = Такого заходу немає (або вже немає).

button-going = ✅ Прийду
button-maybe = 🤔 Можливо
button-not-going = ❌ Не прийду
button-calendar = 📅 Додати в календар
button-place = 📍 Де
button-events = 📅 Заходи
button-show-event = Переглянути захід
button-subscriptions = 🔔 Підписки
button-subscribe-events = 🔔 Так, запрошуйте мене
button-leave-all = Скасувати всі підписки

invite-intro = 📣 Запрошуємо вас:
update-intro = ✏️ Захід, на який ви відповіли, змінився:
reminder-intro = ⏰ Нагадування:
cancel-intro = ❌ Скасовано: { $title } ({ $when }). Нам шкода — ми повідомимо вам про наступний захід.
calendar-caption = Додайте «{ $title }» у свій календар.
announcement-intro = 📢 Від вашої місцевої поліції:
announcement-fallback = (Це повідомлення є лише такою мовою: { $language }.)

rsvp-going = ✅ Ви в списку учасників заходу «{ $title }». Ми нагадаємо вам перед його початком.
rsvp-maybe = 🤔 Записали: можливо. Ми нагадаємо вам перед початком заходу «{ $title }».
rsvp-not-going = Записали: ви не прийдете на захід «{ $title }». Дякуємо, що повідомили.
rsvp-waiting = На захід «{ $title }» вільних місць немає. Ваш номер у списку очікування: { $position }; ми повідомимо вам, щойно звільниться місце.
rsvp-offer = 🎟 Звільнилося місце на захід «{ $title }»! Щоб його отримати, дайте відповідь «Прийду» до { $until }; після цього місце перейде до наступної людини зі списку очікування.
rsvp-offer-expired = Місце на захід «{ $title }» перейшло до наступної людини зі списку очікування, бо його не підтвердили вчасно.

standing-going = Ваша відповідь: ✅ прийду.
standing-maybe = Ваша відповідь: 🤔 можливо.
standing-not-going = Ваша відповідь: ❌ не прийду.
standing-waiting = Ви в списку очікування.
standing-offered = 🎟 Для вас залишено місце до { $until }: щоб його отримати, дайте відповідь «Прийду».

subscriptions-title = Про що ви хочете отримувати новини? Торкніться, щоб увімкнути або вимкнути. Відписатися можна будь-коли.
subscriptions-offer = Хочете отримувати запрошення на зустрічі з вашими дільничними поліцейськими, наприклад на зустрічі мешканців району та «каву з поліцейським»? Це можна будь-коли змінити в розділі 📅 Заходи.
subscription-joined = 🔔 Ви підписалися: { $topic }.
subscription-left = 🔕 Ви відписалися: { $topic }.
subscriptions-none-left = 🔕 Ви більше не отримуватимете жодних оголошень. Підписатися знову можна будь-коли.
topic-events = Заходи в моєму районі
topic-prevention = Попередження з безпеки
topic-news = Новини місцевої поліції
export-subscriptions = 🔔 Підписки: { $topics }
export-answer = 📅 «{ $title }»: { $answer }

## Кімната координації (мова зони за замовчуванням).

event-status-draft = чернетка
event-status-scheduled = заплановано
event-status-published = опубліковано
event-status-cancelled = скасовано
broadcast-kind-invite = запрошення
broadcast-kind-update = зміна
broadcast-kind-reminder = нагадування
broadcast-kind-cancel = скасування
broadcast-kind-announcement = оголошення

event-card =
    📅 Захід #{ $id } ({ $status }): { $title }
    🕒 { $when }
    📍 { $place } · район { $area } · тема { $topic } · місць { $capacity } · мови { $languages }
    ✅ прийдуть: { $going } · 🤔 можливо: { $maybe } · ❌ не прийдуть: { $notgoing } · ⏳ в очікуванні: { $waiting }
event-created = Захід #{ $id } збережено як чернетку. Перевірте його командою `!event show { $id } <language>`, а потім `!event publish { $id }` (одразу) або `!event publish { $id } YYYY-MM-DD HH:MM`.
event-updated = Захід #{ $id } змінено. Мешканці, які відповіли «Прийду» або «Можливо», отримають зміну з новим файлом календаря (якщо захід було опубліковано).
event-published = Захід #{ $id } опубліковано: запрошення надсилаються підписникам (розсилка #{ $broadcast }).
event-scheduled = Захід #{ $id } буде опубліковано: { $when }.
event-cancelled = Захід #{ $id } скасовано. Мешканці, які відповіли «Прийду» або «Можливо», отримають повідомлення та скасування для календаря.
event-is-cancelled = Захід #{ $id } скасовано, його вже не можна змінити.
event-not-draft = Захід #{ $id } уже опубліковано.
event-not-found = Заходу #{ $id } немає.
event-invalid = Не вдалося: { $why }. `!event help` показує, як це зробити.
event-refused = Керувати заходами тут можуть лише учасники з рівнем повноважень { $level } або вище.
event-preview =
    Попередній перегляд ({ $language }):
    { $text }
events-planned-none = Заходів не заплановано. `!event help` показує, як створити захід.
attendees-title = Відповіді щодо заходу #{ $id } (псевдоніми):
attendees-none = Ще ніхто не відповів.
broadcast-card = 📣 Розсилка #{ $id } ({ $kind }, захід #{ $event }): надіслано { $sent } з { $total } · помилок: { $failed } · недосяжні: { $unreachable }
broadcast-card-done = 📣 Розсилку #{ $id } ({ $kind }, захід #{ $event }) завершено: надіслано { $sent } з { $total } · помилок: { $failed } · недосяжні: { $unreachable } (заблокували бота)
event-help =
    Заходи в кімнаті координації:
    !event new — окремо: koban запитує поля по одному
    !event new — далі по одному полю в рядку: title, when (YYYY-MM-DD HH:MM), until (HH:MM) або duration (хвилини), where, map, geo (широта, довгота), area (або all), topic (events, prevention, news), capacity, registration (yes/no), for, access, about; тексти іншими мовами як title.de, about.de, …
    !event set <n> — ті самі поля; змінюються лише вказані
    !event show <n> [мова] — попередній перегляд, як його побачать мешканці
    !event publish <n> [YYYY-MM-DD HH:MM] — одразу або в певний час
    !event cancel <n>
    !events — що заплановано, з відповідями
    !attendees <n> — відповіді за псевдонімами
    !announce new — далі: topic (events, prevention, news), area (або all), languages (напр. ar, uk; за замовчуванням all), via (subscribers, channels, both; за замовчуванням subscribers), text, text.de, …
    !announce show <n> [мова] · !announce send <n> [YYYY-MM-DD HH:MM] · !announce cancel <n>
announcement-created = Оголошення #{ $id } збережено як чернетку (тема { $topic }, район { $area }, мови { $languages }). Перевірте його командою `!announce show { $id } <language>`, а потім `!announce send { $id }` (одразу) або `!announce send { $id } YYYY-MM-DD HH:MM`.
announcement-sent = Оголошення #{ $id } надсилається підписникам (розсилка #{ $broadcast }).
announcement-scheduled = Оголошення #{ $id } буде надіслано: { $when }.
announcement-cancelled = Оголошення #{ $id } скасовано; його не буде надіслано.
announcement-not-found = Оголошення #{ $id } немає.
announcement-not-draft = Оголошення #{ $id } уже надіслано або скасовано.
event-ask = { $step }/{ $steps } · { $question }
event-dialogue-start = Новий захід, крок за кроком — { $who }, відповідайте тут на кожне питання звичайним повідомленням. `skip` (або `-`) залишає необов’язкове поле порожнім, `back` повертає до попереднього питання, `stop` завершує без збереження; через 30 хвилин без відповіді діалог завершується сам.
event-ask-title = Як називається захід? (назва мовою { $language }; інші мови пізніше через `!event set <n>` і title.en: …)
event-ask-when = Коли він починається? (РРРР-ММ-ДД ГГ:ХХ, час { $tz })
event-ask-until = Коли він закінчується? (ГГ:ХХ або тривалість у хвилинах; `skip`: { $minutes } хвилин)
event-ask-where = Де? (адреса, куди приходять мешканці; `skip`, якщо немає)
event-ask-area = Для якого району? ({ $areas } або all; `skip`: уся зона)
event-ask-capacity = Скільки місць? (число; `skip`: без обмежень)
event-ask-registration = Чи потрібна реєстрація відповіддю «Прийду»? (yes або no; `skip`: ні)
event-ask-for = Для кого він? (напр. батьки, молодь; `skip`: для всіх)
event-ask-access = Доступність? (напр. вхід без сходинок, жестова мова; `skip`: немає)
event-ask-about = Насамкінець: короткий опис для запрошення. (`skip`: немає)
event-ask-required = Це поле потрібне (`stop` завершує без збереження).
event-ask-retry = Не вдалося: { $why }.
event-dialogue-stopped = Зупинено; нічого не збережено.
announcement-posted = Оголошення #{ $id } опубліковано { $count ->
    [one] в { $count } каналі новин
    [few] в { $count } каналах новин
    [many] в { $count } каналах новин
   *[other] в { $count } каналу новин
}.
channel-answer-telegram = Щоб відповісти, отримати файл календаря й нагадування: { $link }
channel-answer-matrix = Щоб відповісти, отримати файл календаря й нагадування, напишіть { $link } і надішліть `!start event_{ $id }`.
channel-post-failed = ⚠️ koban не зміг опублікувати в каналі новин { $chat }: { $error }. У Telegram koban має бути адміністратором каналу з правом публікувати; у Matrix — учасником, якому дозволено надсилати повідомлення.
