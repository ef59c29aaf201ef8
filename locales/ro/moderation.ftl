## Moderare: fișele și răspunsurile din camera de moderare (limba implicită a
## zonei) și ce li se comunică locuitorilor (în limba lor).

moderation-card =
    🛡️ Reținut #{ $number } · { $who } ({ $channel }, { $language })
    Destinație: { $where }
    Regulă: { $rule } · potrivire: { $matched }
    KOBAN-SPLICE-VALUE
    Răspundeți în acest fir cu !release, !remove [motiv], !dismiss, !warn [motiv], !mute [24h] [motiv] sau !block [motiv] (sau adăugați numărul: !release { $number }).
moderation-card-photo = 📷 Mesajul conține o fotografie: aceasta este transmisă împreună cu mesajul, dacă este eliberat.
moderation-where-ticket = tichetul { $reference } (coada { $queue })
moderation-where-report = sesizarea pe care o scrie locuitorul
moderation-where-new = o întrebare nouă pentru polițiști
moderation-done-release = ✅ #{ $number } eliberat de { $user }: este transmis ca și cum nu ar fi fost reținut niciodată.{ $behind ->
        [0] {""}
       *[other] { " " }Urmează mesajele ulterioare ale aceluiași locuitor, care așteptau în spatele lui: { $behind }.
    }
moderation-done-remove = 🗑️ #{ $number } eliminat de { $user }: nu este transmis.
moderation-done-dismiss = #{ $number } respins de { $user }: nu este transmis.
moderation-done-warn = ⚠️ { $who } a primit un avertisment de la { $user } ({ $count ->
        [one] { $count } avertisment
        [few] { $count } avertismente
       *[other] { $count } de avertismente
    } în { $days ->
        [one] { $days } zi
        [few] { $days } zile
       *[other] { $days } de zile
    }). Locuitorul a fost informat în limba sa.
moderation-done-mute = 🔇 { $who } a fost suspendat temporar de { $user } până la { $until }: până atunci, mesajele sale nu ajung la polițiști. Locuitorul a fost informat.
moderation-done-block = ⛔ { $who } a fost blocat de { $user }: nimic din ce trimite nu mai ajunge la nimeni. Locuitorul a fost informat o singură dată, inclusiv despre cum poate contesta.
moderation-done-unblock = { $who } a fost deblocat de { $user }. Locuitorul a fost informat că poate scrie din nou.
moderation-done-unmute = Suspendarea temporară a lui { $who } a fost ridicată de { $user }.
moderation-escalated = 🔇 { $count ->
        [one] Acesta este { $count } avertisment
        [few] Acestea sunt { $count } avertismente
       *[other] Acestea sunt { $count } de avertismente
    } în { $days ->
        [one] { $days } zi
        [few] { $days } zile
       *[other] { $days } de zile
    }: { $who } este suspendat temporar până la { $until }.
moderation-not-pending = #{ $number } nu așteaptă o decizie (s-a decis deja sau nu există acest număr). !held afișează ce așteaptă.
moderation-no-target = Precizați mesajul: răspundeți în firul fișei sale sau adăugați numărul (!release 12). Pentru un locuitor: pseudonimul său (!block 7F3K).
moderation-unknown-resident = Nu există niciun locuitor { $who }.
moderation-held-empty = Nimic nu așteaptă verificarea.
moderation-held-list = { $count ->
        [one] Un mesaj așteaptă verificarea:
        [few] { $count } mesaje așteaptă verificarea:
       *[other] { $count } de mesaje așteaptă verificarea:
    }
moderation-held-line = #{ $number } · { $who } · regula { $rule } · acum { $age } min
moderation-test-pass = ✅ Acest text trece: nicio regulă nu i se aplică.
moderation-test-result = Rezultatul pentru acest text: { $action }.
moderation-test-line = • regula { $rule } ({ $action }{ $dry ->
        [yes] , simulare
       *[no] {""}
    }): { $matched }
moderation-rule-added = Regula { $id } a fost adăugată ({ $action }{ $dry ->
        [yes] , simulare: doar înregistrează în jurnal ce ar fi făcut
       *[no] {""}
    }).
moderation-rule-removed = Regula { $id } a fost eliminată.
moderation-rule-unknown = Nu există nicio regulă { $id } printre regulile adăugate aici (regulile și listele de cuvinte configurate ale zonei se modifică în fișierele acesteia).
moderation-rule-invalid = Regula nu a fost adăugată: { $problem }
moderation-rule-usage =
    Reguli:
    !rule add <id> <hold|block> [dry] words <cuvânt, expresie, …>
    !rule add <id> <hold|block> [dry] pattern <expresie regulată>
    !rule add <id> <hold|block> [dry] link <domeniu>
    !rule remove <id> · !rule list
moderation-rules-empty = Nu s-a adăugat nicio regulă aici; se aplică regulile și listele de cuvinte configurate ale zonei (reguli configurate: { $configured }).
moderation-rules-list = { $count ->
        [one] O regulă adăugată aici
        [few] { $count } reguli adăugate aici
       *[other] { $count } de reguli adăugate aici
    } (pe lângă ele se aplică regulile configurate: { $configured }):
moderation-rule-line = • { $id }: { $action }{ $dry ->
        [yes] {" "}(simulare)
       *[no] {""}
    } · { $kind } { $spec } · de { $user }
moderation-audit-empty = Jurnalul de audit este gol.
moderation-audit-list = { $count ->
        [one] Ultima înregistrare din jurnalul de audit:
        [few] Ultimele { $count } înregistrări din jurnalul de audit:
       *[other] Ultimele { $count } de înregistrări din jurnalul de audit:
    }
moderation-audit-line = { $seq }. { $when } · { $actor } · { $action } · { $subject }{ $reason ->
        [none] {""}
       *[other] {" "}· „{ $reason }”
    }
moderation-help =
    Comenzi în camera de moderare (în firul unei fișe, numărul poate lipsi):
    !release <n>: transmiteți mesajul reținut · !remove <n> [motiv] · !dismiss <n>
    !warn <n|pseudonim> [motiv] · !mute <n|pseudonim> [30m|24h|7d] [motiv]
    !block <n|pseudonim> [motiv] · !unblock <pseudonim> · !unmute <pseudonim>
    !held: ce așteaptă · !test <text>: ce reguli se aplică · !audit [n]: ultimele înregistrări
    !rule add … · !rule remove <id> · !rule list
moderation-not-allowed = ⛔ { $user } nu poate modera aici: este necesar nivelul de putere { $level }.

moderation-held-notice = Vă mulțumim. Mesajul dumneavoastră va fi transmis după o scurtă verificare. Dacă este urgent, sunați la { $emergency }.
moderation-refused = Mesajul dumneavoastră nu a fost transmis: acest serviciu nu transmite insulte, amenințări sau mesaje de ură. Vă rugăm să scrieți din nou, cu alte cuvinte. Dacă este urgent, sunați la { $emergency }.
moderation-warned = { $reason ->
        [none] ⚠️ Un moderator v-a avertizat cu privire la mesajul dumneavoastră: vă rugăm să respectați regulile acestui serviciu.
       *[other] ⚠️ Un moderator v-a avertizat cu privire la mesajul dumneavoastră: { $reason }. Vă rugăm să respectați regulile acestui serviciu.
    } După avertismente repetate, nu veți mai putea scrie o perioadă.
moderation-muted = 🔇 Nu le puteți scrie polițiștilor până la { $until }. În caz de urgență, sunați la { $emergency }; pentru alte situații urgente, sunați la { $police }.
moderation-blocked = ⛔ Accesul dumneavoastră la acest serviciu a fost blocat, iar mesajele dumneavoastră nu mai ajung la nimeni. Dacă credeți că este o greșeală, puteți contesta decizia: { $appeal }. În caz de urgență, sunați la { $emergency }.
moderation-unblocked = Ne puteți scrie din nou.

moderation-report-card =
    🚩 Raportat #{ $number } de { $user }: { $who }, { $reference } (coada { $queue }){ $reason ->
        [none] {""}
       *[other] {" "}· “{ $reason }”
    }
    Ultimul mesaj:
    KOBAN-SPLICE-VALUE
    Răspundeți în acest fir cu !warn [motiv], !mute [24h] [motiv], !block [motiv] sau !dismiss.
moderation-report-sent = 🚩 Transmis moderatorilor, împreună cu ultimul mesaj al locuitorului.
moderation-done-take-back = 🗑️ #{ $number } eliminat de { $user }: koban își retrage copiile din camera cozii și, pe Telegram, mesajul din conversația locuitorului (Telegram permite asta timp de 48 de ore).
moderation-slow-down = Ați trimis mai multe sesizări sau întrebări noi într-un timp scurt. Vă rugăm să așteptați un minut înainte de a o trimite pe următoarea; ce ați scris se păstrează. Dacă este urgent, sunați la { $emergency }.
