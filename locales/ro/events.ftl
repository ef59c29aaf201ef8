## Evenimente și abonamente: ce văd locuitorii.

cmd-events = Evenimente din apropiere și abonamentele dumneavoastră

events-title = Evenimente care urmează în apropierea dumneavoastră — atingeți unul pentru a-l vedea și a răspunde:
events-none = Deocamdată nu este planificat niciun eveniment în zona dumneavoastră. Abonați-vă ca să aflați de evenimentele noi.
event-when = 🕒 { $when }
event-place = 📍 { $place }
event-audience = 👥 Pentru: { $audience }
event-access = ♿ { $access }
event-map = 🗺 Hartă: { $url }
event-registration = Vă rugăm să vă înscrieți, răspunzând „Vin”.
event-places = Locuri libere: { $free } din { $capacity }.
event-full = Nu mai sunt locuri: dacă răspundeți „Vin”, intrați pe lista de așteptare.
event-fallback = (Acest eveniment este descris doar în această limbă: { $language }.)
event-cancelled-note = ❌ Acest eveniment a fost anulat.
event-over = Acest eveniment s-a încheiat.
event-unknown = Acest eveniment nu există (sau nu mai există).

button-going = ✅ Vin
button-maybe = 🤔 Poate
button-not-going = ❌ Nu vin
button-calendar = 📅 Adăugați în calendar
button-place = 📍 Unde
button-events = 📅 Evenimente
button-show-event = Vedeți evenimentul
button-subscriptions = 🔔 Abonamente
button-subscribe-events = 🔔 Da, invitați-mă
button-leave-all = Renunțați la toate

invite-intro = 📣 Invitație:
update-intro = ✏️ S-a schimbat un eveniment la care ați răspuns:
reminder-intro = ⏰ Memento:
cancel-intro = ❌ Anulat: { $title } ({ $when }). Ne pare rău — vă vom anunța despre următorul eveniment.
calendar-caption = Adăugați „{ $title }” în calendarul dumneavoastră.
announcement-intro = 📢 De la poliția locală:
announcement-fallback = (Acest mesaj este disponibil doar în această limbă: { $language }.)

rsvp-going = ✅ Sunteți pe lista pentru „{ $title }”. Vă vom aminti înainte de începere.
rsvp-maybe = 🤔 Am notat: poate. Vă vom aminti înainte să înceapă „{ $title }”.
rsvp-not-going = Am notat: nu veniți la „{ $title }”. Vă mulțumim că ne-ați anunțat.
rsvp-waiting = Nu mai sunt locuri la „{ $title }”. Sunteți pe locul { $position } pe lista de așteptare; vă anunțăm imediat ce se eliberează un loc.
rsvp-offer = 🎟 S-a eliberat un loc la „{ $title }”! Răspundeți „Vin” până { $until } ca să îl ocupați; după aceea, locul trece la următoarea persoană de pe lista de așteptare.
rsvp-offer-expired = Locul la „{ $title }” a trecut la următoarea persoană de pe lista de așteptare, pentru că nu a fost confirmat la timp.

standing-going = Răspunsul dumneavoastră: ✅ vin.
standing-maybe = Răspunsul dumneavoastră: 🤔 poate.
standing-not-going = Răspunsul dumneavoastră: ❌ nu vin.
standing-waiting = Sunteți pe lista de așteptare.
standing-offered = 🎟 Vă păstrăm un loc până { $until }: răspundeți „Vin” ca să îl ocupați.

subscriptions-title = Despre ce doriți să primiți vești? Atingeți pentru a activa sau a dezactiva. Vă puteți dezabona oricând.
subscriptions-offer = Doriți să primiți invitații la întâlniri cu polițiștii de proximitate, cum ar fi întâlnirile de cartier și „o cafea cu un polițist”? Puteți schimba oricând acest lucru la 📅 Evenimente.
subscription-joined = 🔔 Abonare activată: { $topic }.
subscription-left = 🔕 Abonare oprită: { $topic }.
subscriptions-none-left = 🔕 Nu veți mai primi niciun anunț. Vă puteți abona din nou oricând.
topic-events = Evenimente în zona mea
topic-prevention = Alerte de prevenire a infracțiunilor
topic-news = Noutăți de la poliția locală
export-subscriptions = 🔔 Abonamente: { $topics }
export-answer = 📅 „{ $title }”: { $answer }

## Camera de coordonare (limba implicită a zonei).

event-status-draft = ciornă
event-status-scheduled = programat
event-status-published = publicat
event-status-cancelled = anulat
broadcast-kind-invite = invitație
broadcast-kind-update = modificare
broadcast-kind-reminder = memento
broadcast-kind-cancel = anulare
broadcast-kind-announcement = anunț

event-card =
    📅 Evenimentul #{ $id } ({ $status }): { $title }
    🕒 { $when }
    📍 { $place } · zona { $area } · subiect { $topic } · locuri { $capacity } · limbi { $languages }
    ✅ vin: { $going } · 🤔 poate: { $maybe } · ❌ nu vin: { $notgoing } · ⏳ în așteptare: { $waiting }
event-created = Evenimentul #{ $id } a fost salvat ca ciornă. Verificați-l cu `!event show { $id } <language>`, apoi `!event publish { $id }` (acum) sau `!event publish { $id } YYYY-MM-DD HH:MM`.
event-updated = Evenimentul #{ $id } a fost modificat. Locuitorii care au răspuns „Vin” sau „Poate” primesc modificarea, cu un fișier de calendar nou (dacă evenimentul era publicat).
event-published = Evenimentul #{ $id } a fost publicat: invitațiile pleacă spre abonați (difuzarea #{ $broadcast }).
event-scheduled = Data publicării evenimentului #{ $id }: { $when }.
event-cancelled = Evenimentul #{ $id } a fost anulat. Locuitorii care au răspuns „Vin” sau „Poate” sunt anunțați și primesc o anulare pentru calendar.
event-is-cancelled = Evenimentul #{ $id } este anulat și nu mai poate fi modificat.
event-not-draft = Evenimentul #{ $id } este deja publicat.
event-not-found = Nu există niciun eveniment #{ $id }.
event-invalid = Nu a funcționat: { $why }. `!event help` arată cum se face.
event-refused = Doar membrii cu nivelul de putere { $level } sau mai mare pot gestiona evenimentele aici.
event-preview =
    Previzualizare ({ $language }):
    { $text }
events-planned-none = Nu este planificat niciun eveniment. `!event help` arată cum creați unul.
attendees-title = Răspunsuri la evenimentul #{ $id } (pseudonime):
attendees-none = Nu a răspuns încă nimeni.
broadcast-card = 📣 Difuzarea #{ $id } ({ $kind }, evenimentul #{ $event }): trimise: { $sent } din { $total } · eșuate: { $failed } · de necontactat: { $unreachable }
broadcast-card-done = 📣 Difuzarea #{ $id } ({ $kind }, evenimentul #{ $event }) s-a încheiat: trimise: { $sent } din { $total } · eșuate: { $failed } · de necontactat: { $unreachable } (au blocat botul)
event-help =
    Evenimente în camera de coordonare:
    !event new — singur: koban cere câmpurile pe rând
    !event new — apoi câte un câmp pe linie: title, when (YYYY-MM-DD HH:MM), until (HH:MM) sau duration (minute), where, map, geo (latitudine, longitudine), area (sau all), topic (events, prevention, news), capacity, registration (yes/no), for, access, about; textele în alte limbi ca title.de, about.de, …
    !event set <n> — aceleași câmpuri; se schimbă doar cele date
    !event show <n> [limbă] — previzualizare, așa cum o văd locuitorii
    !event publish <n> [YYYY-MM-DD HH:MM] — acum sau la o anumită dată și oră
    !event cancel <n>
    !events — ce este planificat, cu răspunsurile
    !attendees <n> — răspunsurile, după pseudonim
    !announce new — apoi: topic (events, prevention, news), area (sau all), languages (de ex. ar, uk; implicit all), via (subscribers, channels, both; implicit subscribers), text, text.de, …
    !announce show <n> [limbă] · !announce send <n> [YYYY-MM-DD HH:MM] · !announce cancel <n>
announcement-created = Anunțul #{ $id } a fost salvat ca ciornă (subiect { $topic }, zona { $area }, limbi { $languages }). Verificați-l cu `!announce show { $id } <language>`, apoi `!announce send { $id }` (acum) sau `!announce send { $id } YYYY-MM-DD HH:MM`.
announcement-sent = Anunțul #{ $id } pleacă spre abonați (difuzarea #{ $broadcast }).
announcement-scheduled = Data trimiterii anunțului #{ $id }: { $when }.
announcement-cancelled = Anunțul #{ $id } a fost anulat; nu va fi trimis.
announcement-not-found = Nu există niciun anunț #{ $id }.
announcement-not-draft = Anunțul #{ $id } a fost deja trimis sau anulat.
event-ask = { $step }/{ $steps } · { $question }
event-dialogue-start = Eveniment nou, pas cu pas — { $who }, răspunde aici la fiecare întrebare cu un mesaj simplu. `skip` (sau `-`) lasă gol un câmp opțional, `back` revine la întrebarea anterioară, `stop` oprește fără a salva; după 30 de minute fără răspuns se oprește singur.
event-ask-title = Cum se numește evenimentul? (titlul în { $language }; alte limbi mai târziu cu `!event set <n>` și title.en: …)
event-ask-when = Când începe? (AAAA-LL-ZZ HH:MM, ora { $tz })
event-ask-until = Când se termină? (HH:MM sau o durată în minute; `skip`: { $minutes } de minute)
event-ask-where = Unde? (adresa la care vin locuitorii; `skip` dacă nu există)
event-ask-area = Pentru ce zonă? ({ $areas } sau all; `skip`: toată zona)
event-ask-capacity = Câte locuri? (un număr; `skip`: fără limită)
event-ask-registration = Trebuie locuitorii să se înscrie răspunzând „Vin”? (yes sau no; `skip`: nu)
event-ask-for = Pentru cine este? (de ex. părinți, tineri; `skip`: pentru toți)
event-ask-access = Informații de accesibilitate? (de ex. intrare fără trepte, limbaj mimico-gestual; `skip`: niciuna)
event-ask-about = La final: o scurtă descriere pentru invitație. (`skip`: niciuna)
event-ask-required = Acest câmp este necesar (`stop` oprește fără a salva).
event-ask-retry = Nu a mers: { $why }.
event-dialogue-stopped = Oprit; nu s-a salvat nimic.
announcement-posted = Anunțul #{ $id } a fost publicat în { $count ->
    [one] un canal de știri
    [few] { $count } canale de știri
   *[other] { $count } de canale de știri
}.
channel-answer-telegram = Pentru a răspunde, pentru fișierul de calendar și mementouri: { $link }
channel-answer-matrix = Pentru a răspunde, pentru fișierul de calendar și mementouri, scrie-i lui { $link } și trimite `!start event_{ $id }`.
channel-post-failed = ⚠️ koban nu a putut publica în canalul de știri { $chat }: { $error }. Pe Telegram, koban trebuie să fie administrator al canalului cu dreptul de a publica; pe Matrix, un membru care poate trimite mesaje.
