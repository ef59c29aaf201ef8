## Sfaturi de prevenire și informații despre drepturi.
## Fiecare subiect: „-title” (butonul, fără variabile) și textul subiectului.

## Sfaturi pentru prevenirea infracțiunilor.

advice-burglary-title = 🏠 Spargeri de locuințe
advice-burglary =
    🏠 Cum vă protejați locuința de spargeri
    • Încuiați întotdeauna ușa și închideți ferestrele, chiar dacă lipsiți doar puțin. Nu lăsați cheia sub preș sau în cutia poștală.
    • Când nu sunteți acasă, faceți să pară că este cineva înăuntru: un temporizator pentru lumini, un vecin care vă ridică corespondența.
    • Nu spuneți pe rețelele sociale că lipsiți de acasă. Publicați fotografiile din concediu după ce v-ați întors.
    • Marcați obiectele de valoare (de exemplu, prin gravare), fotografiați-le și notați-le numerele de serie: astfel pot fi recunoscute și returnate mai ușor.
    • Înțelegeți-vă cu vecinii să fiți atenți unii la locuințele celorlalți.
    💡 Poliția oferă gratuit sfaturi de prevenire: un consilier în tehnoprevenție poate veni la dumneavoastră acasă și vă poate arăta cum să vă securizați mai bine ușile și ferestrele. Întrebați despre acest lucru în această conversație.
    După o spargere: nu atingeți nimic, ca să nu distrugeți urmele, și sunați la { $police }. Nu intrați dacă hoții ar putea fi încă înăuntru: sunați imediat la { $emergency }.

advice-bicycle-title = 🚲 Furtul de biciclete
advice-bicycle =
    🚲 Cum vă protejați bicicleta de furt
    • Folosiți două lacăte bune, de tipuri diferite (de exemplu, un lacăt în formă de U și un lanț).
    • Legați cadrul, nu doar roata, de un obiect fix: un suport pentru biciclete, un stâlp, un gard.
    • Parcați în locuri bine luminate și circulate, iar acasă, într-un spațiu încuiat.
    • Notați numărul de cadru, fotografiați bicicleta și înregistrați-o sau gravați-o. La poliție sau la administrația comunei vi se poate spune unde se face acest lucru.
    Dacă v-a fost furată bicicleta, anunțați poliția ({ $police } sau în această conversație) și indicați numărul de cadru și o descriere. Fără numărul de cadru, o bicicletă găsită poate fi cu greu returnată proprietarului.

advice-fraud-title = 💻 Fraude online
advice-fraud =
    💻 Fraude online și phishing
    • Nu comunicați nimănui codul PIN, parolele, codurile primite prin SMS sau codurile generate de cititorul de card al băncii. Nu confirmați niciodată în itsme o operațiune pe care nu ați inițiat-o chiar dumneavoastră. Banca și poliția nu vă cer niciodată aceste coduri – nici la telefon, nici prin mesaj sau e-mail.
    • Verificați expeditorul și linkul înainte de a da clic. Dacă aveți dubii, deschideți direct aplicația sau site-ul băncii. Mesajele suspecte le puteți redirecționa la suspect@safeonweb.be.
    • Atenție la magazinele online false: prețuri suspect de mici, fără adresă sau date de contact, plata doar prin transfer bancar.
    Dacă ați căzut victimă unei fraude:
    • Blocați imediat cardurile: sunați la Card Stop (078 170 170) sau la banca dumneavoastră.
    • Păstrați dovezile: capturi de ecran, mesaje, numere de cont, date.
    • Anunțați poliția: { $police } sau în această conversație.

advice-phone-scam-title = 📞 Înșelătorii telefonice
advice-phone-scam =
    📞 Înșelătorii prin telefon și „urgențe în familie”
    Escrocii se dau drept rude („Bună, mamă, ăsta e numărul meu nou…”), angajați ai băncii sau chiar polițiști. Vă pun presiune și vă spun că trebuie să acționați imediat.
    • Ați primit un mesaj de pe un număr nou de la „fiul”, „fiica” sau „nepotul” dumneavoastră? Sunați persoana respectivă la numărul vechi, pe care îl cunoașteți.
    • Nu plătiți și nu transferați niciodată bani sub presiune.
    • Închideți și sunați chiar dumneavoastră banca sau poliția la numărul oficial (de pe site sau de pe cardul bancar).
    • Poliția și banca nu vin niciodată la ușa dumneavoastră să vă ia cardurile, codurile PIN, banii sau bijuteriile.
    Dacă cineva se află chiar acum la ușa dumneavoastră și vrea să vă ia cardurile sau banii: nu deschideți și sunați la { $emergency }.
    În celelalte cazuri, anunțați poliția: { $police } sau în această conversație.

advice-vehicle-title = 🚗 Furturi din mașini
advice-vehicle =
    🚗 Cum vă protejați mașina de spargeri
    • Nu lăsați nimic la vedere: genți, telefoane, laptopuri, GPS, nici măcar cabluri de încărcare sau mărunțiș.
    • Încuiați întotdeauna mașina și închideți geamurile și trapa, chiar dacă plecați doar pentru un minut.
    • Nu lăsați niciodată în mașină actele vehiculului, cheile sau cheia de rezervă.
    • Parcați în locuri bine luminate și circulate.
    Dacă v-a fost spartă mașina: pe cât posibil, nu atingeți nimic, fotografiați daunele, păstrați dovezile și anunțați poliția: { $police } sau în această conversație. De obicei, asiguratorul vă cere numărul procesului-verbal.

advice-pickpocket-title = 👜 Hoții de buzunare
advice-pickpocket =
    👜 Hoții de buzunare
    Hoții de buzunare acționează acolo unde este aglomerație: în transportul în comun, în gări, în piețe și la evenimente.
    • Purtați geanta închisă și în fața dumneavoastră, iar portofelul și telefonul într-un buzunar interior.
    • Atenție dacă cineva vă împinge brusc, vă întreabă ceva, vă roagă să semnați o petiție sau vă pătează „din greșeală” hainele: sunt trucuri pentru a vă distrage atenția.
    • Nu țineți codul PIN împreună cu cardul.
    Dacă vi s-a furat ceva:
    • Blocați imediat cardurile prin Card Stop (078 170 170) sau prin banca dumneavoastră, iar cartela SIM prin operatorul de telefonie.
    • Anunțați poliția: { $police } sau în această conversație.

advice-cyber-harassment-title = 📱 Hărțuire online
advice-cyber-harassment =
    📱 Hărțuire, amenințări și șantaj online
    Dacă cineva vă hărțuiește, vă amenință sau vă șantajează cu imagini intime (sextorsiune), rețineți: nu este vina dumneavoastră și există ajutor.
    • Nu răspundeți și nu plătiți: de obicei, șantajul nu se oprește după plată.
    • Păstrați dovezile: capturi de ecran, linkuri, numele profilurilor, date.
    • Blocați persoana și raportați-o pe platformă.
    • Vorbiți cu cineva în care aveți încredere.
    Dacă sunteți în pericol imediat, sunați la { $emergency }.
    Depuneți o plângere la poliție: { $police } sau în această conversație.

advice-domestic-violence-title = 💜 Violență domestică
advice-domestic-violence =
    💜 Violența domestică: există ajutor
    Violența în familie – fizică, psihologică, sexuală sau economică – nu este niciodată vina dumneavoastră.
    • Puteți vorbi anonim și gratuit la linia de ajutor confidențială { $helpline }.
    • Dacă sunteți în pericol, sunați la { $emergency }.
    • Ne puteți scrie și aici, în această conversație: vă va răspunde un polițist de proximitate.
    Pregătiți-vă din timp:
    • Păstrați actele importante (actul de identitate, permisul de ședere, cardurile bancare, medicamentele) într-un singur loc sau faceți copii ale lor.
    • Pregătiți o geantă cu strictul necesar și, dacă puteți, lăsați-o la o persoană de încredere.
    • Stabiliți cu o persoană apropiată un cuvânt-cod care înseamnă „sună la poliție”.
    Copiii care văd sau aud violența sunt și ei victime și au și ei dreptul la ajutor.

## Informații despre drepturi.

rights-id-check-title = 🆔 Controlul identității
rights-id-check =
    🆔 Controlul identității: drepturile dumneavoastră
    • Poliția vă poate cere actul de identitate în situațiile prevăzute de lege.
    • Purtați la dumneavoastră cartea de identitate (în Belgia, de la 12 ani). Cetățenii străini pot prezenta cartea de ședere belgiană sau, în cazul cetățenilor UE, cartea de identitate ori pașaportul țării lor.
    • Aveți dreptul să cereți numele sau numărul polițistului. Polițiștii în civil trebuie să își arate legitimația.
    • Păstrați-vă calmul și nu opuneți rezistență, chiar dacă considerați controlul nedrept. Notați ora și locul.
    • O percheziție corporală sumară (palparea hainelor) trebuie să fie justificată și efectuată, pe cât posibil, de un polițist de același sex.
    Dacă nu sunteți de acord cu felul în care a decurs controlul, puteți depune ulterior o plângere (vedeți subiectul „Plângeri față de poliție”).

rights-complaint-title = 📝 Plângeri față de poliție
rights-complaint =
    📝 Cum depuneți o plângere împotriva poliției
    Dacă considerați că un polițist nu s-a purtat corect cu dumneavoastră, aveți dreptul să depuneți o plângere. Nu trebuie să vă temeți de represalii: plângerea nu vă va aduce niciun dezavantaj.
    Unde vă puteți adresa:
    • În cadrul poliției: serviciului de control intern al zonei de poliție, la orice secție de poliție sau la { $police }.
    • Independent de poliție: { $oversight }, organismul independent care supraveghează activitatea poliției.
    Ce să menționați în plângere:
    • data, ora și locul;
    • ce s-a întâmplat concret;
    • numărul sau numele polițistului și numărul mașinii de poliție, dacă le cunoașteți;
    • numele și datele de contact ale martorilor;
    • documente, fotografii sau un certificat medical, dacă aveți.

rights-victim-support-title = 🤝 Sprijin pentru victime
rights-victim-support =
    🤝 Sprijin pentru victime
    Dacă ați fost victima unei infracțiuni, aveți dreptul:
    • la un tratament respectuos;
    • la informații despre dosarul dumneavoastră și despre ajutorul disponibil;
    • să depuneți o plângere;
    • să aveți alături o persoană de încredere, de exemplu când depuneți plângerea;
    • la sprijin practic, psihologic și juridic.
    Aveți aceste drepturi indiferent de cetățenie sau de statutul de ședere.
    Fiecare zonă de poliție are un serviciu de asistență polițienească pentru victime, care vă poate sprijini imediat după incident. Cereți acest lucru polițistului.
    Sprijin gratuit și confidențial și pe termen mai lung: { $victim_support }.
    Dacă sunteți în pericol, sunați la { $emergency }.

rights-hate-crime-title = 🚫 Ură și discriminare
rights-hate-crime =
    🚫 Infracțiuni motivate de ură și discriminare
    O infracțiune motivată de ură este o faptă (insulte, amenințări, violență, distrugerea bunurilor) comisă din cauza originii, naționalității, culorii pielii, religiei, orientării sexuale, identității de gen, dizabilității sau a altei caracteristici a victimei.
    • Raportați întotdeauna astfel de fapte, inclusiv atunci când au loc online.
    • Păstrați dovezile: capturi de ecran, fotografii, numele martorilor.
    • Poliția trebuie să consemneze motivul de ură. Spuneți de ce credeți că acesta a fost motivul.
    • În cazurile de discriminare (de exemplu, când căutați o locuință sau un loc de muncă), puteți contacta și { $equality_body }.
    Puteți raporta la o secție de poliție, la { $police } sau aici, în această conversație.

rights-minors-title = 🧒 Drepturile minorilor
rights-minors =
    🧒 Drepturile minorilor la audiere
    Dacă aveți sub 18 ani și poliția vrea să vă audieze, aveți următoarele drepturi:
    • Dreptul la un avocat înainte și în timpul audierii. Ca persoană suspectată de o infracțiune, nu puteți renunța la avocat. La nevoie, avocatul este gratuit.
    • Dreptul ca drepturile să vă fie explicate în cuvinte simple, pe care le înțelegeți.
    • Dreptul de a păstra tăcerea și de a nu vă autoincrimina.
    • Dreptul ca părinții sau tutorele să fie informați.
    • Dreptul de a avea alături un adult de încredere, în cazurile prevăzute de lege.
    Dacă nu înțelegeți ceva, întrebați. Puteți cere și un interpret.

rights-interpreter-title = 🗣️ Interpret și avocat
rights-interpreter =
    🗣️ Dreptul la interpret și la avocat
    • Dacă nu înțelegeți sau nu vorbiți limba în care are loc audierea, aveți dreptul la un interpret gratuit.
    • Dreptul la avocat (drepturile „Salduz” din Belgia): la o audiere în calitate de suspect, aveți de regulă dreptul la o discuție confidențială cu un avocat înainte de prima audiere și, adesea, la prezența lui în timpul audierii.
    • Dacă aveți venituri mici, puteți beneficia de asistență juridică gratuită (pro deo).
    • Aveți dreptul să păstrați tăcerea.
    • Înainte de a semna, puteți citi declarația (cu ajutorul interpretului), o puteți corecta sau completa. Nu semnați ceva ce nu înțelegeți. Puteți cere o copie.
