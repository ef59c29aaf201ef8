## Tipps zur Vorbeugung und Informationen über Ihre Rechte.
## Reiner Text (kein HTML, kein Markdown). Die Argumente setzt koban ein; ihre Namen bitte nicht ändern.

## Tipps zur Vorbeugung

advice-burglary-title = 🏠 Einbruch
advice-burglary =
    🏠 Schützen Sie Ihre Wohnung vor Einbruch
    • Schließen Sie Türen und Fenster immer ab, auch wenn Sie nur kurz weg sind. Denken Sie auch an Garagentor, Kellerfenster und Dachfenster.
    • Lassen Sie Ihre Wohnung bewohnt aussehen, wenn Sie verreisen: Licht mit Zeitschaltuhr, tagsüber geöffnete Rollläden, ein Nachbar leert den Briefkasten.
    • Kündigen Sie Ihre Abwesenheit nicht in sozialen Netzwerken an. Teilen Sie Urlaubsfotos erst, wenn Sie wieder zu Hause sind.
    • Fotografieren Sie Wertsachen, notieren Sie die Seriennummern und kennzeichnen Sie sie. So findet man sie leichter wieder.
    • Lernen Sie Ihre Nachbarn kennen und sagen Sie ihnen Bescheid, wenn Sie weg sind.

    Ein Technopräventionsberater der Polizeizone kann Sie kostenlos zu Hause besuchen und beraten, wie Sie Ihre Wohnung besser sichern. Fragen Sie hier oder bei Ihrem Bezirksinspektor nach einem Termin.

    Nach einem Einbruch: Fassen Sie nichts an. Könnte der Täter noch da sein, gehen Sie nicht hinein und rufen Sie sofort { $emergency } an; sonst rufen Sie die { $police } an.

advice-bicycle-title = 🚲 Fahrraddiebstahl
advice-bicycle =
    🚲 So schützen Sie Ihr Fahrrad vor Diebstahl
    • Benutzen Sie zwei gute Schlösser, zum Beispiel ein Bügelschloss und eine stabile Kette.
    • Schließen Sie den Rahmen, nicht nur ein Rad, an einem festen Gegenstand an (Fahrradbügel, Fahrradständer).
    • Stellen Sie Ihr Fahrrad an einem hellen, belebten Ort ab oder in einem bewachten Fahrradparkplatz.
    • Notieren Sie die Rahmennummer, bewahren Sie die Rechnung auf und fotografieren Sie Ihr Fahrrad. Lassen Sie es gravieren oder registrieren: Fragen Sie bei Ihrer Gemeinde oder Ihrer Polizeizone nach.

    Ihr Fahrrad wurde gestohlen? Melden Sie den Diebstahl unter { $police }, im Kommissariat oder online über Police-on-web. Geben Sie die Rahmennummer und Fotos an: Ohne diese Angaben kann ein gefundenes Fahrrad nur selten zurückgegeben werden.

advice-fraud-title = 💳 Betrug im Internet
advice-fraud =
    💳 Betrug im Internet und Phishing
    • Geben Sie niemals Ihre Codes weiter (PIN, Antworten des Kartenlesers, itsme-Bestätigung), weder am Telefon noch per Nachricht oder E-Mail. Ihre Bank und die Polizei fragen nie danach.
    • Seien Sie misstrauisch bei dringenden Nachrichten wie „Ihr Konto wird gesperrt“, „Paket wartet“ oder „Rückerstattung“. Prüfen Sie den Absender und klicken Sie nicht auf den Link: Öffnen Sie selbst die offizielle App oder Website.
    • Falsche Onlineshops: Lesen Sie Bewertungen anderer Kunden und prüfen Sie die Firmenadresse. Ein viel zu günstiger Preis ist ein Warnsignal.
    • Leiten Sie verdächtige Nachrichten an suspicious@safeonweb.be weiter.

    Sie sind betrogen worden?
    • Rufen Sie sofort Card Stop (078 170 170) an, um Ihre Karten zu sperren, und danach Ihre Bank.
    • Bewahren Sie alle Beweise auf: Screenshots, E-Mails, Telefonnummern, Kontoauszüge.
    • Erstatten Sie Anzeige bei der Polizei: { $police }.

advice-phone-scam-title = 📞 Telefonbetrug
advice-phone-scam =
    📞 Betrug per Telefon und Nachricht
    Betrüger geben sich als Angehörige aus („Hallo Mama, das ist meine neue Nummer“), als Polizisten oder Bankmitarbeiter. Sie setzen Sie unter Druck: Alles muss ganz schnell gehen.
    • Ein Angehöriger schreibt Ihnen von einer „neuen Nummer“? Rufen Sie ihn zuerst unter der alten Nummer an.
    • Zahlen Sie nie und geben Sie nie Codes weiter, wenn Sie unter Druck gesetzt werden. Nehmen Sie sich Zeit, um alles zu prüfen.
    • Ein Polizist oder Bankmitarbeiter ruft an und will Geld oder Codes? Legen Sie auf und rufen Sie selbst die offizielle Nummer an, nie die Nummer, die der Anrufer Ihnen nennt.
    • Die Polizei holt niemals Bankkarten, Codes, Geld oder Schmuck bei Ihnen ab.

    Steht gerade jemand vor Ihrer Tür, um Karten oder Geld abzuholen? Rufen Sie die { $emergency } an.
    Sonst melden Sie den Betrug bei der Polizei: { $police }.

advice-vehicle-title = 🚗 Autoaufbruch
advice-vehicle =
    🚗 So schützen Sie Ihr Auto vor Aufbrüchen
    • Lassen Sie nichts sichtbar liegen: keine Tasche, kein Handy, keinen Laptop, keine Jacke, nicht einmal ein Ladekabel. Leeren Sie das Handschuhfach.
    • Schließen Sie Fenster und Schiebedach und verriegeln Sie das Auto, auch wenn Sie nur ein paar Minuten weg sind. Prüfen Sie, ob es wirklich zu ist.
    • Lassen Sie nie Fahrzeugpapiere oder einen Ersatzschlüssel im Auto.
    • Parken Sie an hellen, belebten Orten oder in einem bewachten Parkhaus.

    Ihr Auto wurde aufgebrochen? Fassen Sie so wenig wie möglich an, machen Sie Fotos und bewahren Sie Beweise auf. Melden Sie es der Polizei ({ $police }) und Ihrer Versicherung.

advice-pickpocket-title = 👜 Taschendiebstahl
advice-pickpocket =
    👜 So schützen Sie sich vor Taschendieben
    Taschendiebe nutzen Gedränge aus: in Bus und Bahn, an Bahnhöfen, auf Märkten und Veranstaltungen.
    • Tragen Sie Ihre Tasche geschlossen und vor dem Körper.
    • Stecken Sie Geldbörse und Handy in eine Innentasche, nie in die Gesäßtasche.
    • Achten Sie auf Ablenkungstricks: Jemand rempelt Sie an, fragt nach dem Weg, zeigt Ihnen einen Stadtplan oder verschüttet etwas auf Ihrer Kleidung.
    • Bewahren Sie Ihre PIN nie zusammen mit der Karte auf.

    Sie wurden bestohlen?
    • Lassen Sie sofort Ihre Bankkarten über Card Stop (078 170 170), Ihre SIM-Karte bei Ihrem Anbieter und Ihre Ausweisdokumente über DOC STOP (00800 2123 2123) sperren.
    • Melden Sie den Diebstahl danach bei der Polizei: { $police }.

advice-cyber-harassment-title = 💬 Belästigung im Netz
advice-cyber-harassment =
    💬 Belästigung, Drohungen und Sextortion im Internet
    Jemand belästigt oder bedroht Sie oder verlangt Geld dafür, intime Bilder nicht zu verbreiten? Sie sind nicht allein, und es ist nicht Ihre Schuld.
    • Antworten Sie nicht und zahlen Sie nicht: Zahlen beendet die Erpressung fast nie.
    • Bewahren Sie Beweise auf: Screenshots, Links, Profilnamen, Datum und Uhrzeit.
    • Blockieren Sie die Person und melden Sie sie auf der Plattform (soziales Netzwerk, Spiel, Messenger).
    • Sprechen Sie mit einer Person, der Sie vertrauen.

    Sind Sie in unmittelbarer Gefahr? Rufen Sie die { $emergency } an.
    Um Anzeige zu erstatten, wenden Sie sich an die Polizei: { $police }. Sie können uns auch hier schreiben.

advice-domestic-violence-title = 🤝 Häusliche Gewalt
advice-domestic-violence =
    🤝 Hilfe bei häuslicher Gewalt
    Schläge, Drohungen, Demütigungen, Kontrolle über Ihr Geld oder Ihr Handy, sexuelle Gewalt: Es ist nicht Ihre Schuld, und Sie haben ein Recht auf Hilfe.
    • Hilfetelefon: { $helpline } (kostenlos, anonym und vertraulich).
    • In Gefahr? Rufen Sie die { $emergency } an.
    • Sie können auch hier, in diesem Chat, mit einem Bezirksinspektor sprechen. Wenn jemand Ihr Handy kontrolliert, löschen Sie den Chat danach.

    Bereiten Sie sich vor, falls Sie schnell gehen müssen:
    • Packen Sie wichtige Dokumente (Personalausweis, Papiere der Kinder, Bankkarten, Medikamente) und etwas Geld in eine Tasche, wenn möglich bei einer Vertrauensperson.
    • Vereinbaren Sie mit dieser Person ein Codewort, das heißt: „Hol Hilfe“.
    • Schreiben Sie wichtige Telefonnummern auf Papier auf.

    Kinder, die Gewalt zu Hause miterleben, sind auch Opfer, selbst wenn sie nicht geschlagen werden.

## Informationen über Ihre Rechte

rights-id-check-title = 🪪 Ausweiskontrolle
rights-id-check =
    🪪 Ihre Rechte bei einer Ausweiskontrolle
    • Die Polizei darf Ihren Ausweis in den Situationen verlangen, die das Gesetz vorsieht, zum Beispiel bei einer angeordneten Kontrolle oder wenn sie Grund zur Annahme hat, dass Sie mit einer Straftat zu tun haben oder bei Ermittlungen helfen können.
    • In Belgien erhält jeder ab 12 Jahren einen Personalausweis. Tragen Sie ihn immer bei sich.
    • Sie dürfen nach dem Namen oder der Kennnummer des Polizisten fragen. Ein Polizist in Zivil muss Ihnen seinen Dienstausweis zeigen.
    • Bleiben Sie ruhig und leisten Sie keinen Widerstand, auch wenn Sie nicht einverstanden sind. Notieren Sie Uhrzeit, Ort und, wenn möglich, Namen von Zeugen.
    • Eine Sicherheitsdurchsuchung (Abtasten) muss begründet sein, zum Beispiel durch die Gefahr, dass Sie eine Waffe tragen. Sie wird wenn möglich von einem Polizisten des gleichen Geschlechts durchgeführt.

    Sie sind mit dem Ablauf der Kontrolle nicht einverstanden? Sie können danach Beschwerde einreichen (siehe Thema „Beschwerde einreichen“).

rights-complaint-title = 📣 Beschwerde einreichen
rights-complaint =
    📣 Beschwerde über die Polizei einreichen
    Sie sind mit dem Verhalten eines Polizisten oder einem Einsatz nicht zufrieden? Sie haben das Recht, das zu melden. Vergeltungsmaßnahmen gegen Personen, die sich beschweren, sind verboten.

    Zwei Möglichkeiten:
    • Bei der Polizeizone selbst (interner Kontrolldienst): schriftlich, im Kommissariat oder unter { $police }.
    • Bei einer von der Polizei unabhängigen Kontrollinstanz: { $oversight }.

    Geben Sie nach Möglichkeit an:
    • Datum, Uhrzeit und Ort;
    • was passiert ist, in Ihren eigenen Worten;
    • Name oder Kennnummer des Polizisten oder das Kennzeichen des Polizeifahrzeugs;
    • Namen und Kontaktdaten von Zeugen sowie Ihre Fotos oder Dokumente.

rights-victim-support-title = 🫂 Opferhilfe
rights-victim-support =
    🫂 Hilfe für Opfer
    Sie sind Opfer einer Straftat oder eines Unfalls geworden? Sie haben Rechte:
    • das Recht, respektvoll empfangen und informiert zu werden. Geben Sie eine Erklärung als geschädigte Person ab, damit Sie über den weiteren Verlauf Ihrer Akte informiert werden;
    • das Recht, Anzeige zu erstatten;
    • das Recht, sich von einer Vertrauensperson oder einem Anwalt begleiten zu lassen;
    • das Recht auf Unterstützung.

    Wo finden Sie Hilfe?
    • Der polizeiliche Opferbeistand Ihrer Polizeizone hilft Ihnen in der ersten Zeit und zeigt Ihnen, wohin Sie sich wenden können. Fragen Sie hier oder im Kommissariat danach.
    • Für längere psychologische, soziale oder rechtliche Begleitung: { $victim_support }.

    In Gefahr? Rufen Sie die { $emergency } an.

rights-hate-crime-title = 🚫 Hass und Diskriminierung
rights-hate-crime =
    🚫 Hassdelikte und Diskriminierung
    Ein Hassdelikt ist eine Straftat (Beleidigung, Drohung, Schläge, Sachbeschädigung…), die wegen der Herkunft, der Hautfarbe, der Religion, der sexuellen Orientierung, der Geschlechtsidentität, einer Behinderung oder eines anderen Merkmals des Opfers begangen wird.
    • Melden Sie es immer, auch wenn es Ihnen klein erscheint, und auch, wenn es im Internet passiert.
    • Bewahren Sie Beweise auf: Fotos, Screenshots, Links, Namen von Zeugen.
    • Sagen Sie der Polizei, wenn Sie glauben, dass die Tat aus Hass begangen wurde. Die Polizei muss dieses Motiv festhalten.

    Melden Sie die Tat unter { $police }, im Kommissariat oder hier in diesem Chat.
    Bei Diskriminierung (Wohnung, Arbeit, Schule…) können Sie sich auch wenden an: { $equality_body }.

rights-minors-title = 🧒 Rechte von Minderjährigen
rights-minors =
    🧒 Minderjährige: Ihre Rechte bei einer Vernehmung
    Sie sind unter 18 und die Polizei möchte Sie vernehmen? Sie haben Rechte:
    • Das Recht auf einen Anwalt: Sie können vor der Vernehmung vertraulich mit ihm sprechen, und er kann bei der Vernehmung dabei sein. Wenn Sie keinen Anwalt haben, kann Ihnen kostenlos einer zugewiesen werden. Wenn Sie einer Straftat verdächtigt werden, können Sie auf dieses Recht nicht verzichten.
    • Das Recht, in verständlichen Worten über Ihre Rechte informiert zu werden. Wenn etwas unklar ist, fragen Sie nach.
    • Das Recht zu schweigen. Sie müssen sich nie selbst belasten.
    • Das Recht, dass Ihre Eltern oder der Erwachsene, der für Sie sorgt, informiert werden.
    • In den vom Gesetz vorgesehenen Fällen, zum Beispiel als Opfer oder Zeuge, das Recht, sich von einem Erwachsenen Ihres Vertrauens begleiten zu lassen.

    Bevor Sie unterschreiben, können Sie Ihre Aussage noch einmal lesen und korrigieren lassen.

rights-interpreter-title = 🗣️ Dolmetscher und Anwalt
rights-interpreter =
    🗣️ Recht auf einen Dolmetscher und einen Anwalt
    Bei einer Vernehmung durch die Polizei:
    • Sie verstehen oder sprechen die Sprache der Vernehmung nicht gut? Sie haben Anspruch auf einen kostenlosen Dolmetscher. Fragen Sie gleich zu Beginn danach.
    • Bevor Sie als Verdächtiger vernommen werden, haben Sie das Recht, vertraulich mit einem Anwalt zu sprechen („Salduz“-Rechte). In den meisten Fällen darf der Anwalt auch bei der Vernehmung dabei sein.
    • Wenn Ihr Einkommen gering ist, kann der Anwalt ganz oder teilweise kostenlos sein. Informieren Sie sich beim Büro für juristischen Beistand.
    • Sie haben das Recht zu schweigen. Sie müssen sich nicht selbst belasten.
    • Am Ende können Sie Ihre Aussage lesen (oder sich übersetzen lassen), sie korrigieren oder ergänzen, bevor Sie unterschreiben. Sie können eine kostenlose Kopie verlangen.

    Die Polizei gibt Ihnen Ihre Rechte auch schriftlich, in einer „Erklärung der Rechte“.
