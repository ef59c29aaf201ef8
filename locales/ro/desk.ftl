## Biroul polițiștilor: fișele tichetelor și notificările din camerele de așteptare
## (limba implicită a zonei), plus evaluarea dată de locuitor după închidere.

card-status-new = 🆕 Stare: nou, așteaptă un polițist
card-status-claimed = 🙋 Stare: preluat de { $user }
card-status-waiting = ⏳ Stare: răspuns trimis, așteaptă locuitorul · preluat de { $user }
card-status-closed = ✅ Stare: închis
card-assignee = Preluat de { $user }
card-labels = 🏷️ Etichete: { $labels }
card-overdue = ⏰ Primul răspuns a întârziat.
card-rating = Evaluarea locuitorului: { $stars } ({ $rating }/5)
card-feedback = Comentariu: „{ $comment }”
card-transferred = ↪️ Mutat în coada { $queue } de { $user }: continuați acolo.
card-transferred-from = ↪️ Mutat aici din coada { $queue } de { $user }.
card-history = Conversația până acum:

notice-help =
    Comenzi în firul unui tichet:
    !claim: preluați tichetul · !assign @user:server: atribuiți-l unui coleg
    !note <text>: notă internă, nu este trimisă niciodată locuitorului
    !template [nume]: trimiteți un răspuns pregătit în limba locuitorului (fără nume: lista)
    !label etichetă -etichetă: adăugați sau eliminați etichete
    !transfer <coadă>: mutați tichetul în altă coadă
    !close [rezolvare]: închideți tichetul și anunțați locuitorul · !reopen
    !erase: ștergeți toate datele locuitorului, la cererea acestuia
    Orice alt mesaj din fir este trimis locuitorului.
notice-not-in-thread = { $command } acționează asupra unui tichet: scrieți comanda în firul tichetului (treceți cu mouse-ul peste fișă → Răspunde în fir). !help afișează lista comenzilor.
notice-note-empty = !note are nevoie de un text, de exemplu: !note văzut de patrulă la 14:00.
notice-assign-usage = Scrieți ID-ul Matrix complet, de exemplu: !assign @lotte:police.example
notice-assigned = 🙋 { $reference } este acum preluat de { $user }.
notice-label-usage = Etichetele sunt cuvinte formate din litere, cifre, - și _ (cel mult 24 de caractere), de exemplu: !label graffiti școală -urgent. Neînțeles: { $bad }
notice-templates = { $name ->
        [none] Șabloane disponibile: { $names }. Trimiteți unul cu !template <nume>.
       *[other] Nu există niciun șablon „{ $name }”. Șabloane disponibile: { $names }.
    }
notice-template-sent = 📄 Șablonul „{ $name }” a fost trimis locuitorului în limba { $language }. În limba acestei camere, textul este: { $text }
notice-transfer-unknown = Nu există nicio coadă „{ $queue }”. Cozi: { $queues }.
notice-transfer-not-joined = koban nu este în camera cozii { $queue }, așa că tichetul rămâne aici. Invitați koban în acea cameră (se alătură singur), apoi încercați din nou.
notice-transfer-same = Tichetul este deja în coada { $queue }.
notice-resident-blocked = ⚠️ Ultimul mesaj pentru { $reference } nu a ajuns la locuitor: acesta a blocat koban pe Telegram (sau și-a șters contul). Niciun mesaj nu mai poate ajunge la el până când nu scrie din nou; mesajul este păstrat în baza de date koban.
notice-not-delivered = ⚠️ Ultimul mesaj pentru { $reference } nu a putut fi livrat locuitorului nici după mai multe încercări. Este păstrat în baza de date koban; motivul apare în jurnalul administratorilor.
notice-overdue-first = ⏰ { $reference } nu a primit niciun răspuns de { $minutes } min, mai mult decât ținta stabilită pentru această coadă. Preluat de: { $user }.
notice-overdue-resolution = ⏰ { $reference } este deschis de peste { $hours } h, mai mult decât ținta stabilită pentru această coadă. Preluat de: { $user }.
notice-nobody = încă nimeni
notice-change-not-passed = Mesajul inițial pentru { $reference } nu a ajuns încă la locuitor, așa că această modificare nu a fost transmisă. Trimiteți un mesaj nou, dacă este nevoie.
notice-deleted-for-resident = 🗑️ Mesajul a fost șters și din conversația locuitorului (Telegram permite acest lucru timp de 48 de ore).
thread-edited =
    ✏️ { $pseudonym } a modificat un mesaj:
    { $text }
    (înainte: { $original })
notice-closed-not-sent = { $reference } este închis, așa că acest mesaj nu a fost trimis locuitorului. Folosiți mai întâi !reopen dacă locuitorul trebuie să îl primească.

out-of-hours = 🕘 Programul polițiștilor acestui serviciu: { $hours }. Mesajul dumneavoastră a fost primit; puteți aștepta un răspuns începând cu { $when }. În caz de urgență, nu așteptați: sunați la numărul de urgență.

rating-question = Cum apreciați modul în care a fost tratat { $reference }? Alegeți de la 1 (deloc mulțumitor) la 5 stele (foarte mulțumitor). Ne ajută să ne îmbunătățim.
rating-already = Vă mulțumim, evaluarea a fost deja trimisă.
rating-thanks = Vă mulțumim pentru evaluare! Dacă doriți, scrieți acum un scurt comentariu, cu propriile cuvinte.
button-no-comment = Fără comentariu
feedback-thanks = Vă mulțumim, comentariul dumneavoastră a fost transmis polițiștilor de proximitate.

## Camera de coordonare (!stats, !handover).

stats-title = 📊 Tichete deschise în ultimele { $days ->
        [few] { $days } zile
       *[other] { $days } de zile
    }, pe cozi (mediane):
stats-line = { $queue }: deschise: { $opened } (sesizări: { $reports }) · noi: { $new } · preluate: { $claimed } · închise: { $closed } · primul răspuns: { $first } · închidere: { $resolution } · evaluare: { $rating } ({ $ratings })
stats-none = –
handover-briefing =
    🔁 Predare: { $outgoing } → { $incoming }. { $count ->
        [one] Acest tichet deschis este acum preluat de { $incoming }:
        [few] Aceste { $count } tichete deschise sunt acum preluate de { $incoming }:
       *[other] Aceste { $count } de tichete deschise sunt acum preluate de { $incoming }:
    }
    { $tickets }
    Subiecte recente: { $topics }
handover-done = { $count ->
        [0] { $outgoing } nu are niciun tichet deschis: nu este nimic de predat către { $incoming }.
        [one] Gata: 1 tichet deschis a trecut de la { $outgoing } la { $incoming }; camera cozii sale a primit un rezumat de predare.
        [few] Gata: { $count } tichete deschise au trecut de la { $outgoing } la { $incoming }; camerele cozilor lor au primit câte un rezumat de predare.
       *[other] Gata: { $count } de tichete deschise au trecut de la { $outgoing } la { $incoming }; camerele cozilor lor au primit câte un rezumat de predare.
    }
handover-contacts = 👮 Pentru locuitorii din { $areas }, polițistul de proximitate afișat este acum { $incoming } (fără numărul de telefon al polițistului care predă tura).
notice-not-allowed-coordination = ⛔ { $user } nu poate folosi aici comenzile de coordonare: este necesar nivelul de putere { $level }.
notice-coordination-help =
    Comenzi în camera de coordonare:
    !stats: pe fiecare coadă, tichetele din ultimele 7 și 30 de zile, timpii mediani de răspuns și de închidere, evaluarea medie
    !handover @outgoing:server @incoming:server [coadă]: tichetele deschise ale polițistului care predă tura trec la cel care o preia, cu un rezumat de predare în camera fiecărei cozi
